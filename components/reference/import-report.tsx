import { CompactTable } from "@/components/ui/compact-table";
import type { ImportPreview } from "@/lib/reference/types";
import type { ReportSummary } from "@/lib/reference/types";
import { editionStatusText } from "@/lib/reference/report-text";
import { KATEGORI_ORDER } from "./kategori";

const number = new Intl.NumberFormat("id-ID");
const REJECTED_COLUMNS = [{ label: "Baris" }, { label: "Kode" }, { label: "Alasan" }];

function Counts({ report }: { report: ReportSummary }) {
  const c = report.counts;
  const rows: [string, string][] = [
    ["Baris data", number.format(c.rows)],
    ["Item AHSP", number.format(c.items)],
    ["Baris analisa", `${number.format(c.lines)} (${KATEGORI_ORDER.map((k) => `${k} ${number.format(c.perKategori[k])}`).join(", ")})`],
    ["Baris ditolak", `${number.format(c.rejectedRows)} (${number.format(c.skippedItems)} item dilewati)`],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd className="tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function RejectedRows({ report }: { report: ReportSummary }) {
  if (report.rejected.length === 0) return null;
  const hidden = report.counts.rejectedRows - report.rejected.length;
  return (
    <section aria-labelledby="rejected-title">
      <h3 id="rejected-title" className="font-semibold text-red-700">
        Baris ditolak
      </h3>
      <CompactTable columns={REJECTED_COLUMNS}>
        {report.rejected.map((r) => (
          <tr key={r.row} className="border-t border-slate-100 align-top">
            <td className="py-1 pr-3 tabular-nums">{r.row}</td>
            <td className="py-1 pr-3 font-mono text-xs">{r.kode ?? "—"}</td>
            <td className="py-1">{r.reason}</td>
          </tr>
        ))}
      </CompactTable>
      {hidden > 0 && <p className="mt-1 text-xs text-slate-500">… dan {number.format(hidden)} baris lain.</p>}
    </section>
  );
}

function Warnings({ report }: { report: ReportSummary }) {
  if (report.warnings.length === 0) return <p className="text-sm text-slate-600">Tidak ada peringatan.</p>;
  return (
    <section aria-labelledby="warnings-title" className="space-y-2">
      <h3 id="warnings-title" className="font-semibold text-amber-800">
        Peringatan untuk diperiksa
      </h3>
      {report.warnings.map((group) => (
        <details key={group.type} className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm">
          <summary className="cursor-pointer">
            {group.label}: <strong>{number.format(group.count)}</strong> ({number.format(group.items)} item)
          </summary>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
            {group.examples.map((w, i) => (
              <li key={i}>
                {w.row ? `Baris ${w.row}: ` : ""}
                {w.message}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

/** Counts, rejected rows and warnings: of a file before it is written, or of an edition's last import. */
export function ReportDetails({ report }: { report: ReportSummary }) {
  return (
    <>
      <Counts report={report} />
      <RejectedRows report={report} />
      <Warnings report={report} />
    </>
  );
}

/** The validation report of an uploaded file, before anything is written. */
export function ImportReport({ preview }: { preview: ImportPreview }) {
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        Format {preview.format.toUpperCase()}
        {preview.report.sheetName ? `, lembar “${preview.report.sheetName}”` : ""}.
      </p>
      <ReportDetails report={preview.report} />
      <p className="rounded-md bg-slate-100 px-3 py-2 text-sm font-medium">{editionStatusText(preview)}</p>
    </div>
  );
}

import { STATUS_WORDS, type AuditDiff, type FieldDiff, type ListDiff, type RowDiff } from "@/lib/audit/diff";
import { displayValue, EMPTY_VALUE, fieldLabel } from "@/lib/audit/labels";
import { formatInteger } from "@/lib/format/number";

type Names = Readonly<Record<string, string>>;

/** Status words carry the change; colour only repeats them (WCAG 1.4.1). */
const STATUS_STYLE: Record<RowDiff["status"] | "changed", string> = {
  changed: "bg-amber-100 text-amber-900",
  added: "bg-emerald-100 text-emerald-900",
  removed: "bg-red-100 text-red-900",
};

/** One entry's before and after: a table of its fields, then each recorded list row by row. */
export function AuditDiffView({ diff, names }: { diff: AuditDiff; names: Names }) {
  return (
    <div className="mt-2 space-y-3">
      {diff.fields.length > 0 && <FieldTable diff={diff} names={names} />}
      {diff.lists.map((list) => (
        <ListChanges key={list.field ?? ""} list={list} names={names} />
      ))}
    </div>
  );
}

function FieldTable({ diff, names }: { diff: AuditDiff; names: Names }) {
  const cell = "px-2 py-1.5 align-top break-words";
  return (
    <div className="overflow-x-auto">
      <table className="w-full table-fixed text-sm">
        <caption className="sr-only">Kolom yang tercatat</caption>
        <thead className="border-b border-slate-200 text-left text-xs text-slate-500">
          <tr>
            <th scope="col" className={`${cell} w-1/3 font-medium`}>
              Kolom
            </th>
            {diff.sides.before && (
              <th scope="col" className={`${cell} font-medium`}>
                Sebelum
              </th>
            )}
            {diff.sides.after && (
              <th scope="col" className={`${cell} font-medium`}>
                Sesudah
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {diff.fields.map((f) => (
            <tr key={f.field} className={`border-b border-slate-100 ${f.changed ? "bg-amber-50" : ""}`}>
              <th scope="row" className={`${cell} text-left font-normal text-slate-700`}>
                {fieldLabel(f.field)}
                {f.changed && <StatusTag status="changed" />}
              </th>
              {diff.sides.before && (
                <td className={cell}>
                  <Value field={f.field} value={f.before} names={names} />
                </td>
              )}
              {diff.sides.after && (
                <td className={cell}>
                  <Value field={f.field} value={f.after} names={names} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ListChanges({ list, names }: { list: ListDiff; names: Names }) {
  return (
    <section>
      <h4 className="text-sm font-medium text-slate-700">
        {list.field ? fieldLabel(list.field) : "Baris"}
        {list.unchanged > 0 && <span className="font-normal text-slate-500"> · {formatInteger(list.unchanged)} baris tidak berubah</span>}
      </h4>
      {list.rows.length > 0 && (
        <ul className="mt-1 divide-y divide-slate-100 rounded-md border border-slate-200">
          {list.rows.map((row) => (
            <li key={`${JSON.stringify(row.key)}#${row.occurrence}`} className={`px-2 py-1.5 text-sm ${ROW_BACKGROUND[row.status]}`}>
              <span className="font-medium break-words">{rowName(row, names)}</span>
              <StatusTag status={row.status} />
              <RowFields row={row} names={names} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const ROW_BACKGROUND: Record<RowDiff["status"], string> = { changed: "bg-amber-50", added: "bg-emerald-50", removed: "bg-red-50" };

function RowFields({ row, names }: { row: RowDiff; names: Names }) {
  return (
    <dl className="mt-0.5 grid grid-cols-[max-content_1fr] gap-x-3 text-slate-700">
      {row.fields.map((f) => (
        <div key={f.field} className="contents">
          <dt className="text-slate-500">{fieldLabel(f.field)}</dt>
          <dd className="break-words">
            {row.status === "changed" ? <Change field={f} names={names} /> : <OneSide field={f} names={names} />}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** "15.000,00 → 16.500,00", read out as "dari … menjadi …". */
function Change({ field, names }: { field: FieldDiff; names: Names }) {
  return (
    <>
      <span className="sr-only">dari </span>
      <Value field={field.field} value={field.before} names={names} />
      <span aria-hidden="true"> → </span>
      <span className="sr-only"> menjadi </span>
      <Value field={field.field} value={field.after} names={names} strong />
    </>
  );
}

function OneSide({ field, names }: { field: FieldDiff; names: Names }) {
  return <Value field={field.field} value={field.after ?? field.before} names={names} />;
}

function Value({ field, value, names, strong = false }: { field: string; value: unknown; names: Names; strong?: boolean }) {
  const text = displayValue(field, value, names);
  if (text === EMPTY_VALUE) return <span className="text-slate-500 italic">{text}</span>;
  return <span className={strong ? "font-medium" : undefined}>{text}</span>;
}

function StatusTag({ status }: { status: RowDiff["status"] }) {
  return (
    <>
      {" "}
      <span className={`ml-1 inline-block rounded px-1.5 text-xs font-medium ${STATUS_STYLE[status]}`}>{STATUS_WORDS[status]}</span>
    </>
  );
}

/** A row by its key: a line or price by kode and uraian, a jadwal entry by pekerjaan and week. */
function rowName(row: RowDiff, names: Names): string {
  const { kode, pekerjaanId, week, id, baris } = row.key;
  const nameOf = (value: unknown) => (typeof value === "string" && Object.hasOwn(names, value) ? names[value]! : "Pekerjaan terhapus");
  let text: string;
  if (kode !== undefined) text = [kode, row.row.uraian].filter(Boolean).join(" ");
  else if (pekerjaanId !== undefined) text = `${nameOf(pekerjaanId)}, minggu ${String(week)}`;
  else if (id !== undefined) text = nameOf(id);
  else if (baris !== undefined) text = `Baris ${String(baris)}`;
  else text = Object.values(row.key).map(String).join(" ");
  return row.occurrence > 1 ? `${text} (ke-${row.occurrence})` : text;
}

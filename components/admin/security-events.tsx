import Link from "next/link";
import { KIND_LABELS, RESULT_LABELS, SECURITY_EVENT_KINDS, SECURITY_EVENT_RESULTS } from "@/lib/security-events/kinds";
import type { SecurityEventView } from "@/lib/security-events/types";

const TIME = new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Jakarta" });
const RESULT_STYLE: Record<string, string> = {
  success: "bg-emerald-50 text-emerald-800",
  failure: "bg-amber-50 text-amber-900",
  denied: "bg-red-50 text-red-800",
};

const input = "mt-1 block rounded-md border border-slate-300 px-2 py-1 text-sm";

/** A plain GET form: the filters live in the address, so a filtered view can be shared and paged. */
export function SecurityEventFilters({ values }: { values: URLSearchParams }) {
  const value = (key: string) => values.get(key) ?? "";
  return (
    <form method="get" className="mt-4 flex flex-wrap items-end gap-3" aria-label="Saring peristiwa">
      <ChoiceFilter label="Jenis" name="kind" value={value("kind")} choices={SECURITY_EVENT_KINDS} labels={KIND_LABELS} />
      <ChoiceFilter label="Hasil" name="result" value={value("result")} choices={SECURITY_EVENT_RESULTS} labels={RESULT_LABELS} />
      <InputFilter label="Email" type="email" name="email" value={value("email")} />
      <InputFilter label="Dari tanggal" type="date" name="from" value={value("from")} />
      <InputFilter label="Sampai tanggal" type="date" name="to" value={value("to")} />
      <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white">
        Terapkan
      </button>
    </form>
  );
}

function ChoiceFilter<T extends string>(props: {
  label: string;
  name: string;
  value: string;
  choices: readonly T[];
  labels: Record<T, string>;
}) {
  return (
    <label className="text-sm">
      {props.label}
      <select name={props.name} defaultValue={props.value} className={input}>
        <option value="">Semua</option>
        {props.choices.map((choice) => (
          <option key={choice} value={choice}>
            {props.labels[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}

function InputFilter(props: { label: string; type: "email" | "date"; name: string; value: string }) {
  return (
    <label className="text-sm">
      {props.label}
      <input type={props.type} name={props.name} defaultValue={props.value} className={input} />
    </label>
  );
}

export function SecurityEventTable({ events, nextHref }: { events: SecurityEventView[]; nextHref: string | null }) {
  if (events.length === 0) return <p className="mt-6 text-sm text-slate-600">Tidak ada peristiwa yang cocok.</p>;
  return (
    <>
      <table className="mt-6 w-full text-sm">
        <caption className="sr-only">Peristiwa keamanan, terbaru di atas</caption>
        <thead className="border-b border-slate-200 text-left text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              Waktu (WIB)
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Jenis
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Hasil
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Pengguna
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Alamat IP
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Perangkat
            </th>
            <th scope="col" className="py-2 font-medium">
              Rincian
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-b border-slate-100 align-top">
              <td className="py-2 pr-3 whitespace-nowrap">
                <time dateTime={event.createdAt.toISOString()}>{TIME.format(event.createdAt)}</time>
              </td>
              <td className="py-2 pr-3">{KIND_LABELS[event.kind as keyof typeof KIND_LABELS] ?? event.kind}</td>
              <td className="py-2 pr-3">
                <span className={`rounded px-1.5 py-0.5 text-xs ${RESULT_STYLE[event.result] ?? ""}`}>
                  {RESULT_LABELS[event.result as keyof typeof RESULT_LABELS] ?? event.result}
                </span>
              </td>
              <td className="py-2 pr-3">{event.user ? `${event.user.name} <${event.user.email}>` : "–"}</td>
              <td className="py-2 pr-3 font-mono text-xs">{event.ip ?? "–"}</td>
              <td className="max-w-48 truncate py-2 pr-3 text-xs text-slate-600" title={event.userAgent ?? undefined}>
                {event.userAgent ?? "–"}
              </td>
              <td className="py-2 font-mono text-xs break-all text-slate-600">{JSON.stringify(event.detail)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {nextHref && (
        <Link href={nextHref} className="mt-4 inline-block text-sm text-brand-700 hover:underline">
          Halaman berikutnya →
        </Link>
      )}
    </>
  );
}

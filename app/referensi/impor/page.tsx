import Link from "next/link";
import { AppShell } from "@/components/layout/app-shell";
import { ImportWizard } from "@/components/reference/import-wizard";
import { requireUser } from "@/lib/auth/session";
import { listEditions, type EditionSummary } from "@/lib/reference/editions";

export const metadata = { title: "Impor pustaka AHSP" };

export default async function ImportPage() {
  const user = await requireUser();
  const editions = user.isAdmin ? await listEditions() : [];
  return (
    <AppShell user={user}>
      <Link href="/referensi" className="text-sm text-brand-700 hover:underline">
        ← Referensi AHSP
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">Impor pustaka AHSP</h1>
      {user.isAdmin ? (
        <>
          <p className="mt-1 max-w-2xl text-sm text-slate-600">
            Unggah berkas datar (satu baris per baris analisa). Berkas diperiksa dulu tanpa menulis apa pun; setelah Anda meninjau
            laporannya, impor mengganti seluruh isi edisi dalam satu transaksi.
          </p>
          <div className="mt-6">
            <ImportWizard editionNames={editions.map((e) => e.name)} />
          </div>
          <InstalledEditions editions={editions} />
        </>
      ) : (
        <p role="alert" className="mt-4 max-w-2xl rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Hanya admin yang dapat mengimpor pustaka AHSP. Minta admin menjalankan{" "}
          <code className="font-mono">npm run user:admin -- {user.email}</code>.
        </p>
      )}
    </AppShell>
  );
}

const number = new Intl.NumberFormat("id-ID");

/** Each edition with the validation report of its last import, for a later review. */
function InstalledEditions({ editions }: { editions: EditionSummary[] }) {
  if (editions.length === 0) return null;
  return (
    <section aria-labelledby="editions-title" className="mt-10 max-w-3xl">
      <h2 id="editions-title" className="text-lg font-semibold">
        Edisi terpasang
      </h2>
      <ul className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-200 bg-white text-sm">
        {editions.map((e) => (
          <li key={e.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-3 py-2">
            <span className="min-w-0 break-words">
              <strong>{e.name}</strong>: {number.format(e.itemCount)} item, {number.format(e.lineCount)} baris
            </span>
            <Link href={`/referensi/edisi/${e.id}`} className="font-medium text-brand-700 hover:underline">
              Laporan validasi<span className="sr-only"> {e.name}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

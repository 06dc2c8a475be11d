import Link from "next/link";
import { AppShell } from "@/components/layout/app-shell";
import { ReferenceBrowser } from "@/components/reference/reference-browser";
import { requireUser } from "@/lib/auth/session";
import { listEditions } from "@/lib/reference/editions";

export const metadata = { title: "Referensi AHSP" };

export default async function ReferensiPage() {
  const user = await requireUser();
  const editions = await listEditions();
  return (
    <AppShell user={user}>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Referensi AHSP</h1>
          <p className="mt-1 text-sm text-slate-600">Cari analisa harga satuan pekerjaan menurut kode, kata, atau ejaan yang mirip.</p>
        </div>
        {user.isAdmin && (
          <Link href="/referensi/impor" className="text-sm font-medium text-brand-700 hover:underline">
            Impor pustaka AHSP
          </Link>
        )}
      </div>
      <div className="mt-6">
        {editions.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-sm text-slate-600">
            Pustaka AHSP masih kosong. Admin dapat mengimpornya dari halaman Impor pustaka AHSP.
          </p>
        ) : (
          <ReferenceBrowser editions={editions.map(({ id, name, itemCount }) => ({ id, name, itemCount }))} />
        )}
      </div>
    </AppShell>
  );
}

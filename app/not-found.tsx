import Link from "next/link";

export const metadata = { title: "Tidak ditemukan" };

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Halaman tidak ditemukan</h1>
      <p className="mt-2 text-slate-600">Halaman atau proyek ini tidak ada, atau bukan milik akun Anda.</p>
      <Link href="/dashboard" className="mt-6 inline-block font-medium text-brand-700 hover:underline">
        Kembali ke daftar proyek
      </Link>
    </main>
  );
}

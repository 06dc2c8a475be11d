import { AppShell } from "@/components/layout/app-shell";
import { requireUser } from "@/lib/auth/session";

export const metadata = { title: "Proyek" };

export default async function DashboardPage() {
  const user = await requireUser();
  return (
    <AppShell user={user}>
      <h1 className="text-2xl font-semibold">Proyek</h1>
      <section className="mt-6 rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
        <p className="text-lg font-medium">Belum ada proyek</p>
        <p className="mt-1 text-sm text-slate-600">Proyek RAB yang Anda buat akan tampil di sini.</p>
      </section>
    </AppShell>
  );
}

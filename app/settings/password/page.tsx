import { AppShell } from "@/components/layout/app-shell";
import { PasswordForm } from "@/components/auth/password-form";
import { requireUser } from "@/lib/auth/session";

export const metadata = { title: "Akun" };

export default async function PasswordPage() {
  const user = await requireUser();
  return (
    <AppShell user={user}>
      <h1 className="text-2xl font-semibold">Akun</h1>
      <p className="mt-1 max-w-2xl text-sm text-slate-600">
        Mengganti kata sandi mengakhiri semua sesi lain dan mencabut semua token API Anda.
      </p>
      <div className="mt-6">
        <PasswordForm />
      </div>
    </AppShell>
  );
}

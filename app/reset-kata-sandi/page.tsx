import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export const metadata = { title: "Atur ulang kata sandi" };

/** Opened from the mailed link (`?token=…`); the token is checked when the form is sent. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Atur ulang kata sandi">
      {typeof token === "string" && token !== "" ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p className="text-sm text-slate-700">
          Tautan ini tidak lengkap. Buka tautan dari email apa adanya, atau{" "}
          <Link href="/lupa-kata-sandi" className="font-medium text-brand-600 hover:underline">
            minta tautan baru
          </Link>
          .
        </p>
      )}
    </AuthCard>
  );
}

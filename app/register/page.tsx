import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { RegisterForm } from "@/components/auth/register-form";
import { currentUser } from "@/lib/auth/session";

export const metadata = { title: "Daftar" };

export default async function RegisterPage() {
  if (await currentUser()) redirect("/dashboard");
  return (
    <AuthCard title="Buat akun">
      <RegisterForm />
    </AuthCard>
  );
}

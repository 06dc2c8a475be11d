import { Suspense } from "react";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { currentUser } from "@/lib/auth/session";

export const metadata = { title: "Masuk" };

export default async function LoginPage() {
  if (await currentUser()) redirect("/dashboard");
  return (
    <AuthCard title="Masuk">
      <Suspense>
        <LoginForm />
      </Suspense>
    </AuthCard>
  );
}

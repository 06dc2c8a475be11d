"use client";

import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import Link from "next/link";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { safeReturnPath } from "@/lib/auth/return-path";

export function LoginForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (result?.ok) {
      router.replace(safeReturnPath(params.get("next")));
      router.refresh();
    } else {
      setError(result?.status === 429 ? "Terlalu banyak percobaan. Tunggu sebentar." : "Email atau kata sandi salah.");
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field label="Email" name="email" type="email" autoComplete="email" required autoFocus />
      <Field label="Kata sandi" name="password" type="password" autoComplete="current-password" required />
      <p className="text-right text-sm">
        <Link href="/lupa-kata-sandi" className="font-medium text-brand-600 hover:underline">
          Lupa kata sandi?
        </Link>
      </p>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      )}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Memproses…" : "Masuk"}
      </Button>
      <p className="text-center text-sm text-slate-600">
        Belum punya akun?{" "}
        <Link href="/register" className="font-medium text-brand-600 hover:underline">
          Daftar
        </Link>
      </p>
    </form>
  );
}

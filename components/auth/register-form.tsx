"use client";

import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { apiFetch, ApiClientError } from "@/lib/api/client";

export function RegisterForm() {
  const router = useRouter();
  const [error, setError] = useState<ApiClientError>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    setPending(true);
    setError(undefined);
    try {
      await apiFetch("/api/v1/auth/register", { method: "POST", json: input });
      await signIn("credentials", { email: input.email, password: input.password, redirect: false });
      router.replace("/dashboard");
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiClientError ? e : new ApiClientError("INTERNAL_ERROR", "Pendaftaran gagal.", 0));
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field label="Nama" name="name" autoComplete="name" required autoFocus error={error?.fieldMessage("name")} />
      <Field label="Email" name="email" type="email" autoComplete="email" required error={error?.fieldMessage("email")} />
      <Field
        label="Kata sandi (min. 8 karakter)"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        error={error?.fieldMessage("password")}
      />
      {error && error.fields.length === 0 && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error.message}
        </p>
      )}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Mendaftarkan…" : "Daftar"}
      </Button>
      <p className="text-center text-sm text-slate-600">
        Sudah punya akun?{" "}
        <Link href="/login" className="font-medium text-brand-600 hover:underline">
          Masuk
        </Link>
      </p>
    </form>
  );
}

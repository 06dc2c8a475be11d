"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { apiFetch, ApiClientError } from "@/lib/api/client";

/** "Lupa kata sandi": the answer is the same whether or not the email has an account. */
export function ForgotPasswordForm() {
  const [error, setError] = useState<ApiClientError>();
  const [sent, setSent] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    setPending(true);
    setError(undefined);
    setSent(undefined);
    try {
      const { expiresInMinutes } = await apiFetch<{ expiresInMinutes: number }>("/api/v1/auth/password-reset", {
        method: "POST",
        json: { email },
      });
      setSent(
        `Jika email ${email.trim()} terdaftar, tautan untuk mengatur ulang kata sandi telah dikirim ke sana. ` +
          `Tautan berlaku ${expiresInMinutes} menit. Periksa juga folder spam.`,
      );
    } catch (e) {
      setError(e instanceof ApiClientError ? e : new ApiClientError("INTERNAL_ERROR", "Permintaan gagal. Coba lagi.", 0));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <p className="text-sm text-slate-600">Masukkan email akun Anda. Kami akan mengirim tautan untuk membuat kata sandi baru.</p>
      <Field label="Email" name="email" type="email" autoComplete="email" required autoFocus error={error?.fieldMessage("email")} />
      {error && error.fields.length === 0 && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error.message}
        </p>
      )}
      {/* Always rendered, so screen readers announce the message when it appears. */}
      <div role="status">{sent && <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">{sent}</p>}</div>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Mengirim…" : "Kirim tautan"}
      </Button>
      <p className="text-center text-sm text-slate-600">
        Ingat kata sandi?{" "}
        <Link href="/login" className="font-medium text-brand-600 hover:underline">
          Masuk
        </Link>
      </p>
    </form>
  );
}

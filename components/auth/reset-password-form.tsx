"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { apiFetch, ApiClientError } from "@/lib/api/client";

const MISMATCH = "Konfirmasi tidak sama dengan kata sandi baru.";

/** A new password with the token from the mailed link; the server's policy says what it refuses. */
export function ResetPasswordForm({ token }: { token: string }) {
  const [error, setError] = useState<ApiClientError>();
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const password = String(data.get("password") ?? "");
    const differs = password !== String(data.get("confirm") ?? "");
    setError(undefined);
    setMismatch(differs);
    if (differs) return;
    setPending(true);
    try {
      await apiFetch("/api/v1/auth/password-reset/confirm", { method: "POST", json: { token, password } });
      setDone(true);
    } catch (e) {
      setError(e instanceof ApiClientError ? e : new ApiClientError("INTERNAL_ERROR", "Permintaan gagal. Coba lagi.", 0));
    } finally {
      setPending(false);
    }
  }

  if (done) {
    return (
      <div role="status" className="space-y-4">
        <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Kata sandi sudah diganti. Semua sesi dan token API akun ini telah diakhiri.
        </p>
        <Link href="/login" className="block text-center text-sm font-medium text-brand-600 hover:underline">
          Masuk dengan kata sandi baru
        </Link>
      </div>
    );
  }

  const tokenProblem = error?.fieldMessage("token");
  const general = tokenProblem ?? (error && error.fields.length === 0 ? error.message : undefined);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field
        label="Kata sandi baru"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        autoFocus
        hint="Minimal 8 karakter; bukan kata sandi yang umum dipakai, dan tidak memuat nama atau email Anda."
        error={error?.fieldMessage("password")}
      />
      <Field
        label="Ulangi kata sandi baru"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        error={mismatch ? MISMATCH : undefined}
      />
      {general && (
        <div role="alert" className="space-y-1 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          <p>{general}</p>
          {tokenProblem && (
            <Link href="/lupa-kata-sandi" className="font-medium underline">
              Minta tautan baru
            </Link>
          )}
        </div>
      )}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Menyimpan…" : "Simpan kata sandi baru"}
      </Button>
    </form>
  );
}

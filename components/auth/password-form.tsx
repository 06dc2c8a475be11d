"use client";

import { useState, type FormEvent } from "react";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { apiFetch, ApiClientError } from "@/lib/api/client";

export function PasswordForm() {
  const [error, setError] = useState<ApiClientError>();
  const [done, setDone] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setPending(true);
    setError(undefined);
    setDone(undefined);
    try {
      const result = await apiFetch<{ revokedSessions: number; revokedTokens: number }>("/api/v1/me/password", {
        method: "POST",
        json: { currentPassword: String(data.get("currentPassword") ?? ""), newPassword: String(data.get("newPassword") ?? "") },
      });
      form.reset();
      setDone(`Kata sandi diganti. ${result.revokedSessions} sesi lain diakhiri dan ${result.revokedTokens} token API dicabut.`);
    } catch (e) {
      setError(e instanceof ApiClientError ? e : new ApiClientError("INTERNAL_ERROR", "Gagal mengganti kata sandi.", 0));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="max-w-sm space-y-4" noValidate>
      <Field
        label="Kata sandi saat ini"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        error={error?.fieldMessage("currentPassword")}
      />
      <Field
        label="Kata sandi baru (min. 8 karakter)"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        error={error?.fieldMessage("newPassword")}
      />
      {error && error.fields.length === 0 && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error.message}
        </p>
      )}
      {done && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {done}
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Menyimpan…" : "Ganti kata sandi"}
      </Button>
    </form>
  );
}

"use client";

import { useState, type FormEvent } from "react";
import { apiFetch, ApiClientError } from "@/lib/api/client";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export interface TokenRow {
  id: string;
  name: string;
  hint: string;
  createdAt: string;
  lastUsedAt: string | null;
}

const dateFormat = new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeStyle: "short" });

/** Starts from the server-rendered list; reloads it from the API after each change. */
export function TokenManager({ initialTokens }: { initialTokens: TokenRow[] }) {
  const [tokens, setTokens] = useState<TokenRow[]>(initialTokens);
  const [created, setCreated] = useState<{ name: string; token: string }>();
  const [error, setError] = useState<string>();

  async function load() {
    try {
      setTokens(await apiFetch<TokenRow[]>("/api/v1/me/tokens"));
    } catch (e) {
      setError(e instanceof ApiClientError ? e.message : "Gagal memuat token.");
    }
  }

  async function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "");
    setError(undefined);
    try {
      setCreated(await apiFetch<{ name: string; token: string }>("/api/v1/me/tokens", { method: "POST", json: { name } }));
      form.reset();
      await load();
    } catch (e) {
      setError(e instanceof ApiClientError ? (e.fieldMessage("name") ?? e.message) : "Gagal membuat token.");
    }
  }

  async function onRevoke(id: string) {
    if (!window.confirm("Cabut token ini? Skrip yang memakainya akan berhenti bekerja.")) return;
    try {
      await apiFetch(`/api/v1/me/tokens/${id}`, { method: "DELETE" });
      await load();
    } catch (e) {
      setError(e instanceof ApiClientError ? e.message : "Gagal mencabut token.");
    }
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onCreate} className="flex items-end gap-3">
        <div className="w-80">
          <Field label="Nama token baru" name="name" placeholder="mis. skrip impor harga" required />
        </div>
        <Button type="submit">Buat token</Button>
      </form>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      )}
      {created && (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm">
          <p className="font-medium">Token “{created.name}” dibuat. Salin sekarang — token ini hanya ditampilkan sekali.</p>
          <code data-testid="new-token" className="mt-2 block break-all rounded bg-white px-2 py-1 font-mono">
            {created.token}
          </code>
        </div>
      )}
      <table className="w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-sm">
        <thead className="bg-slate-100 text-left text-slate-600">
          <tr>
            <th className="px-3 py-2">Nama</th>
            <th className="px-3 py-2">Akhiran</th>
            <th className="px-3 py-2">Dibuat</th>
            <th className="px-3 py-2">Terakhir dipakai</th>
            <th className="px-3 py-2" />
          </tr>
        </thead>
        <tbody>
          {tokens.length === 0 && (
            <tr>
              <td colSpan={5} className="px-3 py-6 text-center text-slate-500">
                Belum ada token.
              </td>
            </tr>
          )}
          {tokens.map((t) => (
            <tr key={t.id} className="border-t border-slate-100">
              <td className="px-3 py-2">{t.name}</td>
              <td className="px-3 py-2 font-mono">…{t.hint}</td>
              <td className="px-3 py-2">{dateFormat.format(new Date(t.createdAt))}</td>
              <td className="px-3 py-2">{t.lastUsedAt ? dateFormat.format(new Date(t.lastUsedAt)) : "—"}</td>
              <td className="px-3 py-2 text-right">
                <Button variant="danger" onClick={() => void onRevoke(t.id)}>
                  Cabut
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

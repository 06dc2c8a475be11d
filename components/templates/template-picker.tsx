"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { asClientError } from "@/components/ui/use-api-action";
import type { Wire } from "@/lib/kernel/wire";
import { apiFetch } from "@/lib/api/client";
import { formatInteger } from "@/lib/format/number";
import type { TemplateView } from "@/lib/templates/types";

export type TemplateRow = Wire<TemplateView>;

/**
 * The caller's templates and the shared ones, one to choose (radio buttons). The owner of a
 * template may delete it from here.
 */
export function TemplatePicker({ selected, onSelect }: { selected: string | null; onSelect: (template: TemplateRow | null) => void }) {
  const [templates, setTemplates] = useState<TemplateRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);

  // Bumped after a deletion: the list is read again.
  const [reads, setReads] = useState(0);

  useEffect(() => {
    let current = true;
    apiFetch<TemplateRow[]>("/api/v1/templates").then(
      (rows) => current && setTemplates(rows),
      (e: unknown) => current && setError(asClientError(e).message),
    );
    return () => {
      current = false;
    };
  }, [reads]);

  async function remove(template: TemplateRow) {
    if (!window.confirm(`Hapus templat “${template.name}”? Proyek yang sudah dibuat darinya tidak berubah.`)) return;
    setDeleting(template.id);
    setError(null);
    try {
      await apiFetch(`/api/v1/templates/${template.id}`, { method: "DELETE" });
      if (selected === template.id) onSelect(null);
      setReads((n) => n + 1);
    } catch (e) {
      setError(asClientError(e).message);
    } finally {
      setDeleting(null);
    }
  }

  if (templates === null) {
    return error ? (
      <Notice tone="error">{error}</Notice>
    ) : (
      <p role="status" className="text-sm text-slate-500">
        Memuat templat…
      </p>
    );
  }
  return (
    <div className="space-y-3">
      {error && <Notice tone="error">{error}</Notice>}
      {templates.length === 0 ? (
        <Notice tone="info">
          Belum ada templat. Simpan sebuah proyek sebagai templat dari halaman proyeknya (“Simpan sebagai templat”).
        </Notice>
      ) : (
        <fieldset className="space-y-2">
          <legend className="sr-only">Templat</legend>
          {templates.map((t) => (
            <div
              key={t.id}
              className="flex items-start justify-between gap-3 rounded-md border border-slate-200 p-3 has-[:checked]:border-brand-600"
            >
              <label className="flex min-w-0 items-start gap-3">
                <input
                  type="radio"
                  name="template"
                  value={t.id}
                  checked={selected === t.id}
                  onChange={() => onSelect(t)}
                  className="mt-1"
                />
                <span className="min-w-0">
                  <span className="block font-medium">{t.name}</span>
                  <span className="block text-xs text-slate-500">
                    {formatInteger(t.klasifikasi)} klasifikasi · {formatInteger(t.pekerjaan)} pekerjaan
                    {t.shared ? " · dibagikan" : " · pribadi"}
                    {!t.own && ` · oleh ${t.owner.name}`}
                  </span>
                  {t.description && <span className="mt-1 block text-sm text-slate-600">{t.description}</span>}
                </span>
              </label>
              {t.own && (
                <Button
                  variant="danger"
                  className="px-3 py-1"
                  onClick={() => void remove(t)}
                  disabled={deleting === t.id}
                  aria-label={`Hapus templat ${t.name}`}
                >
                  {deleting === t.id ? "Menghapus…" : "Hapus"}
                </Button>
              )}
            </div>
          ))}
        </fieldset>
      )}
    </div>
  );
}

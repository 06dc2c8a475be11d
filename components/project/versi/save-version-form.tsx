"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { useCanEdit } from "@/components/ui/can-edit";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { asClientError } from "@/components/ui/use-api-action";
import { apiFetch } from "@/lib/api/client";
import { VERSION_KIND_LABELS, type VersionKind } from "@/lib/versions/types";

type Errors = { name?: string | undefined; kind?: string | undefined; note?: string | undefined; form?: string | undefined };

/** Freezes the live estimate as a named version (POST …/versions); left out for a viewer. */
export function SaveVersionForm({ projectId }: { projectId: string }) {
  const canEdit = useCanEdit();
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = String(data.get("name") ?? "").trim();
    const note = String(data.get("note") ?? "").trim();
    if (!name) return setErrors({ name: "Beri nama versi, misalnya Kontrak atau Addendum 1." });
    setBusy(true);
    setErrors({});
    setSaved(null);
    try {
      const kind = String(data.get("kind")) as VersionKind;
      await apiFetch(`/api/v1/projects/${projectId}/versions`, { method: "POST", json: { name, kind, ...(note ? { note } : {}) } });
      form.reset();
      setSaved(`Versi "${name}" tersimpan.`);
      router.refresh();
    } catch (e) {
      const error = asClientError(e);
      const fields = { name: error.fieldMessage("name"), kind: error.fieldMessage("kind"), note: error.fieldMessage("note") };
      setErrors(Object.values(fields).some(Boolean) ? fields : { form: error.message });
    } finally {
      setBusy(false);
    }
  }

  if (!canEdit) return null;
  return (
    <section aria-labelledby="save-version-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="save-version-title" className="text-lg font-semibold">
        Simpan versi
      </h2>
      <p className="text-sm text-slate-600">
        Membekukan estimasi saat ini (pekerjaan, volume, analisa, harga dan jadwal) dengan nilainya sekarang. Versi tidak dapat diubah.
      </p>
      <form onSubmit={submit} noValidate className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem]">
        <Field label="Nama versi" name="name" maxLength={200} autoComplete="off" error={errors.name} disabled={busy} />
        <SelectField label="Jenis" name="kind" defaultValue="kontrak" error={errors.kind} disabled={busy}>
          {Object.entries(VERSION_KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <div className="sm:col-span-2">
          <TextAreaField label="Catatan (opsional)" name="note" rows={2} maxLength={2000} error={errors.note} disabled={busy} />
        </div>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
          <Button type="submit" disabled={busy}>
            {busy ? "Menyimpan…" : "Simpan versi"}
          </Button>
          <p role="status" className="text-sm text-slate-600">
            {saved}
          </p>
        </div>
      </form>
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
    </section>
  );
}

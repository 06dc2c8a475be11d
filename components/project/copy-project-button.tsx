"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { ProjectData } from "@/components/projects/project-form-values";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { asClientError } from "@/components/ui/use-api-action";
import { apiFetch } from "@/lib/api/client";
import type { BatchCopyResult } from "@/lib/snapshot/types";
import type { Wire } from "@/lib/kernel/wire";
import { FormActions } from "@/components/ui/form-actions";

const MAX_COPIES = 50;

/** "Salin proyek": one copy (then open it), or up to 50 named copies with a result per copy. */
export function CopyProjectButton({ project }: { project: ProjectData }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Salin proyek
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Salin proyek">
        <CopyForm project={project} onCancel={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

type Results = Wire<BatchCopyResult>[];

function CopyForm({ project, onCancel }: { project: ProjectData; onCancel: () => void }) {
  const router = useRouter();
  const [copying, setCopying] = useState<number | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [results, setResults] = useState<Results | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const count = Number(form.get("count"));
    if (!Number.isInteger(count) || count < 1 || count > MAX_COPIES) {
      return setErrors({ count: `Isi 1 sampai ${MAX_COPIES}.` });
    }
    const name = String(form.get("name") ?? "");
    const body = { startDate: String(form.get("startDate") ?? "") || undefined, includeJadwal: form.get("includeJadwal") === "on" };
    setErrors({});
    setFailure(null);
    setCopying(count);
    try {
      if (count === 1) {
        const copy = await apiFetch<ProjectData>(`/api/v1/projects/${project.id}/copy`, { method: "POST", json: { name, ...body } });
        router.push(`/projects/${copy.id}`);
        return;
      }
      setResults(
        await apiFetch<Results>(`/api/v1/projects/${project.id}/batch-copy`, { method: "POST", json: { baseName: name, count, ...body } }),
      );
    } catch (e) {
      const error = asClientError(e);
      setErrors(Object.fromEntries(error.fields.map((f) => [f.path === "baseName" ? "name" : f.path, f.message])));
      setFailure(error.message);
    } finally {
      setCopying(null);
    }
  }

  if (results) return <BatchResults results={results} onDone={() => router.push("/dashboard")} />;
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {failure && <Notice tone="error">{failure}</Notice>}
      <Field
        label="Nama proyek baru"
        name="name"
        required
        maxLength={200}
        defaultValue={`Salinan ${project.name}`.slice(0, 190)}
        error={errors.name}
      />
      <Field
        label="Tanggal mulai"
        name="startDate"
        type="date"
        defaultValue={project.startDate}
        error={errors.startDate}
        hint="Jadwal ikut bergeser: tiap minggu tetap bernomor dan sepanjang aslinya."
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="includeJadwal" defaultChecked />
        Sertakan jadwal (rencana, realisasi dan biaya aktual)
      </label>
      <Field
        label="Jumlah salinan"
        name="count"
        type="number"
        min={1}
        max={MAX_COPIES}
        defaultValue="1"
        error={errors.count}
        hint={`Lebih dari 1: salinan diberi nama “<nama> 1”, “<nama> 2”, … (maks. ${MAX_COPIES}).`}
      />
      {copying !== null && (
        <p role="status" className="text-sm text-slate-600">
          {copying === 1 ? "Menyalin proyek…" : `Menyalin ${copying} proyek… ini dapat memakan waktu beberapa detik.`}
        </p>
      )}
      <FormActions label="Salin" busyLabel="Menyalin…" busy={copying !== null} onCancel={onCancel} />
    </form>
  );
}

function BatchResults({ results, onDone }: { results: Results; onDone: () => void }) {
  const failed = results.filter((r) => r.error).length;
  return (
    <div className="space-y-4">
      <Notice tone={failed > 0 ? "warning" : "info"}>
        {results.length - failed} salinan dibuat{failed > 0 ? `, ${failed} gagal` : ""}.
      </Notice>
      <ul className="max-h-80 space-y-1 overflow-y-auto text-sm [overflow-wrap:anywhere]" aria-label="Hasil penyalinan">
        {results.map((r) => (
          <li key={r.index}>
            {r.project ? (
              <Link href={`/projects/${r.project.id}`} className="text-brand-700 hover:underline">
                {r.name}
              </Link>
            ) : (
              <span className="text-red-700">
                {r.name}: {r.error?.message}
              </span>
            )}
          </li>
        ))}
      </ul>
      <Button onClick={onDone}>Ke daftar proyek</Button>
    </div>
  );
}

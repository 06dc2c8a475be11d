"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TemplatePicker, type TemplateRow } from "@/components/templates/template-picker";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import { asClientError } from "@/components/ui/use-api-action";
import { apiFetch } from "@/lib/api/client";
import { formatInteger } from "@/lib/format/number";
import { MAX_BACKUP_BYTES } from "@/lib/snapshot/limits";
import { ProjectForm } from "./project-form";
import type { ProjectData } from "./project-form-values";
import { FormActions } from "@/components/ui/form-actions";
import { ProjectUploadButton } from "./project-upload";

/** Beside the project list: restore a backup file, or start a project from a template. */
export function DashboardActions() {
  return (
    <div className="flex flex-wrap gap-2">
      <RestoreBackupButton />
      <NewFromTemplateButton />
      <ProjectUploadButton />
    </div>
  );
}

function RestoreBackupButton() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [failure, setFailure] = useState<{ message: string; details: string[] } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0)
      return setFailure({ message: "Pilih berkas cadangan (.json) terlebih dahulu.", details: [] });
    // The API's own limit, checked here too so a large file fails before it is uploaded.
    if (file.size > MAX_BACKUP_BYTES) {
      return setFailure({ message: `Berkas terlalu besar (maks. ${formatInteger(MAX_BACKUP_BYTES / 1024 / 1024)} MB).`, details: [] });
    }
    setRestoring(true);
    setFailure(null);
    try {
      // The file is the request body as is: the server validates it whole.
      const project = await apiFetch<ProjectData>("/api/v1/projects/import", {
        method: "POST",
        body: file,
        headers: { "Content-Type": "application/json" },
      });
      router.push(`/projects/${project.id}`);
    } catch (e) {
      const error = asClientError(e);
      setFailure({
        message: error.message,
        details: error.fields.slice(0, 10).map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)),
      });
      setRestoring(false);
    }
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Pulihkan dari cadangan
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Pulihkan dari cadangan">
        <form onSubmit={submit} className="space-y-4">
          <p className="text-sm text-slate-600">
            Pilih berkas hasil “Unduh cadangan”. Berkas dipulihkan sebagai proyek baru milik Anda; proyek lain tidak berubah.
          </p>
          {failure && (
            <Notice tone="error">
              <p>{failure.message}</p>
              {failure.details.length > 1 && (
                <ul className="mt-1 list-disc pl-5">
                  {failure.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
            </Notice>
          )}
          <div className="space-y-1">
            <label htmlFor="backup-file" className="block text-sm font-medium text-slate-700">
              Berkas cadangan (.json)
            </label>
            <input id="backup-file" name="file" type="file" accept="application/json,.json" className="block text-sm" />
          </div>
          {restoring && (
            <p role="status" className="text-sm text-slate-600">
              Memulihkan proyek…
            </p>
          )}
          <FormActions label="Pulihkan" busyLabel="Memulihkan…" busy={restoring} onCancel={() => setOpen(false)} />
        </form>
      </Dialog>
    </>
  );
}

function NewFromTemplateButton() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [template, setTemplate] = useState<TemplateRow | null>(null);
  const [step, setStep] = useState<"choose" | "project">("choose");

  function close() {
    setOpen(false);
    setStep("choose");
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Proyek baru dari templat
      </Button>
      <Dialog open={open} onClose={close} title="Proyek baru dari templat">
        {step === "choose" || !template ? (
          <div className="space-y-4">
            <TemplatePicker selected={template?.id ?? null} onSelect={setTemplate} />
            <div className="flex gap-3">
              <Button onClick={() => setStep("project")} disabled={!template}>
                Lanjut
              </Button>
              <Button variant="secondary" onClick={close}>
                Batal
              </Button>
            </div>
          </div>
        ) : (
          <div className="space-y-4">
            <p className="text-sm text-slate-600">
              Templat: <strong>{template.name}</strong> ({formatInteger(template.pekerjaan)} pekerjaan). Isi data proyek baru.
            </p>
            <ProjectForm
              project={null}
              templateId={template.id}
              onSaved={(project) => router.push(`/projects/${project.id}`)}
              onCancel={() => setStep("choose")}
            />
          </div>
        )}
      </Dialog>
    </>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { ProjectData } from "@/components/projects/project-form-values";
import { TemplatePicker, type TemplateRow } from "@/components/templates/template-picker";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { asClientError } from "@/components/ui/use-api-action";
import { apiFetch } from "@/lib/api/client";
import { formatInteger } from "@/lib/format/number";
import type { AppliedTemplate } from "@/lib/templates/types";
import { FormActions } from "@/components/ui/form-actions";

/** "Simpan sebagai templat": the project's tree and analyses under a name, private or shared. */
export function SaveTemplateButton({ project }: { project: ProjectData }) {
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      name: String(form.get("name") ?? ""),
      description: String(form.get("description") ?? "") || null,
      shared: form.get("shared") === "on",
    };
    setSaving(true);
    setFailure(null);
    setErrors({});
    try {
      const template = await apiFetch<TemplateRow>(`/api/v1/projects/${project.id}/templates`, { method: "POST", json: body });
      setSaved(template.name);
    } catch (e) {
      const error = asClientError(e);
      setErrors(Object.fromEntries(error.fields.map((f) => [f.path, f.message])));
      setFailure(error.message);
    } finally {
      setSaving(false);
    }
  }

  function close() {
    setOpen(false);
    setSaved(null);
    setFailure(null);
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Simpan sebagai templat
      </Button>
      <Dialog open={open} onClose={close} title="Simpan sebagai templat">
        {saved ? (
          <div className="space-y-4">
            <Notice tone="info">Templat “{saved}” tersimpan. Gunakan lewat “Proyek baru dari templat” di daftar proyek.</Notice>
            <Button onClick={close}>Tutup</Button>
          </div>
        ) : (
          <form onSubmit={submit} noValidate className="space-y-4">
            <p className="text-sm text-slate-600">
              Templat menyimpan klasifikasi, pekerjaan dan analisanya, tanpa harga, volume, parameter dan jadwal.
            </p>
            {failure && <Notice tone="error">{failure}</Notice>}
            <Field label="Nama templat" name="name" required maxLength={200} defaultValue={project.name} error={errors.name} />
            <TextAreaField label="Keterangan" name="description" rows={2} maxLength={2000} error={errors.description} />
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="shared" />
              Bagikan ke semua pengguna
            </label>
            <FormActions label="Simpan templat" busyLabel="Menyimpan…" busy={saving} onCancel={close} />
          </form>
        )}
      </Dialog>
    </>
  );
}

/** "Tambah dari templat": appends a template's tree after the project's last klasifikasi. */
export function ApplyTemplateButton({ project }: { project: ProjectData }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [template, setTemplate] = useState<TemplateRow | null>(null);
  const [applying, setApplying] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [applied, setApplied] = useState<AppliedTemplate | null>(null);

  async function apply() {
    if (!template) return;
    setApplying(true);
    setFailure(null);
    try {
      setApplied(
        await apiFetch<AppliedTemplate>(`/api/v1/projects/${project.id}/apply-template`, {
          method: "POST",
          json: { templateId: template.id },
        }),
      );
      router.refresh();
    } catch (e) {
      setFailure(asClientError(e).message);
    } finally {
      setApplying(false);
    }
  }

  function close() {
    setOpen(false);
    setApplied(null);
    setFailure(null);
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Tambah dari templat
      </Button>
      <Dialog open={open} onClose={close} title="Tambah dari templat">
        {applied ? (
          <div className="space-y-4">
            <Notice tone="info">
              Dari templat “{applied.template.name}” ditambahkan {formatInteger(applied.klasifikasi)} klasifikasi dan{" "}
              {formatInteger(applied.pekerjaan)} pekerjaan, di belakang klasifikasi yang sudah ada. Harga bahan baru masih 0.
            </Notice>
            <Button onClick={close}>Tutup</Button>
          </div>
        ) : (
          <div className="space-y-4">
            {failure && <Notice tone="error">{failure}</Notice>}
            <TemplatePicker selected={template?.id ?? null} onSelect={setTemplate} />
            <FormActions
              label="Tambahkan ke proyek"
              busyLabel="Menambahkan…"
              busy={applying}
              disabled={!template}
              onConfirm={() => void apply()}
              onCancel={close}
            />
          </div>
        )}
      </Dialog>
    </>
  );
}

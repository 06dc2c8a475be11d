"use client";

import { useState, type FormEvent } from "react";
import { Field, TextAreaField } from "@/components/ui/field";
import { ConflictNotice, Notice } from "@/components/ui/notice";
import { apiFetch } from "@/lib/api/client";
import { asClientError } from "@/components/ui/use-api-action";
import type { DroppedEntry } from "@/lib/jadwal/types";
import {
  changedProjectFields,
  formValuesFromData,
  formValuesOf,
  PARTIES,
  projectBody,
  type ProjectBody,
  type ProjectData,
} from "./project-form-values";
import { JadwalDropNotice } from "./jadwal-drop-notice";
import { FormActions } from "@/components/ui/form-actions";
import { StaleSaveNotice } from "@/components/ui/stale-save-notice";
import { useProjectSync } from "@/components/ui/use-project-sync";

interface ProjectFormProps {
  /** The project to edit, or null for a new one. */
  project: ProjectData | null;
  /** A new project starts with this template's tree and analyses. */
  templateId?: string;
  onSaved: (project: ProjectData) => void;
  onCancel: () => void;
}

/**
 * "Proyek baru" and "Ubah proyek". An edit sends the editVersion it started from, so a change
 * made meanwhile elsewhere is a 409 with "Muat ulang" rather than silently overwritten.
 */
export function ProjectForm({ project: initial, templateId, onSaved, onCancel }: ProjectFormProps) {
  const [project, setProject] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<{ message: string; conflict: boolean } | null>(null);
  // A 412 on a project page: the same save, to send again on top of the version the answer named.
  const [stale, setStale] = useState<{ body: ProjectBody; confirmJadwalDrop: boolean; currentVersion: number } | null>(null);
  const { sync } = useProjectSync();
  const [saving, setSaving] = useState(false);
  const [pendingDrop, setPendingDrop] = useState<{ body: ProjectBody; dropped: DroppedEntry[] } | null>(null);
  // A reload re-mounts the inputs so they show the fresh values.
  const [formKey, setFormKey] = useState(0);
  const values = formValuesOf(project);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = projectBody(formValuesFromData(new FormData(event.currentTarget)));
    setFailure(null);
    setPendingDrop(null);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    await save(result.body, false);
  }

  /** `confirmJadwalDrop` only after the user has seen which jadwal entries the new dates drop. */
  async function save(body: ProjectBody, confirmJadwalDrop: boolean, editVersion = project?.editVersion) {
    setSaving(true);
    setStale(null);
    try {
      const changed = project ? changedProjectFields(body, project) : body;
      if (project && Object.keys(changed).length === 0) return onSaved(project);
      const saved = project
        ? await apiFetch<ProjectData>(`/api/v1/projects/${project.id}`, {
            method: "PATCH",
            json: { ...changed, editVersion, ...(confirmJadwalDrop ? { confirmJadwalDrop } : {}) },
          })
        : await apiFetch<ProjectData>("/api/v1/projects", { method: "POST", json: { ...body, templateId } });
      setPendingDrop(null);
      onSaved(saved);
    } catch (e) {
      const error = asClientError(e);
      if (error.details.reason === "JADWAL_ENTRIES_OUTSIDE") {
        setPendingDrop({ body, dropped: error.details.dropped as DroppedEntry[] });
        return;
      }
      if (error.code === "PRECONDITION_FAILED") {
        setStale({ body, confirmJadwalDrop, currentVersion: Number(error.details.currentVersion) });
        return;
      }
      setErrors(Object.fromEntries(error.fields.map((f) => [f.path, f.message])));
      setFailure({ message: error.message, conflict: error.status === 409 });
    } finally {
      setSaving(false);
    }
  }

  async function reload() {
    if (!project) return;
    setProject(await apiFetch<ProjectData>(`/api/v1/projects/${project.id}`));
    setFailure(null);
    setStale(null);
    setFormKey((k) => k + 1);
  }

  /** The person saw what changed and keeps their draft: saved on top of the current project. */
  async function keepMine() {
    if (!project || !stale) return;
    const current = await apiFetch<ProjectData>(`/api/v1/projects/${project.id}`);
    sync?.loaded(stale.currentVersion);
    await save(stale.body, stale.confirmJadwalDrop, current.editVersion);
  }

  const field = (name: keyof typeof values & string) => ({ name, defaultValue: values[name] as string, error: errors[name] });
  return (
    <form key={formKey} onSubmit={submit} noValidate className="space-y-5">
      {stale && <StaleSaveNotice onKeep={() => void keepMine()} onDiscard={() => void reload()} busy={saving} />}
      {failure?.conflict && <ConflictNotice message={failure.message} onReload={() => void reload()} reloading={false} />}
      {failure && !failure.conflict && <Notice tone="error">{failure.message}</Notice>}
      {pendingDrop && (
        <JadwalDropNotice
          dropped={pendingDrop.dropped}
          saving={saving}
          onConfirm={() => void save(pendingDrop.body, true)}
          onCancel={() => setPendingDrop(null)}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <Field label="Nama proyek" required maxLength={200} {...field("name")} />
        </div>
        <Field label="Lokasi" required maxLength={200} {...field("location")} />
        <Field label="Pemberi tugas" required maxLength={200} {...field("client")} />
        <Field label="Sumber dana" required maxLength={200} placeholder="mis. APBD 2026" {...field("fundingSource")} />
        <Field label="Tahun anggaran" inputMode="numeric" placeholder="mis. 2026" {...field("fiscalYear")} />
        <Field label="Tanggal mulai" type="date" required {...field("startDate")} />
        <Field label="Durasi (hari kalender)" inputMode="numeric" required {...field("durationDays")} />
        <Field
          label="Pagu anggaran (Rp)"
          inputMode="decimal"
          placeholder="mis. 1.250.000.000"
          hint="Boleh 1.234.567,89 atau 1234567.89."
          {...field("ownerBudget")}
        />
        <div className="sm:col-span-2">
          <TextAreaField label="Keterangan" rows={2} maxLength={5000} {...field("description")} />
        </div>
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-800">Pihak penandatangan</legend>
        {PARTIES.map(({ key, label }) => (
          <div key={key} className="grid gap-3 sm:grid-cols-2">
            <Field
              label={`${label}: nama`}
              name={`parties.${key}.name`}
              defaultValue={values.parties[key].name}
              maxLength={200}
              error={errors[`parties.${key}.name`]}
            />
            <Field
              label={`${label}: jabatan`}
              name={`parties.${key}.title`}
              defaultValue={values.parties[key].title}
              maxLength={200}
              error={errors[`parties.${key}.title`]}
            />
          </div>
        ))}
      </fieldset>
      <FormActions label={project ? "Simpan perubahan" : "Buat proyek"} busyLabel="Menyimpan…" busy={saving} onCancel={onCancel} />
    </form>
  );
}

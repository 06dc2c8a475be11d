"use client";

import { useState, type FormEvent } from "react";
import type { EditionOption } from "@/components/reference/ahsp-search-panel";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { asClientError } from "@/components/ui/use-api-action";
import { apiFetch, ApiClientError } from "@/lib/api/client";
import type { BasketItem } from "./basket";
import { LibraryTab } from "./library-tab";
import { PasteTab } from "./paste-tab";
import type { LibrarySource } from "./source-choice";

export interface AddTarget {
  subKlasifikasiId: string;
  subName: string;
}

const TABS = [
  { id: "library", label: "Dari pustaka AHSP" },
  { id: "paste", label: "Tempel daftar kode" },
  { id: "custom", label: "Pekerjaan custom" },
] as const;
type Tab = (typeof TABS)[number]["id"];

/**
 * Adds pekerjaan to a sub-klasifikasi: many from the reference library at once (picked in the
 * search, or a pasted kode list), each as a read-only `ref` snapshot or an editable
 * `ref_modified` copy, with one request (POST …/pekerjaan/batch); or one custom item whose lines
 * the estimator writes on Analisa.
 */
export function AddPekerjaanDialog(props: {
  projectId: string;
  target: AddTarget | null;
  editions: EditionOption[];
  onClose: () => void;
  onAdded: (pekerjaanIds: string[]) => void;
}) {
  const [tab, setTab] = useState<Tab>("library");
  const [error, setError] = useState<ApiClientError | null>(null);
  const [saving, setSaving] = useState(false);
  const base = `/api/v1/projects/${props.projectId}/pekerjaan`;

  async function submit(create: (subKlasifikasiId: string) => Promise<string[]>) {
    if (!props.target) return;
    setSaving(true);
    setError(null);
    try {
      props.onAdded(await create(props.target.subKlasifikasiId));
    } catch (e) {
      setError(asClientError(e));
    } finally {
      setSaving(false);
    }
  }

  const addFromLibrary = (items: BasketItem[], source: LibrarySource) =>
    void submit(async (subKlasifikasiId) => {
      const json = { subKlasifikasiId, items: items.map(({ ahspId }) => ({ ahspId, source })) };
      return (await apiFetch<{ ids: string[] }>(`${base}/batch`, { method: "POST", json })).ids;
    });

  const addCustom = (fields: { kode?: string; uraian: string; satuan: string }) =>
    void submit(async (subKlasifikasiId) => {
      const created = await apiFetch<{ id: string }>(base, { method: "POST", json: { subKlasifikasiId, source: "custom", ...fields } });
      return [created.id];
    });

  const library = { editions: props.editions, saving, error, onAdd: addFromLibrary };
  return (
    <Dialog open={props.target !== null} onClose={props.onClose} title={`Tambah pekerjaan ke “${props.target?.subName ?? ""}”`} wide>
      <div role="tablist" aria-label="Sumber pekerjaan" className="mb-4 flex flex-wrap gap-1 border-b border-slate-200">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            disabled={saving}
            onClick={() => {
              setTab(t.id);
              setError(null);
            }}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${tab === t.id ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600"}`}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tab === "library" && <LibraryTab {...library} />}
      {tab === "paste" && <PasteTab {...library} />}
      {tab === "custom" && <CustomTab saving={saving} error={error} onAdd={addCustom} />}
    </Dialog>
  );
}

function CustomTab(props: {
  saving: boolean;
  error: ApiClientError | null;
  onAdd: (fields: { kode?: string; uraian: string; satuan: string }) => void;
}) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    props.onAdd({ ...(text("kode") ? { kode: text("kode") } : {}), uraian: text("uraian"), satuan: text("satuan") });
  }
  const fieldError = (path: string) => props.error?.fieldMessage(path);
  return (
    <form onSubmit={submit} className="max-w-xl space-y-4">
      {props.error && !props.error.fields.length && <Notice tone="error">{props.error.message}</Notice>}
      <Field
        label="Kode (opsional)"
        name="kode"
        maxLength={50}
        placeholder="mis. A.1"
        hint="Kosong: diberi kode otomatis CUST-001, CUST-002, … per proyek."
        error={fieldError("kode")}
      />
      <Field label="Uraian pekerjaan" name="uraian" required maxLength={500} autoFocus error={fieldError("uraian")} />
      <Field label="Satuan" name="satuan" maxLength={50} placeholder="mis. m3, m2, ls" error={fieldError("satuan")} />
      <p className="text-sm text-slate-600">Baris analisanya diisi pada langkah Analisa.</p>
      <Button type="submit" disabled={props.saving}>
        {props.saving ? "Menambahkan…" : "Tambahkan pekerjaan custom"}
      </Button>
    </form>
  );
}

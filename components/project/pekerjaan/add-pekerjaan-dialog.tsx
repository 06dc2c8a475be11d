"use client";

import { useState, type FormEvent } from "react";
import { AhspSearchPanel, type EditionOption } from "@/components/reference/ahsp-search-panel";
import { ItemDetail } from "@/components/reference/item-detail";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { asClientError } from "@/components/ui/use-api-action";
import { apiFetch, ApiClientError } from "@/lib/api/client";

export interface AddTarget {
  subKlasifikasiId: string;
  subName: string;
}

type Source = "ref" | "ref_modified";
const TABS = [
  { id: "library", label: "Dari pustaka AHSP" },
  { id: "custom", label: "Pekerjaan custom" },
] as const;
type Tab = (typeof TABS)[number]["id"];

/**
 * Adds a pekerjaan to a sub-klasifikasi: from the reference library (the same search as
 * /referensi; as a read-only `ref` snapshot or an editable `ref_modified` copy) or as a
 * custom item whose lines the estimator writes on Analisa.
 */
export function AddPekerjaanDialog(props: {
  projectId: string;
  target: AddTarget | null;
  editions: EditionOption[];
  onClose: () => void;
  onAdded: (pekerjaanId: string) => void;
}) {
  const [tab, setTab] = useState<Tab>("library");
  const [error, setError] = useState<ApiClientError | null>(null);
  const [saving, setSaving] = useState(false);

  async function create(body: Record<string, unknown>) {
    if (!props.target) return;
    setSaving(true);
    setError(null);
    try {
      const created = await apiFetch<{ id: string }>(`/api/v1/projects/${props.projectId}/pekerjaan`, {
        method: "POST",
        json: { subKlasifikasiId: props.target.subKlasifikasiId, ...body },
      });
      props.onAdded(created.id);
    } catch (e) {
      setError(asClientError(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog open={props.target !== null} onClose={props.onClose} title={`Tambah pekerjaan ke “${props.target?.subName ?? ""}”`} wide>
      <div role="tablist" aria-label="Sumber pekerjaan" className="mb-4 flex gap-1 border-b border-slate-200">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            onClick={() => setTab(t.id)}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${tab === t.id ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600"}`}
          >
            {t.label}
          </button>
        ))}
      </div>
      {error && !error.fields.length && <Notice tone="error">{error.message}</Notice>}
      {tab === "library" ? (
        <LibraryTab editions={props.editions} saving={saving} error={error} onAdd={(ahspId, source) => void create({ source, ahspId })} />
      ) : (
        <CustomTab saving={saving} error={error} onAdd={(fields) => void create({ source: "custom", ...fields })} />
      )}
    </Dialog>
  );
}

function LibraryTab(props: {
  editions: EditionOption[];
  saving: boolean;
  error: ApiClientError | null;
  onAdd: (ahspId: string, source: Source) => void;
}) {
  const [selected, setSelected] = useState<string | null>(null);
  const [source, setSource] = useState<Source>("ref");
  const fieldError = props.error?.fieldMessage("ahspId");
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-label="Pencarian AHSP">
        <AhspSearchPanel editions={props.editions} onOpen={setSelected} />
      </section>
      <section aria-label="Item AHSP terpilih" className="space-y-4">
        <div className="rounded-lg border border-slate-200 p-4">
          <ItemDetail id={selected} onOpen={setSelected} />
        </div>
        <fieldset className="space-y-2 text-sm">
          <legend className="font-medium text-slate-700">Cara memakai item</legend>
          <label className="flex items-start gap-2">
            <input type="radio" name="source" checked={source === "ref"} onChange={() => setSource("ref")} />
            <span>
              <strong>Referensi</strong>: analisa seperti terbit, hanya-baca (dapat diubah jadi modifikasi kelak).
            </span>
          </label>
          <label className="flex items-start gap-2">
            <input type="radio" name="source" checked={source === "ref_modified"} onChange={() => setSource("ref_modified")} />
            <span>
              <strong>Modifikasi</strong>: salinan yang baris analisanya dapat diubah.
            </span>
          </label>
        </fieldset>
        {fieldError && <Notice tone="error">{fieldError}</Notice>}
        <Button disabled={!selected || props.saving} onClick={() => selected && props.onAdd(selected, source)}>
          {props.saving ? "Menambahkan…" : "Tambahkan item terpilih"}
        </Button>
      </section>
    </div>
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
      <Field label="Kode (opsional)" name="kode" maxLength={50} placeholder="mis. A.1" error={fieldError("kode")} />
      <Field label="Uraian pekerjaan" name="uraian" required maxLength={500} autoFocus error={fieldError("uraian")} />
      <Field label="Satuan" name="satuan" maxLength={50} placeholder="mis. m3, m2, ls" error={fieldError("satuan")} />
      <p className="text-sm text-slate-600">Baris analisanya diisi pada langkah Analisa.</p>
      <Button type="submit" disabled={props.saving}>
        {props.saving ? "Menambahkan…" : "Tambahkan pekerjaan custom"}
      </Button>
    </form>
  );
}

"use client";

import { useState, type FormEvent } from "react";
import type { EditionOption } from "@/components/reference/ahsp-search-panel";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { asClientError } from "@/components/ui/use-api-action";
import { apiFetch, type ApiClientError } from "@/lib/api/client";
import { formatInteger } from "@/lib/format/number";
import { MAX_RESOLVE_KODES } from "@/lib/reference/limits";
import type { KodeResolution } from "@/lib/reference/types";
import { Basket, type BasketItem } from "./basket";
import { parseKodeList } from "./kode-list";
import { SourceChoice, type LibrarySource } from "./source-choice";

interface Checked {
  found: BasketItem[];
  unknown: string[];
  duplicates: number;
  skipped: number;
}

/**
 * A list of kode AHSP pasted from an old RAB (kode-list.ts reads it): checked against the library
 * first, so the person sees which kodes were found (and can take some out) and which are unknown
 * (listed, never silently dropped), then confirms the found ones, added with one request.
 */
export function PasteTab(props: {
  editions: EditionOption[];
  saving: boolean;
  error: ApiClientError | null;
  onAdd: (items: BasketItem[], source: LibrarySource) => void;
}) {
  const [text, setText] = useState("");
  const [edition, setEdition] = useState("");
  const [checked, setChecked] = useState<Checked | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [source, setSource] = useState<LibrarySource>("ref");

  async function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const list = parseKodeList(text);
    setChecked(null);
    if (list.kodes.length === 0) return setProblem("Tidak ada kode yang terbaca. Tempel satu kode AHSP per baris.");
    if (list.kodes.length > MAX_RESOLVE_KODES) {
      return setProblem(
        `Maksimal ${formatInteger(MAX_RESOLVE_KODES)} kode sekali tempel; daftar ini berisi ${formatInteger(list.kodes.length)}.`,
      );
    }
    setProblem(null);
    setChecking(true);
    try {
      const resolved = await apiFetch<KodeResolution>("/api/v1/ahsp/resolve", {
        method: "POST",
        json: { kodes: list.kodes, ...(edition ? { edition } : {}) },
      });
      const found = resolved.found.map(({ ahspId, kode, uraian, satuan }) => ({ ahspId, kode, uraian, satuan }));
      setChecked({ found, unknown: resolved.unknown, duplicates: list.duplicates, skipped: list.skipped });
    } catch (e) {
      setProblem(asClientError(e).message);
    } finally {
      setChecking(false);
    }
  }

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form onSubmit={(e) => void check(e)} className="space-y-4">
        <TextAreaField
          label="Daftar kode AHSP, satu per baris"
          name="kodes"
          rows={10}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setChecked(null);
          }}
          placeholder={"mis.\n2.2.1.4\n3.1.1.1"}
          hint={`Tempel dari Excel: kolom lain, nomor urut, spasi, baris kosong dan kode ganda diabaikan. Maksimal ${formatInteger(MAX_RESOLVE_KODES)} kode.`}
          className="font-mono"
          autoFocus
        />
        <SelectField label="Edisi" name="edition" value={edition} onChange={(e) => setEdition(e.target.value)}>
          <option value="">Edisi terbaru yang memuat kodenya</option>
          {props.editions.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </SelectField>
        {problem && <Notice tone="error">{problem}</Notice>}
        <Button type="submit" variant="secondary" disabled={checking || props.saving}>
          {checking ? "Memeriksa…" : "Periksa kode"}
        </Button>
      </form>
      {checked && (
        <CheckedList
          checked={checked}
          saving={props.saving}
          error={props.error}
          source={source}
          onSource={setSource}
          onChange={setChecked}
          onAdd={props.onAdd}
        />
      )}
    </div>
  );
}

function CheckedList(props: {
  checked: Checked;
  saving: boolean;
  error: ApiClientError | null;
  source: LibrarySource;
  onSource: (source: LibrarySource) => void;
  onChange: (checked: Checked) => void;
  onAdd: (items: BasketItem[], source: LibrarySource) => void;
}) {
  const { found, unknown, duplicates, skipped } = props.checked;
  const notes = [
    duplicates > 0 && `${formatInteger(duplicates)} kode ganda diabaikan`,
    skipped > 0 && `${formatInteger(skipped)} baris tanpa kode dilewati`,
  ].filter(Boolean);
  return (
    <section aria-label="Hasil pemeriksaan kode" className="space-y-4">
      <p role="status" className="text-sm text-slate-700">
        {formatInteger(found.length)} kode ditemukan, {formatInteger(unknown.length)} tidak ditemukan.
        {notes.length > 0 && ` (${notes.join("; ")}.)`}
      </p>
      {unknown.length > 0 && (
        <Notice tone="warning">
          <p className="font-medium">Tidak ditemukan di pustaka, tidak akan ditambahkan:</p>
          <ul aria-label="Kode tidak ditemukan" className="mt-1 flex flex-wrap gap-x-3 font-mono text-xs">
            {unknown.map((kode) => (
              <li key={kode} className="break-all">
                {kode}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      <Basket
        title="Akan ditambahkan"
        items={found}
        error={props.error}
        disabled={props.saving}
        onRemove={(id) => props.onChange({ ...props.checked, found: found.filter((item) => item.ahspId !== id) })}
      />
      <SourceChoice value={props.source} onChange={props.onSource} />
      <Button disabled={found.length === 0 || props.saving} aria-busy={props.saving} onClick={() => props.onAdd(found, props.source)}>
        {props.saving ? `Menambahkan ${formatInteger(found.length)} pekerjaan…` : `Tambahkan ${formatInteger(found.length)} pekerjaan`}
      </Button>
    </section>
  );
}

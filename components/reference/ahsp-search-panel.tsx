"use client";

import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import type { SearchHit } from "@/lib/reference/types";
import { KategoriOptions } from "./kategori-options";
import { useAhspSearch } from "./use-ahsp-search";

export interface EditionOption {
  id: string;
  name: string;
  itemCount: number;
}

const number = new Intl.NumberFormat("id-ID");

function Filters(props: {
  editions: EditionOption[];
  edition: string;
  kategori: string;
  onEdition: (value: string) => void;
  onKategori: (value: string) => void;
}) {
  return (
    <div className="grid grid-cols-2 gap-3">
      <SelectField label="Edisi" name="edition" value={props.edition} onChange={(e) => props.onEdition(e.target.value)}>
        <option value="">Semua edisi</option>
        {props.editions.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name} ({number.format(e.itemCount)} item)
          </option>
        ))}
      </SelectField>
      <SelectField label="Memuat kategori" name="kategori" value={props.kategori} onChange={(e) => props.onKategori(e.target.value)}>
        <KategoriOptions allLabel="Semua kategori" />
      </SelectField>
    </div>
  );
}

function ResultOption({ id, hit, active, onSelect }: { id: string; hit: SearchHit; active: boolean; onSelect: () => void }) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onSelect}
      className={`cursor-pointer border-b border-slate-100 px-3 py-2 ${active ? "bg-brand-50 ring-1 ring-inset ring-brand-600/40" : "hover:bg-slate-50"}`}
    >
      <div className="flex items-baseline justify-between gap-2">
        <span className="font-mono text-sm font-medium text-slate-800">{hit.kode}</span>
        <span className="shrink-0 text-xs text-slate-500">
          {hit.satuan || "—"} · {hit.lineCount} baris
        </span>
      </div>
      <p className="line-clamp-2 text-sm text-slate-700">{hit.uraian}</p>
      <p className="text-xs text-slate-400">{hit.edition.name}</p>
    </li>
  );
}

function statusText(search: ReturnType<typeof useAhspSearch>): string {
  if (search.error) return search.error;
  if (search.loading) return "Mencari…";
  if (search.items.length === 0) return "Tidak ada item yang cocok.";
  const more = search.nextCursor ? "+" : "";
  const corrected = search.correctedQuery ? ` Tidak ada yang persis cocok; hasil untuk “${search.correctedQuery}”.` : "";
  return `${number.format(search.items.length)}${more} item.${corrected}`;
}

/**
 * The library search: instant results (↑/↓ to move, Enter to open), edition and kategori
 * filters, "load more". /referensi and the List Pekerjaan "add from the library" dialog
 * both use it; `onOpen` receives the item the user opened.
 */
export function AhspSearchPanel({
  editions,
  onOpen,
  autoFocus = true,
}: {
  editions: EditionOption[];
  onOpen: (id: string) => void;
  autoFocus?: boolean;
}) {
  const [q, setQ] = useState("");
  const [edition, setEdition] = useState("");
  const [kategori, setKategori] = useState("");
  const [active, setActive] = useState(0);
  const search = useAhspSearch({ q, edition, kategori });
  const activeHit = search.items[Math.min(active, search.items.length - 1)];
  const baseId = useId();
  const listId = `${baseId}-results`;
  const optionId = (id: string) => `${baseId}-option-${id}`;

  useEffect(() => {
    if (activeHit) document.getElementById(`${baseId}-option-${activeHit.id}`)?.scrollIntoView({ block: "nearest" });
  }, [activeHit, baseId]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = search.items.length - 1;
    if (event.key === "ArrowDown") setActive((i) => Math.min(Math.min(i, last) + 1, last));
    else if (event.key === "ArrowUp") setActive((i) => Math.max(Math.min(i, last) - 1, 0));
    else if (event.key === "Enter" && activeHit) onOpen(activeHit.id);
    else return;
    event.preventDefault();
  }

  const resetTo = (set: (value: string) => void) => (value: string) => {
    set(value);
    setActive(0);
  };

  return (
    <div className="space-y-3">
      <label className="block space-y-1">
        <span className="text-sm font-medium text-slate-700">Cari kode atau uraian</span>
        <input
          type="search"
          role="combobox"
          aria-expanded={search.items.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeHit ? optionId(activeHit.id) : undefined}
          value={q}
          onChange={(e) => resetTo(setQ)(e.target.value)}
          onKeyDown={onKeyDown}
          placeholder="mis. 2.2.1, beton 20 mpa, galian tanah"
          autoFocus={autoFocus}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
        />
      </label>
      <Filters
        editions={editions}
        edition={edition}
        kategori={kategori}
        onEdition={resetTo(setEdition)}
        onKategori={resetTo(setKategori)}
      />
      <p role="status" aria-live="polite" className={`text-sm ${search.error ? "text-red-700" : "text-slate-600"}`}>
        {statusText(search)}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label="Hasil pencarian AHSP"
        className="max-h-[60vh] overflow-y-auto rounded-lg border border-slate-200 bg-white"
      >
        {search.items.map((hit) => (
          <ResultOption
            key={hit.id}
            id={optionId(hit.id)}
            hit={hit}
            active={hit.id === activeHit?.id}
            onSelect={() => {
              setActive(search.items.indexOf(hit));
              onOpen(hit.id);
            }}
          />
        ))}
      </ul>
      {search.nextCursor && (
        <Button variant="secondary" onClick={() => void search.loadMore()} disabled={search.loadingMore}>
          {search.loadingMore ? "Memuat…" : "Muat lebih banyak"}
        </Button>
      )}
    </div>
  );
}

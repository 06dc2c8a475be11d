"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
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

/**
 * Picking many items (the List Pekerjaan dialog): the results are a multi-select listbox whose
 * options show a check box; `isSelected` says which are in the caller's basket.
 */
export interface SearchSelection {
  isSelected: (id: string) => boolean;
  onToggle: (hit: SearchHit) => void;
  /** Enter in the results: add what is selected. */
  onConfirm: () => void;
}

function ResultOption(props: { id: string; hit: SearchHit; active: boolean; selected: boolean | undefined; onSelect: () => void }) {
  const { hit, active, selected } = props;
  return (
    <li
      id={props.id}
      role="option"
      // One listbox shows either the active option (single) or the picked ones (multi-select).
      aria-selected={selected ?? active}
      onMouseDown={(e) => e.preventDefault()}
      onClick={props.onSelect}
      className={`flex cursor-pointer gap-2 border-b border-slate-100 px-3 py-2 ${active ? "bg-brand-50 ring-1 ring-inset ring-brand-600/40" : "hover:bg-slate-50"}`}
    >
      {selected !== undefined && (
        <span
          aria-hidden="true"
          className={`mt-0.5 flex h-4 w-4 shrink-0 items-center justify-center rounded border text-xs ${selected ? "border-brand-600 bg-brand-600 text-white" : "border-slate-400 bg-white"}`}
        >
          {selected ? "✓" : ""}
        </span>
      )}
      <div className="min-w-0 flex-1">
        <div className="flex items-baseline justify-between gap-2">
          <span className="font-mono text-sm font-medium break-all text-slate-800">{hit.kode}</span>
          <span className="shrink-0 text-xs text-slate-500">
            {hit.satuan || "—"} · {hit.lineCount} baris
          </span>
        </div>
        <p className="line-clamp-2 text-sm text-slate-700">{hit.uraian}</p>
        <p className="text-xs text-slate-500">{hit.edition.name}</p>
      </div>
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
 * The library search: instant results, edition and kategori filters, "load more". /referensi
 * and the List Pekerjaan "add from the library" dialog both use it; `onOpen` receives the item
 * the user opened. Alone, ↑/↓ in the search box move through the results and Enter opens one.
 * With `selection` the results are a multi-select list: ↓ (or Enter) in the search box moves
 * into it; there ↑/↓ move, Space puts the item in the basket or takes it out, → opens it, and
 * Enter adds the basket; a click does both Space and →.
 */
export function AhspSearchPanel({
  editions,
  onOpen,
  autoFocus = true,
  selection,
}: {
  editions: EditionOption[];
  onOpen: (id: string) => void;
  autoFocus?: boolean;
  selection?: SearchSelection | undefined;
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
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (activeHit) document.getElementById(`${baseId}-option-${activeHit.id}`)?.scrollIntoView({ block: "nearest" });
  }, [activeHit, baseId]);

  const move = (delta: number) => {
    const last = search.items.length - 1;
    setActive((i) => Math.max(0, Math.min(Math.min(i, last) + delta, last)));
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (selection) {
      if ((event.key === "ArrowDown" || event.key === "Enter") && search.items.length > 0) listRef.current?.focus();
      else if (event.key !== "Enter") return;
    } else if (event.key === "ArrowDown") move(1);
    else if (event.key === "ArrowUp") move(-1);
    else if (event.key === "Enter" && activeHit) onOpen(activeHit.id);
    else return;
    event.preventDefault();
  }

  function onListKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (!selection || !activeHit) return;
    if (event.key === "ArrowUp" && Math.min(active, search.items.length - 1) === 0) inputRef.current?.focus();
    else if (event.key === "ArrowDown" || event.key === "ArrowUp") move(event.key === "ArrowDown" ? 1 : -1);
    else if (event.key === "Home" || event.key === "End") setActive(event.key === "Home" ? 0 : search.items.length - 1);
    else if (event.key === " ") selection.onToggle(activeHit);
    else if (event.key === "ArrowRight") onOpen(activeHit.id);
    else if (event.key === "Enter") selection.onConfirm();
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
          aria-activedescendant={activeHit && !selection ? optionId(activeHit.id) : undefined}
          ref={inputRef}
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
        ref={listRef}
        role="listbox"
        aria-label="Hasil pencarian AHSP"
        {...(selection && {
          tabIndex: 0,
          "aria-multiselectable": true,
          "aria-activedescendant": activeHit ? optionId(activeHit.id) : undefined,
          onKeyDown: onListKeyDown,
        })}
        className="max-h-[60vh] overflow-y-auto rounded-lg border border-slate-200 bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
      >
        {search.items.map((hit) => (
          <ResultOption
            key={hit.id}
            id={optionId(hit.id)}
            hit={hit}
            active={hit.id === activeHit?.id}
            selected={selection?.isSelected(hit.id)}
            onSelect={() => {
              setActive(search.items.indexOf(hit));
              selection?.onToggle(hit);
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

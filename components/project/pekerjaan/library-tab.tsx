"use client";

import { useState } from "react";
import { AhspSearchPanel, type EditionOption } from "@/components/reference/ahsp-search-panel";
import { ItemDetail } from "@/components/reference/item-detail";
import { Button } from "@/components/ui/button";
import type { ApiClientError } from "@/lib/api/client";
import { formatInteger } from "@/lib/format/number";
import { MAX_BATCH_ITEMS } from "@/lib/pekerjaan/limits";
import type { SearchHit } from "@/lib/reference/types";
import { Basket, type BasketItem } from "./basket";
import { SourceChoice, type LibrarySource } from "./source-choice";

/**
 * Many library items at once: search, put items in the basket (click, or Space in the results),
 * check what the basket holds, then one confirm (the button, or Enter in the results) adds them
 * all in the basket's order with one request.
 */
export function LibraryTab(props: {
  editions: EditionOption[];
  saving: boolean;
  error: ApiClientError | null;
  onAdd: (items: BasketItem[], source: LibrarySource) => void;
}) {
  const [opened, setOpened] = useState<string | null>(null);
  const [basket, setBasket] = useState<BasketItem[]>([]);
  const [source, setSource] = useState<LibrarySource>("ref");
  const [message, setMessage] = useState("");
  const inBasket = new Set(basket.map((item) => item.ahspId));

  function toggle(hit: SearchHit) {
    if (props.saving) return;
    if (inBasket.has(hit.id)) {
      setBasket((items) => items.filter((item) => item.ahspId !== hit.id));
      setMessage(`${hit.kode} dikeluarkan dari keranjang.`);
    } else if (basket.length >= MAX_BATCH_ITEMS) {
      setMessage(`Keranjang penuh: maksimal ${formatInteger(MAX_BATCH_ITEMS)} item sekaligus.`);
    } else {
      setBasket((items) => [...items, { ahspId: hit.id, kode: hit.kode, uraian: hit.uraian, satuan: hit.satuan }]);
      setMessage(`${hit.kode} masuk keranjang.`);
    }
  }

  function confirm() {
    if (basket.length === 0) setMessage("Keranjang masih kosong: pilih item dengan klik atau Spasi.");
    else if (!props.saving) props.onAdd(basket, source);
  }

  const count = formatInteger(basket.length);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-label="Pencarian AHSP" className="space-y-2">
        <AhspSearchPanel
          editions={props.editions}
          onOpen={setOpened}
          selection={{ isSelected: (id) => inBasket.has(id), onToggle: toggle, onConfirm: confirm }}
        />
        <p className="text-xs text-slate-600">
          <kbd>↓</kbd> atau <kbd>Enter</kbd> di kotak cari masuk ke daftar hasil. Di daftar: <kbd>↑</kbd>/<kbd>↓</kbd> berpindah,{" "}
          <kbd>Spasi</kbd> memasukkan atau mengeluarkan item, <kbd>→</kbd> menampilkan rinciannya, <kbd>Enter</kbd> menambahkan isi
          keranjang.
        </p>
      </section>
      <section aria-label="Item AHSP terpilih" className="space-y-4">
        <Basket
          title="Keranjang"
          items={basket}
          error={props.error}
          disabled={props.saving}
          onRemove={(id) => setBasket((items) => items.filter((item) => item.ahspId !== id))}
        />
        <SourceChoice value={source} onChange={setSource} />
        <p role="status" aria-live="polite" className="min-h-5 text-sm text-slate-600">
          {props.saving ? `Menambahkan ${count} pekerjaan…` : message}
        </p>
        <Button disabled={basket.length === 0 || props.saving} aria-busy={props.saving} onClick={confirm}>
          {props.saving ? "Menambahkan…" : `Tambahkan item terpilih (${count})`}
        </Button>
        <div className="rounded-lg border border-slate-200 p-4">
          <ItemDetail id={opened} onOpen={setOpened} />
        </div>
      </section>
    </div>
  );
}

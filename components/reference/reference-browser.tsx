"use client";

import { useState } from "react";
import { AhspSearchPanel, type EditionOption } from "./ahsp-search-panel";
import { ItemDetail } from "./item-detail";

export type { EditionOption } from "./ahsp-search-panel";

/** /referensi: the library search and the detail panel of the opened item. */
export function ReferenceBrowser({ editions }: { editions: EditionOption[] }) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <section aria-label="Pencarian AHSP">
        <AhspSearchPanel editions={editions} onOpen={setSelectedId} />
      </section>
      <section aria-label="Detail item AHSP" className="rounded-xl border border-slate-200 bg-white p-4 lg:sticky lg:top-4 lg:self-start">
        <ItemDetail id={selectedId} onOpen={setSelectedId} />
      </section>
    </div>
  );
}

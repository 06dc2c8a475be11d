"use client";

import { useState, type ClipboardEvent } from "react";
import { Notice } from "@/components/ui/notice";
import { PasteErrors } from "@/components/ui/paste-errors";
import { SeparatorChoice } from "@/components/ui/separator-choice";
import { STALE_PASTE_CHOICE, staleRows, type ApiAction } from "@/components/ui/use-api-action";
import { apiFetch } from "@/lib/api/client";
import { formatInteger, type DecimalSeparator } from "@/lib/format/number";
import type { VolumeView } from "@/lib/pekerjaan/types";
import { volumesFromPaste } from "./volume-input";

/** A pekerjaan row a pasted value lands on, with the editVersion the grid shows for it. */
export interface PasteTarget {
  id: string;
  editVersion: number;
  /** The pekerjaan's name when its volume is the sum of a back-up volume list (a paste must not replace that). */
  takeoffOf: string | null;
}

interface Pending {
  text: string;
  targets: PasteTarget[];
  example: string;
}

/**
 * Ctrl+V in the Volume column: one value per line fills the pekerjaan from the active row
 * down, saved in one request (all or nothing). A block whose dots stay ambiguous is asked
 * about once (SeparatorChoice), never per cell.
 */
export function useVolumePaste(path: string, action: ApiAction, onSaved: (volumes: VolumeView[]) => void) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);

  async function paste(text: string, targets: PasteTarget[], separator?: DecimalSeparator) {
    setDone(null);
    const parsed = volumesFromPaste(text, separator);
    if (!parsed.ok) {
      if ("ask" in parsed) setPending({ text, targets, example: parsed.ask });
      else setErrors(parsed.errors);
      return;
    }
    if (parsed.bodies.length > targets.length) {
      setErrors([
        `Tempelan berisi ${formatInteger(parsed.bodies.length)} volume, tetapi dari baris terpilih hanya ada ${formatInteger(targets.length)} pekerjaan.`,
      ]);
      return;
    }
    // A pasted number would silently throw away a back-up volume list: those rows are named instead.
    const sums = targets
      .slice(0, parsed.bodies.length)
      .flatMap((t, i) =>
        t.takeoffOf ? [`Baris ${i + 1}: volume ${t.takeoffOf} adalah jumlah back-up volume; ubah barisnya lewat Back-up.`] : [],
      );
    if (sums.length > 0) return setErrors(sums);
    const items = parsed.bodies.map((body, i) => ({ pekerjaanId: targets[i]!.id, editVersion: targets[i]!.editVersion, ...body }));
    const result = await action.run(() => apiFetch<{ items: VolumeView[] }>(path, { method: "PUT", json: { items }, rowVersioned: true }), {
      inline: true,
    });
    if (!result.ok) {
      const stale = staleRows<VolumeView>(result.error);
      if (stale) {
        onSaved(stale.flatMap((row) => row.current ?? []));
        setErrors([`${result.error.message} ${STALE_PASTE_CHOICE}`]);
        return;
      }
      const rowOf = (p: string) => Number(/^items\.(\d+)/.exec(p)?.[1] ?? -1) + 1;
      setErrors(
        result.error.fields.length ? result.error.fields.map((f) => `Baris ${rowOf(f.path)}: ${f.message}`) : [result.error.message],
      );
      return;
    }
    setErrors([]);
    onSaved(result.value.items);
    setDone(`${formatInteger(items.length)} volume diperbarui dari tempelan.`);
  }

  function onGridPaste(event: ClipboardEvent<HTMLDivElement>, volumeColumn: boolean, targets: PasteTarget[]) {
    const text = event.clipboardData.getData("text/plain");
    // One value pasted into an open cell is ordinary typing, not a bulk paste.
    if ((event.target as HTMLElement).tagName === "INPUT" && !/\n/.test(text.trim())) return;
    if (!volumeColumn) return;
    event.preventDefault();
    void paste(text, targets);
  }

  const view = (
    <>
      {errors.length > 0 && <PasteErrors errors={errors} />}
      {done && <Notice tone="info">{done}</Notice>}
      <SeparatorChoice
        example={pending?.example ?? null}
        onCancel={() => setPending(null)}
        onChoose={(separator) => {
          setPending(null);
          if (pending) void paste(pending.text, pending.targets, separator);
        }}
      />
    </>
  );
  return { onGridPaste, view };
}

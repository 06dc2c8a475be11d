/**
 * The Analisa editor's rows as typed ↔ the PUT …/lines body. Koefisien are read id-ID or
 * "." style and sent as "." decimal strings (6 dp, the column's scale). Pure and tested.
 */
import type { Kategori } from "@/lib/ahsp/types";
import { parseTyped, toInputText } from "@/lib/format/number";
import type { LineView } from "@/lib/pekerjaan/types";

/** A line as the PUT …/lines body sends it: the API's own line shape. */
export type LineBody = LineView;

/** A line being edited: koefisien as typed (id-ID or "." style). */
export interface LineDraft extends LineBody {
  /** React key only; never sent. */
  key: string;
}

export interface BundleOption {
  id: string;
  kode: string | null;
  uraian: string;
  satuan: string;
}

let nextKey = 0;
const newKey = () => `line-${++nextKey}`;

export function draftsOf(lines: readonly LineView[]): LineDraft[] {
  return lines.map((line) => ({ ...line, key: newKey(), koefisien: toInputText(line.koefisien, "koefisien") }));
}

export function emptyLine(kategori: Kategori = "TK"): LineDraft {
  return { key: newKey(), kategori, kode: "", uraian: "", satuan: "", koefisien: "", bundlePekerjaanId: null };
}

/**
 * A bundle line stands for another pekerjaan of the project. Its kode becomes a LAIN
 * resource in the price list (the API links every kode), so it gets a recognisable one:
 * "BDL-" and the pekerjaan's kode, or the start of its id when it has none.
 */
export function bundleLine(line: LineDraft, target: BundleOption): LineDraft {
  return {
    ...line,
    kategori: "LAIN",
    kode: `BDL-${target.kode || target.id.slice(0, 8)}`,
    uraian: target.uraian,
    satuan: target.satuan,
    bundlePekerjaanId: target.id,
  };
}

export type LinesResult = { ok: true; lines: LineBody[] } | { ok: false; errors: Record<string, string> };

/** Errors are keyed like the API's field paths ("lines.2.koefisien"), so both show alike. */
export function linesBody(drafts: readonly LineDraft[]): LinesResult {
  const errors: Record<string, string> = {};
  const lines = drafts.map((d, i): LineBody => {
    const koefisien = parseTyped(d.koefisien, "koefisien");
    if (!koefisien.ok) errors[`lines.${i}.koefisien`] = koefisien.error;
    if (!d.kode.trim()) errors[`lines.${i}.kode`] = "Wajib diisi.";
    if (!d.uraian.trim()) errors[`lines.${i}.uraian`] = "Wajib diisi.";
    return {
      kategori: d.kategori,
      kode: d.kode.trim(),
      uraian: d.uraian.trim(),
      satuan: d.satuan.trim(),
      koefisien: koefisien.ok ? koefisien.value : "",
      bundlePekerjaanId: d.kategori === "LAIN" ? d.bundlePekerjaanId : null,
    };
  });
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, lines };
}

/** Whether the drafts differ from the saved lines (what a save would change). */
export function isDirty(drafts: readonly LineDraft[], saved: readonly LineView[]): boolean {
  const strip = (d: LineDraft) => ({ ...d, key: "", koefisien: normalized(d.koefisien) });
  const current = JSON.stringify(drafts.map(strip));
  return current !== JSON.stringify(draftsOf(saved).map(strip));
}

function normalized(text: string): string {
  const parsed = parseTyped(text, "koefisien");
  return parsed.ok ? parsed.value : text;
}

/**
 * Download names: `RAB_<project-slug>_<yyyy-mm-dd>.xlsx` and the like, and the
 * Content-Disposition header that carries them. The slug keeps the project's own letters
 * (é, ñ…) for browsers that read `filename*` (RFC 6266 / RFC 8187), and an ASCII fallback
 * goes in `filename` for those that do not.
 */
import { jakartaDate } from "@/lib/format/date";

const MAX_SLUG = 80;

/** "Gedung Serbaguna Café, Tahap II" → "gedung-serbaguna-café-tahap-ii"; never empty. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG)
    .replace(/-+$/, "");
  return slug || "proyek";
}

/** Letters without their accents, anything else non-ASCII dropped: the `filename` fallback. */
export function asciiFallback(fileName: string): string {
  const ascii = fileName
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\]/g, "")
    .replace(/-{2,}/g, "-")
    .replace(/(^|_)-+|-+(?=_|\.)/g, "$1")
    .replace(/_{2,}/g, "_");
  return ascii.startsWith(".") || ascii === "" ? `unduhan${ascii}` : ascii;
}

/** `<prefix>_<slug>_<yyyy-mm-dd>.<extension>`. */
export function exportFileName(prefix: string, projectName: string, extension: string, now: Date): string {
  return `${prefix}_${slugify(projectName)}_${jakartaDate(now)}.${extension}`;
}

/** RFC 8187 value: UTF-8 bytes percent-encoded, except the attr-chars that may stay. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="…"; filename*=UTF-8''…` for any file name. */
export function contentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encodeExtValue(fileName)}`;
}

/** The file name a Content-Disposition header gives: `filename*` (UTF-8) first, else `filename`. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // A malformed encoding: fall back to the plain name.
    }
  }
  return /filename\s*=\s*"([^"]*)"/i.exec(header)?.[1] ?? /filename\s*=\s*([^;]+)/i.exec(header)?.[1]?.trim() ?? null;
}

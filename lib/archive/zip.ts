/**
 * The one ZIP reader and writer of the app, on fflate. Reading streams every entry through
 * fflate's inflater and counts the bytes it really produces, so an archive is refused once
 * its content passes a limit: sizes declared in the headers (a central directory may claim
 * 1 KB for a 212 MB sheet) are never trusted. Used for uploaded XLSX (lib/ahsp) and for
 * adding parts to our own exports (lib/exports/xlsx-picture.ts).
 */
import { Unzip, UnzipInflate, zipSync, type Zippable } from "fflate";

export class ZipError extends Error {
  override name = "ZipError";
  constructor(
    message: string,
    readonly reason: "corrupt" | "too-large",
  ) {
    super(message);
  }
}

export interface ZipContent {
  /** Every entry's name, in archive order. */
  names: string[];
  /** Bytes the entries inflated to, all of them. */
  inflatedBytes: number;
  /** The content of the entries `keep` asked for. */
  files: Map<string, Uint8Array>;
}

export interface InflateOptions {
  /** Refuse (ZipError "too-large") once the entries together inflate past this. */
  maxInflatedBytes: number;
  /** Entries whose content to return; the others are inflated, counted and dropped. */
  keep?: (name: string) => boolean;
}

/** Fed to the inflater in slices, so the limit stops it within one slice's output. */
const SLICE_BYTES = 64 * 1024;

export function inflateZip(data: Uint8Array, { maxInflatedBytes, keep = () => true }: InflateOptions): ZipContent {
  const content: ZipContent = { names: [], inflatedBytes: 0, files: new Map() };
  let failure: ZipError | null = null;
  const unzip = new Unzip((file) => {
    content.names.push(file.name);
    const chunks: Uint8Array[] | null = keep(file.name) ? [] : null;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = new ZipError(`Arsip ZIP rusak (${file.name}): ${error.message}`, "corrupt");
        return;
      }
      content.inflatedBytes += chunk.length;
      if (content.inflatedBytes > maxInflatedBytes) {
        failure = new ZipError(`Isi arsip melebihi ${maxInflatedBytes} byte setelah diekstrak.`, "too-large");
        file.terminate();
        return;
      }
      chunks?.push(chunk);
      if (final && chunks) content.files.set(file.name, Buffer.concat(chunks));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < data.length && !failure; at += SLICE_BYTES) {
      unzip.push(data.subarray(at, at + SLICE_BYTES), at + SLICE_BYTES >= data.length);
    }
  } catch (error) {
    // fflate throws on an unknown compression method or a malformed header.
    failure ??= new ZipError(`Arsip ZIP rusak: ${error instanceof Error ? error.message : String(error)}`, "corrupt");
  }
  if (failure) throw failure;
  return content;
}

export interface NewEntry {
  name: string;
  content: Uint8Array | string;
  /** false for content that is compressed already (a PNG). */
  compress?: boolean;
}

/** A new archive of `entries`, in order. */
export function writeZip(entries: readonly NewEntry[]): Buffer {
  const files: Zippable = {};
  for (const { name, content, compress = true } of entries) {
    const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    files[name] = [bytes, { level: compress ? 6 : 0 }];
  }
  return Buffer.from(zipSync(files));
}

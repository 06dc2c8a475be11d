/**
 * Just enough ZIP to add parts to an XLSX that exceljs has written (./xlsx-picture.ts): read
 * an archive's entries from its central directory, each keeping its compressed bytes as they
 * are, and write entries out as a new archive. No ZIP64, encryption or split archives: an
 * export is a few MB.
 */
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  /** Uncompressed size. */
  size: number;
  /** DOS time (low 16 bits) and date (high 16 bits). */
  modified: number;
  /** The bytes as stored in the archive (compressed when method is 8). */
  data: Buffer;
}

const SIGNATURE = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50 };
const END_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const VERSION = 20;
/** General purpose flag bit 11: the names are UTF-8. */
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;

export function readZip(archive: Buffer): ZipEntry[] {
  const end = archive.lastIndexOf(END_SIGNATURE);
  if (end < 0) throw new Error("Bukan arsip ZIP: akhir direktori tidak ditemukan");
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(at) !== SIGNATURE.central) throw new Error(`Arsip ZIP rusak pada entri ${i + 1}`);
    const nameLength = archive.readUInt16LE(at + 28);
    const local = archive.readUInt32LE(at + 42);
    // The local header's own name and extra lengths place the data (the extra may differ from the central one).
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    entries.push({
      name: archive.toString("utf8", at + 46, at + 46 + nameLength),
      method: archive.readUInt16LE(at + 10),
      modified: archive.readUInt32LE(at + 12),
      crc: archive.readUInt32LE(at + 16),
      size: archive.readUInt32LE(at + 24),
      data: archive.subarray(start, start + archive.readUInt32LE(at + 20)),
    });
    at += 46 + nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
  }
  return entries;
}

export function entryContent(entry: ZipEntry): Buffer {
  if (entry.method === STORED) return entry.data;
  if (entry.method === DEFLATED) return inflateRawSync(entry.data);
  throw new Error(`${entry.name}: metode kompresi ${entry.method} tidak didukung`);
}

/** A new entry: deflated, or stored when its content is compressed already (a PNG). */
export function newEntry(name: string, content: Buffer | string, { compress = true } = {}): ZipEntry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return {
    name,
    method: compress ? DEFLATED : STORED,
    crc: crc32(bytes),
    size: bytes.length,
    modified: dosDateTime(new Date()),
    data: compress ? deflateRawSync(bytes) : bytes,
  };
}

function dosDateTime(at: Date): number {
  const time = (at.getHours() << 11) | (at.getMinutes() << 5) | (at.getSeconds() >> 1);
  const date = ((at.getFullYear() - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate();
  return ((date << 16) | time) >>> 0;
}

/** Every entry with a local header carrying its sizes (no data descriptors), then the central directory. */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(SIGNATURE.local, 0);
    local.writeUInt16LE(VERSION, 4);
    writeCommon(local, 6, entry, name.length);
    chunks.push(local, name, entry.data);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(SIGNATURE.central, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(VERSION, 6);
    writeCommon(header, 8, entry, name.length);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(SIGNATURE.end, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

/** The fields local and central headers share, from flags to the extra field's length (0). */
function writeCommon(header: Buffer, at: number, entry: ZipEntry, nameLength: number) {
  header.writeUInt16LE(UTF8_NAMES, at);
  header.writeUInt16LE(entry.method, at + 2);
  header.writeUInt32LE(entry.modified, at + 4);
  header.writeUInt32LE(entry.crc, at + 8);
  header.writeUInt32LE(entry.data.length, at + 12);
  header.writeUInt32LE(entry.size, at + 16);
  header.writeUInt16LE(nameLength, at + 20);
  header.writeUInt16LE(0, at + 22);
}

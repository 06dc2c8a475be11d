/**
 * Just enough of the ZIP format to list entry names and declared sizes from the central
 * directory, so an XLSX can be recognised (an `xl/` entry) and a zip bomb refused before
 * anything is inflated. Nothing is decompressed here.
 */

export interface ZipListing {
  names: string[];
  /** Sum of the declared uncompressed sizes. */
  totalUncompressed: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_MIN_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const CENTRAL_HEADER_SIZE = 46;
const ZIP64_EXTRA_ID = 0x0001;
const U32_MAX = 0xffffffff;

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_MIN_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

function readU64(view: DataView, at: number): number {
  return Number(view.getBigUint64(at, true));
}

interface DirectoryLocation {
  offset: number;
  size: number;
}

function locateDirectory(view: DataView, eocd: number): DirectoryLocation | null {
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (offset !== U32_MAX && size !== U32_MAX) return { offset, size };
  // ZIP64: the real values live in the ZIP64 end record, found through its locator.
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const record = readU64(view, locator + 8);
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) return null;
  return { size: readU64(view, record + 40), offset: readU64(view, record + 48) };
}

function zip64UncompressedSize(view: DataView, extraStart: number, extraEnd: number): number {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA_ID && at + 12 <= extraEnd) return readU64(view, at + 4);
    at += 4 + length;
  }
  return Number.POSITIVE_INFINITY; // declared as ZIP64 but unreadable: treat as too big
}

/** Lists a zip archive's entries, or returns null when the bytes are not a readable zip. */
export function listZipEntries(data: Uint8Array): ZipListing | null {
  if (data.byteLength < EOCD_MIN_SIZE) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return null;
  const directory = locateDirectory(view, eocd);
  if (!directory || directory.offset + directory.size > data.byteLength) return null;

  const decoder = new TextDecoder("utf-8");
  const names: string[] = [];
  let totalUncompressed = 0;
  const end = directory.offset + directory.size;
  for (let at = directory.offset; at + CENTRAL_HEADER_SIZE <= end; ) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER_SIGNATURE) return null;
    const declaredSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameStart = at + CENTRAL_HEADER_SIZE;
    const extraStart = nameStart + nameLength;
    if (extraStart + extraLength > end) return null;
    names.push(decoder.decode(data.subarray(nameStart, extraStart)));
    totalUncompressed +=
      declaredSize === U32_MAX ? zip64UncompressedSize(view, extraStart, extraStart + extraLength) : declaredSize;
    at = extraStart + extraLength + commentLength;
  }
  return { names, totalUncompressed };
}

/**
 * The audit trail in words: Indonesian names of its kinds, actions and recorded fields, and
 * recorded values as the pages show them (decimals id-ID). Browser-safe, for the Riwayat page.
 */
import { KATEGORI_LABELS } from "@/lib/format/kategori";
import { formatDay } from "@/lib/format/date";
import { formatDecimal, formatInteger, formatKoefisien, formatMoney, formatPercent, formatQuantity } from "@/lib/format/number";
import { ROLE_LABELS } from "@/lib/projects/roles";
import { VERSION_KIND_LABELS } from "@/lib/versions/types";
import type { AuditChange, AuditEntity } from "./index";

/** Every kind the trail records (the jadwal_names migration moved `schedule` entries to `jadwal`). */
const ENTITY_LABELS: Record<AuditEntity, string> = {
  project: "Proyek",
  pricing: "Pengaturan harga",
  klasifikasi: "Klasifikasi",
  subKlasifikasi: "Sub-klasifikasi",
  pekerjaan: "Pekerjaan",
  "pekerjaan.lines": "Analisa",
  "pekerjaan.volume": "Volume",
  parameter: "Parameter",
  hargaItems: "Harga Items",
  jadwal: "Jadwal",
  member: "Anggota tim",
  invitation: "Undangan",
  version: "Versi",
};

const ACTION_LABELS: Record<AuditChange["action"], string> = {
  create: "ditambah",
  update: "diubah",
  replace: "diganti",
  convert: "dikonversi",
  delete: "dihapus",
  archive: "diarsipkan",
  restore: "dipulihkan",
  copy: "dibuat sebagai salinan",
  import: "dipulihkan dari cadangan",
  "apply-template": "ditambah dari templat",
  accept: "menerima undangan",
  transfer: "dialihkan ke pemilik baru",
};

/** A stored entity string; one the code no longer knows is shown as it was stored. */
export function entityLabel(entity: string): string {
  return (ENTITY_LABELS as Record<string, string>)[entity] ?? entity;
}

export function actionLabel(action: string): string {
  return ACTION_LABELS[action as AuditChange["action"]] ?? action;
}

const FIELD_LABELS: Record<string, string> = {
  name: "Nama",
  location: "Lokasi",
  client: "Pemberi tugas",
  fundingSource: "Sumber dana",
  fiscalYear: "Tahun anggaran",
  ownerBudget: "Pagu anggaran (Rp)",
  description: "Keterangan",
  parties: "Para pihak",
  startDate: "Tanggal mulai",
  durationDays: "Durasi (hari kalender)",
  weekEndDay: "Hari akhir minggu",
  overheadProfitPercent: "Biaya umum & keuntungan (%)",
  ppnPercent: "PPN (%)",
  roundingBase: "Pembulatan ke kelipatan",
  unitPriceRounding: "Pembulatan harga satuan",
  kategori: "Kategori",
  kode: "Kode",
  uraian: "Uraian",
  satuan: "Satuan",
  harga: "Harga (Rp)",
  koefisien: "Koefisien",
  bundlePekerjaanId: "Bundle",
  volume: "Volume",
  volumeFormula: "Rumus volume",
  takeoff: "Back-up volume",
  formula: "Rumus",
  result: "Hasil",
  value: "Nilai",
  reevaluated: "Volume dihitung ulang",
  source: "Sumber",
  ahspKode: "Kode AHSP",
  ahspEdition: "Edisi AHSP",
  lineCount: "Jumlah baris analisa",
  pekerjaanCount: "Jumlah pekerjaan",
  lines: "Baris analisa",
  email: "Email",
  role: "Peran",
  invitedById: "Diundang oleh",
  ownerId: "Pemilik",
  planned: "Rencana (%)",
  actual: "Realisasi (%)",
  actualCost: "Biaya realisasi (Rp)",
  note: "Catatan",
  week: "Minggu",
  entries: "Isian jadwal",
  field: "Bagian",
  templateName: "Templat",
  klasifikasi: "Klasifikasi",
  subKlasifikasi: "Sub-klasifikasi",
  pekerjaan: "Pekerjaan",
  position: "Urutan",
  kind: "Jenis",
  total: "Total (Rp)",
  automaticVersionId: "Versi otomatis",
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/** The decimal columns, each shown as its own grid shows it. */
const DECIMAL_FORMATS: Record<string, (value: string) => string> = {
  harga: formatMoney,
  ownerBudget: formatMoney,
  actualCost: formatMoney,
  total: formatMoney,
  volume: formatQuantity,
  koefisien: formatKoefisien,
  overheadProfitPercent: formatPercent,
  ppnPercent: formatPercent,
  planned: formatPercent,
  actual: formatPercent,
  value: formatDecimal,
};

const VALUE_LABELS: Record<string, Record<string, string>> = {
  kategori: KATEGORI_LABELS,
  role: ROLE_LABELS,
  field: { planned: "rencana", actual: "realisasi" },
  // As the pekerjaan's source badge names them.
  source: { ref: "Referensi", ref_modified: "Modifikasi", custom: "Custom" },
  kind: VERSION_KIND_LABELS,
};

export const EMPTY_VALUE = "(kosong)";

/**
 * A recorded value as text: decimals and dates in id-ID, codes by their names, ids by the name
 * in `names` (people, pekerjaan) where known; never a float.
 */
export function displayValue(field: string, value: unknown, names: Readonly<Record<string, string>> = {}): string {
  if (value === null || value === undefined || value === "") return EMPTY_VALUE;
  if (typeof value === "boolean") return value ? "ya" : "tidak";
  // Positions are 0-based in the API; a reader counts from 1.
  if (field === "position" && typeof value === "number") return formatInteger(value + 1);
  if (typeof value === "number") return Number.isInteger(value) ? formatInteger(value) : formatDecimal(String(value));
  if (typeof value !== "string") return JSON.stringify(value);
  if (Object.hasOwn(names, value)) return names[value]!;
  const format = DECIMAL_FORMATS[field];
  if (format && /^-?\d+(\.\d+)?$/.test(value)) return format(value);
  if (field === "startDate") return formatDay(value);
  return VALUE_LABELS[field]?.[value] ?? value;
}

/**
 * What an entry is about, where its kind alone does not say: a pekerjaan by name (from
 * `pekerjaan`, the page's names by id), else the kode, name or email the entry recorded.
 * The project's own entries need none on the project's page.
 */
export function entrySubject(
  entry: { entity: string; entityId: string | null; before: unknown; after: unknown },
  pekerjaan: Readonly<Record<string, string>>,
): string | null {
  if (entry.entity === "project" || entry.entity === "pricing") return null;
  if (entry.entityId && Object.hasOwn(pekerjaan, entry.entityId)) return pekerjaan[entry.entityId]!;
  const recorded = [entry.after, entry.before].find((v): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v));
  if (!recorded) return null;
  const text = (field: string) => (typeof recorded[field] === "string" ? (recorded[field] as string) : "");
  if (text("kode")) return [text("kode"), text("uraian")].filter(Boolean).join(" ");
  return text("name") || text("uraian") || text("templateName") || text("email") || null;
}

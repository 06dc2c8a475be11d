/**
 * The tambah-kurang comparison of two analyzed states of a project ("from", the contract or an
 * earlier version; "to", the addendum or the live estimate). Pure: no I/O.
 *
 * Every money figure is a side's printed Rekap RAB figure (rekapRabOf: the engine's rounding);
 * this module only takes differences and sums of them, so everything it prints re-adds:
 * Σ tambah − Σ kurang = D after − D before, and each node's sums are the sums of its rows.
 *
 * Pekerjaan are matched by id (their stable identity across versions), never by kode or
 * position. A matched or added row sits where the "to" tree has it; a removed row under its
 * "from" klasifikasi / sub-klasifikasi, found in the "to" tree by id, else by name, else added
 * after the "to" tree's nodes.
 */
import { type AnalyzedLine, Decimal, type PekerjaanAnalysis, type RekapRab } from "@/lib/calc";
import { koefisienText, money, percentText, volumeText } from "@/lib/kernel/decimal";
import type { CalcProject } from "@/lib/rekap/cache";
import type { LoadedPekerjaan, LoadedProject } from "@/lib/rekap/load";
import { printedTotals, rekapRabOf } from "@/lib/rekap/rekap-rab";
import type {
  CompareChange,
  CompareKlasifikasi,
  CompareLine,
  CompareRow,
  CompareSubKlasifikasi,
  CompareSums,
  CompareTotals,
  Comparison,
} from "./types";

export interface CompareOptions {
  /** A net increase above this share of D before is flagged (percent, e.g. "10"). */
  thresholdPercent: string;
}

const ZERO = new Decimal(0);

/** A pekerjaan on one side: its loaded fields, its analysis and the sub-klasifikasi it sits in. */
interface Placed {
  p: LoadedPekerjaan;
  a: PekerjaanAnalysis;
  subId: string;
}

interface Side {
  calc: CalcProject;
  rekap: RekapRab;
  byId: Map<string, Placed>;
}

export function compareProjects(from: CalcProject, to: CalcProject, options: CompareOptions): Comparison {
  const before = sideOf(from);
  const after = sideOf(to);
  const klasifikasi = to.project.klasifikasi.map((k) => ({
    id: k.id,
    name: k.name,
    subKlasifikasi: k.subKlasifikasi.map((s) => ({
      id: s.id,
      name: s.name,
      rows: s.pekerjaan.map((p) => rowOf(before.byId.get(p.id) ?? null, after.byId.get(p.id)!, before, after)),
    })),
  }));
  placeRemoved(klasifikasi, before, after);
  const nodes = klasifikasi.map((k) => {
    const subKlasifikasi = k.subKlasifikasi.map((s): CompareSubKlasifikasi => ({
      id: s.id,
      name: s.name,
      ...sumsOf(s.rows),
      pekerjaan: s.rows,
    }));
    return { id: k.id, name: k.name, ...sumsOf(subKlasifikasi), subKlasifikasi } satisfies CompareKlasifikasi;
  });
  return { klasifikasi: nodes, totals: totalsOf(before.rekap, after.rekap, sumsOf(nodes), options) };
}

function sideOf(calc: CalcProject): Side {
  const rekap = rekapRabOf(calc);
  const byId = new Map<string, Placed>();
  calc.project.klasifikasi.forEach((k, ki) =>
    k.subKlasifikasi.forEach((s, si) =>
      s.pekerjaan.forEach((p, pi) => byId.set(p.id, { p, a: rekap.klasifikasi[ki]!.subKlasifikasi[si]!.pekerjaan[pi]!, subId: s.id })),
    ),
  );
  return { calc, rekap, byId };
}

interface Draft {
  id: string;
  name: string;
  subKlasifikasi: { id: string; name: string; rows: CompareRow[] }[];
}

/** Removed pekerjaan, in "from" order, under their "from" klasifikasi and sub-klasifikasi. */
function placeRemoved(tree: Draft[], before: Side, after: Side): void {
  for (const k of before.calc.project.klasifikasi) {
    for (const s of k.subKlasifikasi) {
      const removed = s.pekerjaan.filter((p) => !after.byId.has(p.id));
      if (removed.length === 0) continue;
      const klasifikasi = findNode(tree, k) ?? push(tree, { id: k.id, name: k.name, subKlasifikasi: [] });
      const sub = findNode(klasifikasi.subKlasifikasi, s) ?? push(klasifikasi.subKlasifikasi, { id: s.id, name: s.name, rows: [] });
      sub.rows.push(...removed.map((p) => rowOf(before.byId.get(p.id)!, null, before, after)));
    }
  }
}

function findNode<T extends { id: string; name: string }>(nodes: T[], wanted: { id: string; name: string }): T | undefined {
  return nodes.find((n) => n.id === wanted.id) ?? nodes.find((n) => n.name === wanted.name);
}

function push<T>(list: T[], item: T): T {
  list.push(item);
  return item;
}

function rowOf(b: Placed | null, a: Placed | null, before: Side, after: Side): CompareRow {
  const shown = (a ?? b)!.p;
  const jumlahBefore = b?.a.jumlah ?? null;
  const jumlahAfter = a?.a.jumlah ?? null;
  const jumlahDelta = (jumlahAfter ?? ZERO).minus(jumlahBefore ?? ZERO);
  const changes = b && a ? changesOf(b, a) : [];
  const lineChanges =
    b && a && changes.includes("lines") ? changedLines(b.a.lines, a.a.lines, before.calc.project, after.calc.project) : null;
  return {
    pekerjaanId: shown.id,
    kode: shown.kode,
    uraian: shown.uraian,
    satuan: shown.satuan,
    status: !b ? "added" : !a ? "removed" : changes.length > 0 ? "changed" : "unchanged",
    volumeBefore: b ? volumeText(b.a.volume) : null,
    volumeAfter: a ? volumeText(a.a.volume) : null,
    volumeDelta: volumeText((a?.a.volume ?? ZERO).minus(b?.a.volume ?? ZERO)),
    hargaSatuanBefore: b ? money(b.a.hargaSatuan) : null,
    hargaSatuanAfter: a ? money(a.a.hargaSatuan) : null,
    hargaSatuanDelta: money((a?.a.hargaSatuan ?? ZERO).minus(b?.a.hargaSatuan ?? ZERO)),
    jumlahBefore: jumlahBefore && money(jumlahBefore),
    jumlahAfter: jumlahAfter && money(jumlahAfter),
    jumlahDelta: money(jumlahDelta),
    tambah: money(Decimal.max(jumlahDelta, ZERO)),
    kurang: money(Decimal.max(jumlahDelta.negated(), ZERO)),
    changes,
    ...(lineChanges ? { lines: lineChanges } : {}),
  };
}

function changesOf(b: Placed, a: Placed): CompareChange[] {
  const changes: CompareChange[] = [];
  if (!b.a.volume.eq(a.a.volume)) changes.push("volume");
  if (!b.a.hargaSatuan.eq(a.a.hargaSatuan)) changes.push("harga");
  if (linesDiffer(b.a.lines, a.a.lines)) changes.push("lines");
  if (!b.a.overheadProfitPercent.eq(a.a.overheadProfitPercent)) changes.push("buk");
  if (b.p.uraian !== a.p.uraian) changes.push("uraian");
  if (b.p.kode !== a.p.kode) changes.push("kode");
  if (b.p.satuan !== a.p.satuan) changes.push("satuan");
  if (b.subId !== a.subId) changes.push("moved");
  return changes;
}

/** Lines match by kategori, kode and bundle, the n-th such line before with the n-th after (a kode may repeat). */
function lineKeys(lines: readonly AnalyzedLine[]): string[] {
  const seen = new Map<string, number>();
  return lines.map((l) => {
    const key = `${l.kategori}\u0000${l.kode}\u0000${l.bundlePekerjaanId ?? ""}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${key}\u0000${n}`;
  });
}

function sameLine(x: AnalyzedLine, y: AnalyzedLine): boolean {
  return x.koefisien.eq(y.koefisien) && x.harga.eq(y.harga);
}

function linesDiffer(before: readonly AnalyzedLine[], after: readonly AnalyzedLine[]): boolean {
  if (before.length !== after.length) return true;
  const keysBefore = lineKeys(before);
  const keysAfter = lineKeys(after);
  return before.some((l, i) => keysBefore[i] !== keysAfter[i] || !sameLine(l, after[i]!));
}

/** The lines whose koefisien or harga differ, or that one side lacks: "after" order, then the removed ones. */
function changedLines(
  before: readonly AnalyzedLine[],
  after: readonly AnalyzedLine[],
  fromProject: LoadedProject,
  toProject: LoadedProject,
): CompareLine[] {
  const beforeByKey = new Map(lineKeys(before).map((key, i) => [key, before[i]!]));
  const afterKeys = lineKeys(after);
  const out: CompareLine[] = [];
  afterKeys.forEach((key, i) => {
    const y = after[i]!;
    const x = beforeByKey.get(key) ?? null;
    if (!x || !sameLine(x, y)) out.push(lineOf(x, y, toProject));
  });
  const afterSet = new Set(afterKeys);
  lineKeys(before).forEach((key, i) => {
    if (!afterSet.has(key)) out.push(lineOf(before[i]!, null, fromProject));
  });
  return out;
}

function lineOf(x: AnalyzedLine | null, y: AnalyzedLine | null, project: LoadedProject): CompareLine {
  const shown = (y ?? x)!;
  return {
    kategori: shown.kategori,
    kode: shown.kode,
    uraian: project.hargaItems.get(shown.kode)?.uraian ?? "",
    koefisienBefore: x && koefisienText(x.koefisien),
    koefisienAfter: y && koefisienText(y.koefisien),
    hargaBefore: x && money(x.harga),
    hargaAfter: y && money(y.harga),
  };
}

/** A node's sums: of its rows, or of its child nodes (which are sums of their rows). */
function sumsOf(
  items: readonly { jumlahBefore: string | null; jumlahAfter: string | null; tambah: string; kurang: string }[],
): CompareSums {
  const sum = (pick: (item: (typeof items)[number]) => string | null) => money(items.reduce((s, item) => s.plus(pick(item) ?? 0), ZERO));
  return {
    jumlahBefore: sum((i) => i.jumlahBefore),
    jumlahAfter: sum((i) => i.jumlahAfter),
    tambah: sum((i) => i.tambah),
    kurang: sum((i) => i.kurang),
  };
}

/**
 * The net change against D before (the contract's biaya langsung): both exclude PPN, so a
 * change of PPN rate between the sides does not count as an addendum of the work. The
 * threshold compares the exact ratio; only an increase is flagged (a deduction needs no
 * special approval).
 */
function totalsOf(before: RekapRab, after: RekapRab, sums: CompareSums, options: CompareOptions): CompareTotals {
  const net = new Decimal(sums.tambah).minus(sums.kurang);
  const base = before.totalBiayaLangsung;
  const threshold = new Decimal(options.thresholdPercent);
  return {
    before: printedTotals(before),
    after: printedTotals(after),
    tambah: sums.tambah,
    kurang: sums.kurang,
    net: money(net),
    netPercent: base.isZero() ? null : percentText(net.times(100).div(base)),
    thresholdPercent: percentText(threshold),
    overThreshold: net.gt(0) && net.times(100).gt(threshold.times(base)),
  };
}

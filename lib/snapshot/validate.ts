/**
 * Parses an untrusted snapshot (an uploaded backup, a stored template) and checks that it is
 * whole before anything is written: its format and version (an older version is upgraded
 * first, ./upgrade.ts), every field's bounds, and every reference inside it (line → resource
 * kode, bundle → pekerjaan key, jadwal entry → pekerjaan key, volume formula and back-up volume
 * rows → parameters),
 * plus the rules the API enforces on each write: bundle lines are LAIN, the bundle graph has
 * no cycle and no chain deeper than the engine allows, and the jadwal keeps to the jadwal
 * rules. Pure: no database. It accepts every state the app itself can reach (a backup of it
 * must restore), and the project size ceiling.
 *
 * A formula's volume, and each back-up volume row's result and their sum, are recomputed from the
 * file's parameters rather than taken from the file, so a restored project is always consistent
 * with its own formulas. A template's back-up rows are checked against the template's parameters
 * (and recomputed with the receiving project's when it is applied, lib/snapshot/write.ts).
 */
import { ApiError, type FieldError } from "@/lib/kernel/errors";
import { toDbDecimal } from "@/lib/kernel/decimal";
import { zodFieldErrors } from "@/lib/kernel/zod";
import { ParameterScope, projectWeeks, toDecimal } from "@/lib/calc";
import { bundleGraphError } from "@/lib/pekerjaan/bundles";
import { describePekerjaan } from "@/lib/pekerjaan/repository";
import { computeTakeoff } from "@/lib/pekerjaan/takeoff";
import { evaluateVolume } from "@/lib/pekerjaan/volume";
import { checkBatch, type PekerjaanEntries } from "@/lib/jadwal/rules";
import { snapshotSizeProblem } from "./counts";
import {
  pekerjaanOf,
  type ProjectSnapshot,
  projectSnapshotSchema,
  type Snapshot,
  SNAPSHOT_FORMAT,
  type SnapshotPekerjaan,
  type SnapshotTakeoffRow,
  type TemplateSnapshot,
  templateSnapshotSchema,
} from "./format";
import { READABLE_VERSIONS, upgradeSnapshot } from "./upgrade";

/** At most this many problems are listed: enough to fix a file, bounded for a hostile one. */
const MAX_REPORTED = 50;

interface Kinds {
  project: ProjectSnapshot;
  template: TemplateSnapshot;
}

/**
 * The snapshot of `kind` in `input`, normalized, or a 400 listing what is wrong (paths into
 * the document). `label` names the document in the message ("Berkas cadangan").
 */
export function parseSnapshot<K extends keyof Kinds>(input: unknown, kind: K, label: string): Kinds[K] {
  const upgraded = upgradeSnapshot(assertHeader(input, kind, label));
  if (upgraded.problems) throw invalid(label, upgraded.problems);
  const { document, inputPath } = upgraded;
  const result = checkDocument(document, kind);
  if (!Array.isArray(result)) return result as Kinds[K];
  throw invalid(
    label,
    result.map((p) => ({ ...p, path: inputPath(p.path) })),
  );
}

/** The current-version `document` normalized, or its problems (paths into `document`). */
function checkDocument(document: Record<string, unknown>, kind: keyof Kinds): Snapshot | FieldError[] {
  const tooBig = snapshotSizeProblem(document);
  if (tooBig) return [tooBig];
  const schema = kind === "project" ? projectSnapshotSchema : templateSnapshotSchema;
  const parsed = schema.safeParse(document);
  if (!parsed.success) return zodFieldErrors(parsed.error);
  const snapshot = parsed.data as Snapshot;
  const { problems, volumes, takeoffs } = checkReferences(snapshot);
  if (problems.length > 0) return problems;
  return withComputed(snapshot, volumes, takeoffs);
}

/** Format, version and kind first: a foreign or newer document gets one clear sentence. */
function assertHeader(input: unknown, kind: string, label: string): Record<string, unknown> {
  const doc = (typeof input === "object" && input !== null && !Array.isArray(input) ? input : {}) as Record<string, unknown>;
  if (doc.format !== SNAPSHOT_FORMAT) {
    throw invalid(label, [{ path: "format", message: `Bukan dokumen proyek RAB AHSP (format harus "${SNAPSHOT_FORMAT}").` }]);
  }
  if (!READABLE_VERSIONS.includes(doc.version)) {
    const message = `Versi format ${JSON.stringify(doc.version ?? null)} tidak didukung; versi yang didukung: ${READABLE_VERSIONS.join(", ")}.`;
    throw invalid(label, [{ path: "version", message }]);
  }
  if (doc.kind !== kind) {
    throw invalid(label, [{ path: "kind", message: `Jenis dokumen harus "${kind}" (diberikan: ${JSON.stringify(doc.kind ?? null)}).` }]);
  }
  return doc;
}

function invalid(label: string, fields: FieldError[]): ApiError {
  const first = fields[0]!;
  const more = fields.length > 1 ? ` (dan ${fields.length - 1} masalah lain)` : "";
  // The field's message ends its own sentence: drop its period so this one does not print "..".
  const detail = first.message.replace(/\.$/, "");
  const message = `${label} tidak valid: ${first.path ? `${first.path}: ` : ""}${detail}${more}. Tidak ada yang disimpan.`;
  return ApiError.validation(fields.slice(0, MAX_REPORTED), message);
}

interface Checked {
  problems: FieldError[];
  /** Pekerjaan key → the volume it will have (a formula's value or a take-off's sum, recomputed). */
  volumes: Map<string, string>;
  /** Pekerjaan key → its back-up volume rows with their results recomputed. */
  takeoffs: Map<string, SnapshotTakeoffRow[]>;
}

type Add = (path: string, message: string) => void;
type Located = { pekerjaan: SnapshotPekerjaan; path: string };

/** Every internal reference and cross-row rule; no problems when the snapshot is whole. */
function checkReferences(snapshot: Snapshot): Checked {
  const problems: FieldError[] = [];
  const volumes = new Map<string, string>();
  const takeoffs = new Map<string, SnapshotTakeoffRow[]>();
  const all = pekerjaanOf(snapshot);
  const add: Add = (path, message) => {
    if (problems.length < MAX_REPORTED) problems.push({ path, message });
  };
  const kategoriOf = new Map<string, string>();
  snapshot.hargaItems.forEach((h, i) => {
    if (kategoriOf.has(h.kode)) add(`hargaItems.${i}.kode`, `Kode ${h.kode} muncul lebih dari sekali.`);
    kategoriOf.set(h.kode, h.kategori);
  });
  const keys = new Set<string>();
  for (const { pekerjaan, path } of all) {
    if (keys.has(pekerjaan.key)) add(`${path}.key`, `Kunci pekerjaan ${pekerjaan.key} muncul lebih dari sekali.`);
    keys.add(pekerjaan.key);
  }
  for (const { pekerjaan, path } of all) {
    pekerjaan.lines.forEach((line, i) => {
      const kategori = kategoriOf.get(line.kode);
      if (kategori === undefined) add(`${path}.lines.${i}.kode`, `Kode ${line.kode} tidak ada di hargaItems.`);
      if (line.bundle === null) return;
      if (!keys.has(line.bundle)) add(`${path}.lines.${i}.bundle`, `Pekerjaan ${line.bundle} tidak ada di dokumen ini.`);
      else if (kategori !== undefined && kategori !== "LAIN") add(`${path}.lines.${i}.kode`, "Baris bundle harus berkategori LAIN.");
    });
  }
  // The graph check assumes every bundle names a pekerjaan of the document.
  if (problems.length === 0) bundleProblems(all, add);
  const scope = parameterScopeOf(snapshot.parameters, add);
  takeoffProblems(all, scope, takeoffs, volumes, add);
  if (snapshot.kind === "project") projectProblems(snapshot, all, scope, volumes, add);
  return { problems, volumes, takeoffs };
}

function parameterScopeOf(parameters: Snapshot["parameters"], add: Add): ParameterScope {
  const names = new Set<string>();
  parameters.forEach((p, i) => {
    if (names.has(p.name)) add(`parameters.${i}.name`, `Parameter ${p.name} muncul lebih dari sekali.`);
    names.add(p.name);
  });
  return new ParameterScope(new Map(parameters.map((p) => [p.name, toDecimal(p.value)])));
}

/** Back-up volume rows evaluate with the document's parameters; their sum is the volume, never with a formula too. */
function takeoffProblems(
  all: readonly Located[],
  scope: ParameterScope,
  takeoffs: Map<string, SnapshotTakeoffRow[]>,
  volumes: Map<string, string>,
  add: Add,
): void {
  for (const { pekerjaan, path } of all) {
    if (pekerjaan.takeoff.length === 0) continue;
    if (pekerjaan.volumeFormula != null) add(`${path}.volumeFormula`, "Pekerjaan dengan back-up volume tidak memakai rumus volume.");
    const outcome = computeTakeoff(pekerjaan.takeoff, scope, `${path}.takeoff`);
    if (!outcome.ok) {
      for (const problem of outcome.problems) add(problem.path, problem.message);
      continue;
    }
    takeoffs.set(pekerjaan.key, outcome.rows);
    volumes.set(pekerjaan.key, outcome.volume);
  }
}

function bundleProblems(all: readonly Located[], add: Add): void {
  const edges = all.flatMap(({ pekerjaan }) =>
    pekerjaan.lines.flatMap((l) => (l.bundle === null ? [] : [{ from: pekerjaan.key, to: l.bundle }])),
  );
  const error = bundleGraphError(edges);
  if (!error) return;
  const first = all.find(({ pekerjaan }) => pekerjaan.key === error.chain[0]);
  add(first ? `${first.path}.lines` : "klasifikasi", error.message);
}

function projectProblems(
  snapshot: ProjectSnapshot,
  all: readonly Located[],
  scope: ParameterScope,
  volumes: Map<string, string>,
  add: Add,
): void {
  for (const { pekerjaan, path } of all) {
    if (volumes.has(pekerjaan.key)) continue; // a take-off's sum
    volumes.set(pekerjaan.key, pekerjaan.volume ?? "0");
    if (pekerjaan.volumeFormula == null) continue;
    try {
      volumes.set(pekerjaan.key, toDbDecimal(evaluateVolume(pekerjaan.volumeFormula, scope, `${path}.volumeFormula`)));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      add(`${path}.volumeFormula`, error.message);
    }
  }
  jadwalProblems(snapshot, all, add);
}

/**
 * The jadwal rules of lib/jadwal, on the whole jadwal as if it were one batch, except the
 * one that only guards data entry: progress on a zero volume is refused when it is typed, but
 * a pekerjaan keeps its jadwal when its volume later drops to 0 (a volume or parameter edit).
 * The import accepts exactly the states the app can reach, so such a backup restores.
 */
function jadwalProblems(snapshot: ProjectSnapshot, all: readonly Located[], add: Add): void {
  const keys = new Set(all.map(({ pekerjaan }) => pekerjaan.key));
  const missing = snapshot.jadwal.findIndex((e) => !keys.has(e.pekerjaan));
  if (missing >= 0) {
    add(`jadwal.${missing}.pekerjaan`, `Pekerjaan ${snapshot.jadwal[missing]!.pekerjaan} tidak ada di dokumen ini.`);
    return;
  }
  // The schema admitted only a calendar the engine accepts.
  const weekCount = projectWeeks(snapshot.project).length;
  const byPekerjaan = new Map<string, PekerjaanEntries>(
    all.map(({ pekerjaan: p }) => [p.key, { id: p.key, label: describePekerjaan(p), hasVolume: true, entries: new Map() }]),
  );
  const decimal = (v: string | null) => (v === null ? null : toDecimal(v));
  const batch = snapshot.jadwal.map((e) => ({
    pekerjaanId: e.pekerjaan,
    week: e.week,
    planned: decimal(e.planned),
    actual: decimal(e.actual),
    actualCost: decimal(e.actualCost),
    note: e.note,
  }));
  for (const v of checkBatch(batch, byPekerjaan, weekCount)) add(`jadwal.${v.index}.${v.field}`, v.message);
}

/** The document with the recomputed volumes (a project's) and back-up volume results. */
function withComputed(
  snapshot: Snapshot,
  volumes: ReadonlyMap<string, string>,
  takeoffs: ReadonlyMap<string, SnapshotTakeoffRow[]>,
): Snapshot {
  const computed = (p: SnapshotPekerjaan) => ({
    ...p,
    ...(snapshot.kind === "project" ? { volume: volumes.get(p.key) ?? p.volume } : {}),
    takeoff: takeoffs.get(p.key) ?? p.takeoff,
  });
  return {
    ...snapshot,
    klasifikasi: snapshot.klasifikasi.map((k) => ({
      ...k,
      subKlasifikasi: k.subKlasifikasi.map((s) => ({ ...s, pekerjaan: s.pekerjaan.map(computed) })),
    })),
  } as Snapshot;
}

/**
 * Versions of a project's estimate (README "Versi dan addendum"): taken, listed, read as reports,
 * restored. Taking one is a fixed number of statements whatever the project's size, in the
 * transaction that holds the project lock (lib/projects/transaction.ts): every write of a project
 * takes the same lock, so the snapshot's statements all see one state, and the Rekap RAB stored
 * with it is computed from that snapshot, by the same path its later reports take (./loaded.ts).
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit";
import { formatInteger } from "@/lib/format/number";
import { ApiError } from "@/lib/kernel/errors";
import { inProjectTransaction, type ProjectActor, type Tx } from "@/lib/projects/transaction";
import type { ProjectView } from "@/lib/projects/types";
import { toProjectView } from "@/lib/projects/view";
import type { CalcProject } from "@/lib/rekap/cache";
import { buildRekapKebutuhan, type KebutuhanFilter } from "@/lib/rekap/kebutuhan";
import { buildRekapRab } from "@/lib/rekap/rekap-rab";
import { buildRincianAhsp } from "@/lib/rekap/rincian";
import { treeView } from "@/lib/rekap/tree";
import type { ProjectTreeView, RekapKebutuhanView, RekapRabResult, RincianView } from "@/lib/rekap/types";
import { readSnapshotIn } from "@/lib/snapshot/read";
import { replaceEstimate } from "@/lib/snapshot/write";
import { db } from "@/lib/db/client";
import { calcVersion, keepVersionCalc } from "./calc";
import { MAX_VERSION_SNAPSHOT_BYTES, MAX_VERSIONS } from "./limits";
import { analyzeSnapshot } from "./loaded";
import { countVersions, findVersionRow, insertVersion, listVersionRows, versionHeader, versionRekap, versionSnapshot } from "./repository";
import type { CreateVersionInput } from "./schemas";
import type { VersionView } from "./types";

export async function createVersion(actor: ProjectActor, input: CreateVersionInput): Promise<VersionView> {
  const taken = await inProjectTransaction(actor, async (tx) => {
    const version = await takeVersion(tx, actor, { ...input, automatic: false });
    const { name, kind, note, totals } = version.view;
    await recordAudit(tx, actor, {
      entity: "version",
      entityId: version.view.id,
      action: "create",
      after: { name, kind, note, total: totals.total },
    });
    return version;
  });
  keepVersionCalc(actor.projectId, taken.view.id, taken.calc);
  return taken.view;
}

export function listVersions(projectId: string): Promise<VersionView[]> {
  return listVersionRows(projectId);
}

export function getVersion(projectId: string, versionId: string): Promise<VersionView> {
  return findVersionRow(db(), projectId, versionId);
}

/** The Rekap RAB exactly as it was answered when the version was taken. */
export function getVersionRekapRab(projectId: string, versionId: string): Promise<RekapRabResult> {
  return versionRekap(projectId, versionId);
}

/** The project fields (name, location, parties…) and parameters as the version froze them: its documents' header. */
export function getVersionHeader(projectId: string, versionId: string) {
  return versionHeader(projectId, versionId);
}

/** The version's List Pekerjaan tree (its klasifikasi carry the version's synthetic ids), for its report pages' pickers and filters. */
export async function getVersionTree(projectId: string, versionId: string): Promise<ProjectTreeView> {
  return treeView((await calcVersion(projectId, versionId)).project);
}

export async function getVersionRincianAhsp(projectId: string, versionId: string, pekerjaanId: string): Promise<RincianView> {
  return buildRincianAhsp(await calcVersion(projectId, versionId), pekerjaanId);
}

export async function getVersionRekapKebutuhan(projectId: string, versionId: string, filter: KebutuhanFilter): Promise<RekapKebutuhanView> {
  return buildRekapKebutuhan(await calcVersion(projectId, versionId), filter);
}

/**
 * Makes the version the live estimate again (lib/snapshot/write.ts replaceEstimate: pekerjaan keep
 * their ids), after saving the live estimate as an automatic version, all in one transaction: a
 * failure leaves the project as it was and no automatic version behind. One audit entry.
 */
export async function restoreVersion(actor: ProjectActor, versionId: string): Promise<ProjectView> {
  const { projectId } = actor;
  const { project, automatic } = await inProjectTransaction(
    actor,
    async (tx) => {
      const target = await findVersionRow(tx, projectId, versionId);
      const snapshot = await versionSnapshot(tx, projectId, versionId);
      const automatic = await takeVersion(tx, actor, {
        name: `Otomatis sebelum memulihkan ${target.name}`,
        kind: "lainnya",
        note: null,
        automatic: true,
      });
      await replaceEstimate(tx, projectId, snapshot);
      await recordAudit(tx, actor, {
        entity: "version",
        entityId: versionId,
        action: "restore",
        before: { total: automatic.view.totals.total },
        after: { name: target.name, kind: target.kind, total: target.totals.total, automaticVersionId: automatic.view.id },
      });
      return { project: toProjectView(await tx.project.findUniqueOrThrow({ where: { id: projectId } })), automatic };
    },
    // Rewrites the whole estimate: as long as a copy (lib/snapshot/service.ts).
    { grows: true, timeout: 60_000 },
  );
  keepVersionCalc(projectId, automatic.view.id, automatic.calc);
  return project;
}

interface Taking {
  name: string;
  kind: VersionView["kind"];
  note: string | null;
  automatic: boolean;
}

/** Writes a version of the project as it is in `tx`; returns it with the analysis it was priced by. */
async function takeVersion(tx: Tx, actor: ProjectActor, taking: Taking): Promise<{ view: VersionView; calc: CalcProject }> {
  const { projectId } = actor;
  if ((await countVersions(tx, projectId)) >= MAX_VERSIONS) {
    throw ApiError.conflict(`Proyek ini sudah memiliki ${formatInteger(MAX_VERSIONS)} versi, batas per proyek.`, {
      reason: "TOO_MANY_VERSIONS",
      max: MAX_VERSIONS,
    });
  }
  const snapshot = await readSnapshotIn(tx, projectId, { keys: "ids" });
  const snapshotJson = JSON.stringify(snapshot);
  const bytes = Buffer.byteLength(snapshotJson, "utf8");
  if (bytes > MAX_VERSION_SNAPSHOT_BYTES) {
    const mb = (n: number) => formatInteger(n / 1024 / 1024);
    throw ApiError.conflict(`Versi proyek ini ${mb(bytes)} MB, melebihi batas ${mb(MAX_VERSION_SNAPSHOT_BYTES)} MB.`, {
      reason: "VERSION_TOO_LARGE",
      maxBytes: MAX_VERSION_SNAPSHOT_BYTES,
    });
  }
  const calc = analyzeSnapshot(snapshot);
  const rekap = buildRekapRab(calc);
  const { totalBiayaLangsung, ppn, total, pembulatan } = rekap.rekap.totals;
  const id = randomUUID();
  await insertVersion(tx, {
    id,
    projectId,
    ...taking,
    createdById: actor.userId,
    snapshotJson,
    rekapJson: JSON.stringify(rekap),
    totals: { totalBiayaLangsung, ppn, total, pembulatan },
    pekerjaanCount: calc.project.pekerjaan.size,
  });
  return { view: await findVersionRow(tx, projectId, id), calc };
}

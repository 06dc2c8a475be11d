/**
 * A version's Jadwal and Kurva S (?versi= on the tabs, GET …/versions/{id}/jadwal and
 * …/kurva-s, its exports): the live views' builders (lib/jadwal jadwalViewOf, kurvaSViewOf) over
 * the version's analyzed tree (calc.ts) and its frozen calendar and entries, summed in memory
 * as the database sums the live ones (lib/jadwal/snapshot-sums.ts). Nothing of the live
 * project is read, so a version shows the plan it froze whatever happens to the live jadwal.
 */
import "server-only";
import { toDecimal } from "@/lib/calc";
import { jadwalViewOf } from "@/lib/jadwal/jadwal-view";
import { kurvaSViewOf } from "@/lib/jadwal/kurva-s";
import { entriesRowsOf, incompleteOf, weeklySumsOf } from "@/lib/jadwal/snapshot-sums";
import { calendarView } from "@/lib/jadwal/calendar";
import type { JadwalView, JadwalViewKind, KurvaSView } from "@/lib/jadwal/types";
import { calcVersion } from "./calc";
import { versionJadwal } from "./repository";

export async function getVersionJadwal(projectId: string, versionId: string, view: JadwalViewKind): Promise<JadwalView> {
  const [{ project }, { calendar, jadwal }] = await Promise.all([calcVersion(projectId, versionId), versionJadwal(projectId, versionId)]);
  return jadwalViewOf(project, calendar, view, entriesRowsOf(jadwal, calendarView(calendar).weekCount));
}

export async function getVersionKurvaS(projectId: string, versionId: string, view: JadwalViewKind): Promise<KurvaSView> {
  const [calc, { calendar, jadwal }] = await Promise.all([calcVersion(projectId, versionId), versionJadwal(projectId, versionId)]);
  const pekerjaan = [...calc.project.pekerjaan.values()].map((p) => ({ id: p.id, hasVolume: toDecimal(p.volume).gt(0) }));
  return kurvaSViewOf(calc, calendar, view, async (weighted, weekCount) => ({
    sums: weeklySumsOf(jadwal, weighted, weekCount),
    incompletePekerjaan: incompleteOf(pekerjaan, jadwal),
  }));
}

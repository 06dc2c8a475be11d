/**
 * GET /jadwal: the project's weeks (or months) and, per pekerjaan in the List Pekerjaan
 * tree, its series, totals and completeness. The tree comes from the calc cache (the
 * Kurva S and the rekap read the same; one contentRevision check while the project is unchanged),
 * the entries in one statement, whatever the project's size; the whole view is kept while
 * neither changes (view-cache.ts).
 */
import "server-only";
import { volumeText } from "@/lib/kernel/decimal";
import { toDecimal } from "@/lib/calc";
import { db } from "@/lib/db/client";
import { calcProject } from "@/lib/rekap/cache";
import type { LoadedProject } from "@/lib/rekap/load";
import { calendarView, monthHeaders, weekHeaders } from "./calendar";
import { type EntriesRow, readEntriesRows } from "./repository";
import { seriesBuilder } from "./series";
import { cachedJadwalView } from "./view-cache";
import type { JadwalCalendar, JadwalPekerjaanView, JadwalView, JadwalViewKind } from "./types";

export function getJadwal(projectId: string, view: JadwalViewKind): Promise<JadwalView> {
  return cachedJadwalView(projectId, view, {
    name: "jadwal",
    build: (calendar) => buildJadwal(projectId, calendar, view),
    cells: (v) => v.summary.pekerjaanCount * ((v.weeks ?? v.months ?? []).length + 1),
  });
}

async function buildJadwal(projectId: string, calendar: JadwalCalendar, view: JadwalViewKind): Promise<JadwalView> {
  const weekCount = calendarView(calendar).weekCount;
  const [{ project }, rows] = await Promise.all([calcProject(projectId), readEntriesRows(db(), projectId, weekCount)]);
  return jadwalViewOf(project, calendar, view, rows);
}

/**
 * The view of a tree and its entries rows, wherever they come from: the live tables
 * (readEntriesRows) or a version's snapshot (lib/versions/jadwal.ts).
 */
export function jadwalViewOf(
  project: LoadedProject,
  calendar: JadwalCalendar,
  view: JadwalViewKind,
  rows: readonly EntriesRow[],
): JadwalView {
  const cal = calendarView(calendar);
  const byPekerjaan = new Map(rows.map((r) => [r.pekerjaanId, r]));
  const series = seriesBuilder(calendar, cal.weekCount, view);
  const klasifikasi = project.klasifikasi.map((k) => ({
    id: k.id,
    name: k.name,
    subKlasifikasi: k.subKlasifikasi.map((s) => ({
      id: s.id,
      name: s.name,
      pekerjaan: s.pekerjaan.map((p): JadwalPekerjaanView => {
        const hasVolume = toDecimal(p.volume).gt(0);
        const { id, kode, uraian, satuan } = p;
        return { id, kode, uraian, satuan, volume: volumeText(p.volume), hasVolume, ...series(byPekerjaan.get(id), hasVolume) };
      }),
    })),
  }));
  const all = klasifikasi.flatMap((k) => k.subKlasifikasi.flatMap((s) => s.pekerjaan));
  const incompletePekerjaan = all.filter((p) => !p.complete).length;
  return {
    calendar: cal,
    ...(view === "week" ? { weeks: weekHeaders(calendar) } : { months: monthHeaders(calendar) }),
    klasifikasi,
    summary: { complete: incompletePekerjaan === 0, pekerjaanCount: all.length, incompletePekerjaan },
  };
}

"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { ActionStatus } from "@/components/ui/action-status";
import { useCanEdit } from "@/components/ui/can-edit";
import { Notice } from "@/components/ui/notice";
import { asClientError, useApiAction } from "@/components/ui/use-api-action";
import { useApiData } from "@/components/ui/use-api-data";
import { apiFetch } from "@/lib/api/client";
import { formatDay } from "@/lib/format/date";
import type { JadwalView, JadwalWriteResult, KurvaSView } from "@/lib/jadwal/types";
import { monthColumns, weekColumns } from "./columns";
import {
  cellErrors,
  type EntryBody,
  entryVersions,
  type EntryVersions,
  flattenJadwal,
  type JadwalField,
  type JadwalMode,
  pekerjaanOf,
  withEntries,
  withVersions,
  withWriteResult,
} from "./grid-model";
import { JadwalActions } from "./jadwal-actions";
import { type CellPosition, JadwalGrid } from "./jadwal-grid";
import { SegmentedChoice } from "./segmented-choice";
import { bobotOf, weightedRows } from "./weighted-rows";

const WEEKDAYS = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

type Failure = { title: string; messages: string[] } | null;

type Realisasi = "percent" | "cost";

const PASTE_REFUSED: Record<JadwalField, string> = {
  planned: "Tempelan tidak disimpan: ada sel yang bukan persentase.",
  actual: "Tempelan tidak disimpan: ada sel yang bukan persentase.",
  actualCost: "Tempelan tidak disimpan: ada sel yang bukan jumlah rupiah.",
};

interface JadwalEditorProps {
  projectId: string;
  version?: string;
  initial: JadwalView;
  /** The Kurva S of the same project (or version), week view: bobot and the weighted rows. */
  initialKurvaS: KurvaSView;
}

/**
 * The Jadwal tab: planned or actual % per pekerjaan and week, or in realisasi the actual cost
 * (Rp), with each pekerjaan's bobot and, under the grid, the weighted rows of the printed
 * jadwal. Every edit, paste, spread or clear is saved at once, all or nothing; a refused save
 * shows its reasons above the grid and marks the refused cells, and the grid returns to what
 * the server holds. After each save the weighted rows are read again from the Kurva S, which
 * computes them. The month view is derived from the weeks and read-only.
 */
export function JadwalEditor({ projectId, version, initial, initialKurvaS }: JadwalEditorProps) {
  // A version (read-only under CanEditProvider) reads its month view from its own route.
  const root = `/api/v1/projects/${projectId}${version ? `/versions/${version}` : ""}`;
  const base = `${root}/jadwal`;
  const jadwal = useApiData(initial, base);
  const kurvaS = useApiData(initialKurvaS, `${root}/kurva-s`);
  const action = useApiAction();
  const canEdit = useCanEdit();
  const [mode, setMode] = useState<JadwalMode>("planned");
  const [realisasi, setRealisasi] = useState<Realisasi>("percent");
  const field: JadwalField = mode === "planned" ? "planned" : realisasi === "cost" ? "actualCost" : "actual";
  const [view, setView] = useState<"week" | "month">("week");
  const [months, setMonths] = useState<{ jadwal: JadwalView; kurvaS: KurvaSView } | null>(null);
  const [active, setActive] = useState<CellPosition>(() => ({ row: firstPekerjaanRow(flattenJadwal(initial)), col: 0 }));
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [failure, setFailure] = useState<Failure>(null);
  // Saves go one after another, so answers merge in the order the edits were made.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // The entry versions the next save sends: updated by each answer before the next queued save
  // is built, so quick edits of one cell never refuse each other; rebuilt from a fresh read.
  const versions = useRef<EntryVersions | null>(null);
  useEffect(() => {
    versions.current = null;
  }, [initial]);
  const knownVersions = () => (versions.current ??= entryVersions(pekerjaanOf(jadwal.data)));
  const kurvaSRead = useRef(0);

  /** The weighted rows are the Kurva S's: it reads the saved entries with their bobot. Only the latest read is shown. */
  async function refreshKurvaS() {
    const read = ++kurvaSRead.current;
    const fresh = await apiFetch<KurvaSView>(`${root}/kurva-s`).catch(() => null);
    if (fresh && read === kurvaSRead.current) kurvaS.setData(fresh);
  }

  const monthView = view === "month";
  const shown = (monthView && months?.jadwal) || jadwal.data;
  const shownKurvaS = (monthView && months?.kurvaS) || kurvaS.data;
  const rows = useMemo(() => flattenJadwal(shown), [shown]);
  const columns = useMemo(() => (shown.months ? monthColumns(shown.months) : weekColumns(shown.weeks ?? [])), [shown]);
  const bobot = useMemo(() => bobotOf(shownKurvaS), [shownKurvaS]);
  const footer = useMemo(() => weightedRows(shown, shownKurvaS, field), [shown, shownKurvaS, field]);
  const activeRow = rows[active.row];
  const activePekerjaan = activeRow?.kind === "pekerjaan" ? activeRow.pekerjaan : null;

  function write(request: () => Promise<JadwalWriteResult>, batch: readonly EntryBody[] = []): Promise<boolean> {
    const next = queue.current.then(() => send(request, batch));
    queue.current = next;
    return next;
  }

  async function send(request: () => Promise<JadwalWriteResult>, batch: readonly EntryBody[]) {
    setFailure(null);
    const result = await action.run(request, { inline: true });
    if (result.ok) {
      entryVersions(result.value.pekerjaan, knownVersions());
      setErrors(new Map());
      jadwal.setData((d) => withWriteResult(d, result.value));
      void refreshKurvaS();
      return true;
    }
    const { error } = result;
    setErrors(cellErrors(error.fields, batch));
    setFailure({ title: error.message, messages: [...new Set(error.fields.map((f) => f.message))] });
    const [fresh] = await Promise.all([jadwal.reload().catch(() => null), refreshKurvaS()]);
    if (fresh) versions.current = entryVersions(pekerjaanOf(fresh));
    return false;
  }

  function saveEntries(entries: EntryBody[]) {
    jadwal.setData((d) => withEntries(d, entries));
    return write(
      () =>
        apiFetch<JadwalWriteResult>(`${base}/entries`, {
          method: "PUT",
          json: { entries: withVersions(entries, knownVersions()) },
          rowVersioned: true,
        }),
      entries,
    );
  }

  /** The month view is read afresh each time: it follows the weeks edited meanwhile. */
  async function changeView(next: "week" | "month") {
    setFailure(null);
    setView(next);
    setMonths(null);
    if (next === "week") return;
    try {
      const [monthJadwal, monthKurvaS] = await Promise.all([
        apiFetch<JadwalView>(`${base}?view=month`),
        apiFetch<KurvaSView>(`${root}/kurva-s?view=month`),
      ]);
      setMonths({ jadwal: monthJadwal, kurvaS: monthKurvaS });
    } catch (error) {
      setView("week");
      setFailure({ title: asClientError(error).message, messages: [] });
    }
  }

  if (rows.length === 0) return null;
  const { calendar, summary } = jadwal.data;
  const withVolume = rows.filter((r) => r.kind === "pekerjaan" && r.pekerjaan.hasVolume).length;
  return (
    <section aria-label="Jadwal pekerjaan" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <p className="text-sm text-slate-600">
          Mulai {formatDay(calendar.startDate)} s.d. {formatDay(calendar.endDate)} · {calendar.durationDays} hari · {calendar.weekCount}{" "}
          minggu (minggu berakhir hari {WEEKDAYS[calendar.weekEndDay]})
        </p>
        <div className="flex flex-wrap gap-3">
          <SegmentedChoice
            label="Isian"
            value={mode}
            onChange={setMode}
            options={[
              ["planned", "Rencana"],
              ["actual", "Realisasi"],
            ]}
          />
          {mode === "actual" && (
            <SegmentedChoice
              label="Realisasi dalam"
              value={realisasi}
              onChange={setRealisasi}
              options={[
                ["percent", "% progres"],
                ["cost", "Biaya aktual (Rp)"],
              ]}
            />
          )}
          <SegmentedChoice
            label="Tampilan"
            value={view}
            onChange={(v) => void changeView(v)}
            options={[
              ["week", "Mingguan"],
              ["month", "Bulanan"],
            ]}
          />
        </div>
      </div>
      {summary.complete ? (
        <Notice tone="info">Jadwal lengkap: setiap pekerjaan bervolume direncanakan 100%.</Notice>
      ) : (
        <Notice tone="warning">
          <strong>Jadwal belum lengkap.</strong> {summary.incompletePekerjaan} dari {withVolume} pekerjaan bervolume belum direncanakan
          tepat 100%.
        </Notice>
      )}
      {monthView && (
        <Notice tone="info">
          Tampilan bulanan dihitung dari minggu (hanya-baca): minggu yang melintasi dua bulan dibagi menurut jumlah hari.
        </Notice>
      )}
      {field === "actualCost" && (
        <p className="text-sm text-slate-600">
          Biaya aktual (Rp) per pekerjaan per minggu. Kurva S menjumlahkannya sebagai AC (dan CPI = EV / AC) sampai minggu terakhir yang
          berisi realisasi %.
        </p>
      )}
      {canEdit && !monthView && (
        <JadwalActions
          pekerjaan={activePekerjaan}
          mode={mode}
          weekCount={calendar.weekCount}
          busy={action.busy}
          onSpread={(body) => write(() => apiFetch<JadwalWriteResult>(`${base}/spread`, { method: "POST", json: body }))}
          onClear={async (body) =>
            (await write(() => apiFetch<JadwalWriteResult>(`${base}/clear`, { method: "POST", json: body }))) && (await jadwal.reload())
          }
        />
      )}
      {failure && (
        <Notice tone="error">
          <p className="font-medium">{failure.title}</p>
          {failure.messages.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {failure.messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </Notice>
      )}
      <ActionStatus action={action} onReload={jadwal.reload} />
      <JadwalGrid
        rows={rows}
        columns={columns}
        field={field}
        bobot={bobot}
        footer={footer}
        readOnly={monthView || !canEdit}
        errors={errors}
        active={{ row: active.row, col: Math.min(active.col, columns.length - 1) }}
        onActiveChange={setActive}
        onCommit={(entries) => void saveEntries(entries)}
        onPasteError={(messages) => setFailure({ title: PASTE_REFUSED[field], messages })}
      />
      {canEdit && (
        <p className="text-xs text-slate-500">
          Enter atau ketik angka untuk mengisi sel, Tab/Enter untuk menyimpan, Esc untuk batal, Delete untuk mengosongkan. Blok dari
          spreadsheet dapat ditempel (Ctrl+V) mulai dari sel aktif.
        </p>
      )}
    </section>
  );
}

function firstPekerjaanRow(rows: ReturnType<typeof flattenJadwal>): number {
  return Math.max(
    0,
    rows.findIndex((r) => r.kind === "pekerjaan"),
  );
}

"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { JadwalPekerjaanView } from "@/lib/jadwal/types";
import { ganttSpan, type JadwalMode } from "./grid-model";

interface JadwalActionsProps {
  /** The pekerjaan of the active row. */
  pekerjaan: JadwalPekerjaanView | null;
  mode: JadwalMode;
  weekCount: number;
  busy: boolean;
  onSpread: (body: { pekerjaanId: string; fromWeek: number; toWeek: number }) => Promise<unknown>;
  onClear: (body: { pekerjaanId?: string; field: JadwalMode }) => Promise<unknown>;
}

const NOUN: Record<JadwalMode, string> = { planned: "rencana", actual: "realisasi" };

/** "Sebar rata" for the active pekerjaan, and clearing its (or every) plan or actuals. */
export function JadwalActions(props: JadwalActionsProps) {
  const { pekerjaan, mode, weekCount, busy } = props;
  const [confirmAll, setConfirmAll] = useState(false);
  return (
    <div className="flex flex-wrap items-end gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-3">
      {pekerjaan ? (
        <SpreadForm key={pekerjaan.id} pekerjaan={pekerjaan} weekCount={weekCount} busy={busy} onSpread={props.onSpread} />
      ) : (
        <p className="text-sm text-slate-500">Pilih sel sebuah pekerjaan untuk menyebar rencananya.</p>
      )}
      <div className="ml-auto flex flex-wrap gap-2">
        <Button
          variant="secondary"
          disabled={!pekerjaan || busy}
          onClick={() => pekerjaan && void props.onClear({ pekerjaanId: pekerjaan.id, field: mode })}
        >
          Kosongkan {NOUN[mode]} baris ini
        </Button>
        <Button variant="danger" disabled={busy} onClick={() => setConfirmAll(true)}>
          Kosongkan semua {NOUN[mode]}
        </Button>
      </div>
      <Dialog open={confirmAll} onClose={() => setConfirmAll(false)} title={`Kosongkan semua ${NOUN[mode]}?`}>
        <p className="text-sm text-slate-700">
          Semua persentase {NOUN[mode]}
          {mode === "actual" ? " beserta biaya aktual" : ""} pada setiap pekerjaan akan dihapus. Catatan minggu tetap disimpan.
        </p>
        <div className="mt-5 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setConfirmAll(false)}>
            Batal
          </Button>
          <Button
            variant="danger"
            onClick={() => {
              setConfirmAll(false);
              void props.onClear({ field: mode });
            }}
          >
            Kosongkan semua
          </Button>
        </div>
      </Dialog>
    </div>
  );
}

function SpreadForm({
  pekerjaan,
  weekCount,
  busy,
  onSpread,
}: Pick<JadwalActionsProps, "weekCount" | "busy" | "onSpread"> & { pekerjaan: JadwalPekerjaanView }) {
  const span = ganttSpan(pekerjaan.planned);
  const [fromWeek, setFromWeek] = useState(span ? span.first + 1 : 1);
  const [toWeek, setToWeek] = useState(span ? span.last + 1 : Math.min(4, weekCount));
  const name = pekerjaan.kode ? `${pekerjaan.kode} ${pekerjaan.uraian}` : pekerjaan.uraian;
  const weekInput = (label: string, value: number, set: (n: number) => void) => (
    <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
      {label}
      <input
        type="number"
        min={1}
        max={weekCount}
        value={value}
        onChange={(e) => set(Number(e.target.value))}
        className="w-20 rounded-md border border-slate-300 px-2 py-1.5 text-sm"
      />
    </label>
  );
  return (
    <form
      aria-label="Sebar rencana rata"
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        void onSpread({ pekerjaanId: pekerjaan.id, fromWeek, toWeek });
      }}
    >
      <div className="max-w-xs">
        <p className="text-xs font-medium text-slate-600">Pekerjaan aktif</p>
        <p className="truncate text-sm" title={name}>
          {name}
        </p>
      </div>
      {weekInput("Minggu awal", fromWeek, setFromWeek)}
      {weekInput("Minggu akhir", toWeek, setToWeek)}
      <Button type="submit" disabled={busy || !pekerjaan.hasVolume}>
        Sebar rata 100%
      </Button>
    </form>
  );
}

"use client";

import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { formatDay } from "@/lib/format/date";
import { formatPercent } from "@/lib/format/number";
import type { DroppedEntry } from "@/lib/jadwal/types";

const SHOWN = 8;

/**
 * A date change that would drop jadwal entries is never saved silently: the form shows what
 * falls outside the new range and saves only when the user confirms.
 */
export function JadwalDropNotice({
  dropped,
  saving,
  onConfirm,
  onCancel,
}: {
  dropped: DroppedEntry[];
  saving: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const value = (e: DroppedEntry) =>
    [e.planned && `rencana ${formatPercent(e.planned)}%`, e.actual && `realisasi ${formatPercent(e.actual)}%`].filter(Boolean).join(", ") ||
    "catatan";
  return (
    <Notice tone="warning">
      <div className="space-y-2">
        <p>
          <strong>{dropped.length} entri jadwal berada di luar rentang tanggal baru</strong> dan akan terhapus bila perubahan ini disimpan:
        </p>
        <ul className="list-disc pl-5 text-sm">
          {dropped.slice(0, SHOWN).map((e) => (
            <li key={`${e.pekerjaanId}:${e.week}`}>
              {e.pekerjaan}, minggu {e.week} ({formatDay(e.start)} – {formatDay(e.end)}): {value(e)}
            </li>
          ))}
          {dropped.length > SHOWN && <li>dan {dropped.length - SHOWN} entri lainnya</li>}
        </ul>
        <div className="flex flex-wrap gap-3">
          <Button type="button" variant="danger" onClick={onConfirm} disabled={saving}>
            {saving ? "Menyimpan…" : `Simpan dan hapus ${dropped.length} entri jadwal`}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel} disabled={saving}>
            Jangan simpan
          </Button>
        </div>
      </div>
    </Notice>
  );
}

"use client";

import { useEffect } from "react";
import { changesText } from "./changes-text";
import { Button } from "./button";
import { Notice } from "./notice";
import { useProjectSync } from "./use-project-sync";

/**
 * A save refused with 412: the project changed since the page read it. The draft is still on
 * screen; the estimator sees who changed what (from the change feed) and chooses: put their
 * change on top of the new state, or drop it and see the new state.
 */
export function StaleSaveNotice({ onKeep, onDiscard, busy }: { onKeep: () => void; onDiscard: () => void; busy: boolean }) {
  const { sync, state } = useProjectSync();
  // Who changed what: read the feed now rather than at the next poll.
  useEffect(() => void sync?.sync(), [sync]);
  const who = state?.others.length ? `${changesText(state.others)}.` : "Orang lain telah mengubah proyek ini.";
  return (
    <Notice tone="warning">
      <div className="space-y-2" data-testid="stale-save">
        <p>
          <strong>Perubahan Anda belum disimpan:</strong> data berubah sejak halaman ini dimuat. {who}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button onClick={onKeep} disabled={busy}>
            Simpan perubahan saya di atas data terbaru
          </Button>
          <Button variant="secondary" onClick={onDiscard} disabled={busy}>
            Buang perubahan saya
          </Button>
        </div>
      </div>
    </Notice>
  );
}

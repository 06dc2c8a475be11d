"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConflictNotice, Notice } from "./notice";
import { StaleSaveNotice } from "./stale-save-notice";
import type { ApiAction } from "./use-api-action";
import { useProjectSync } from "./use-project-sync";

/**
 * The page-level outcome of its edits: "Menyimpan…"/"Tersimpan" (a polite live region), a
 * failure, a 409 with "Muat ulang", which re-reads the data and clears the notice, or a 412
 * (the project moved on) with the choice to keep the change on top of the new state or drop it.
 */
export function ActionStatus({ action, onReload }: { action: ApiAction; onReload: () => Promise<unknown> }) {
  const [reloading, setReloading] = useState(false);
  const router = useRouter();
  const { sync } = useProjectSync();

  async function reload(before?: () => Promise<unknown>) {
    setReloading(true);
    try {
      action.clear();
      await before?.();
      await onReload();
      // The rest of the page (and the version it names) comes from the server render.
      router.refresh();
    } finally {
      setReloading(false);
    }
  }

  async function keepMine() {
    const stale = action.stale!;
    // The person has seen what changed and chose to write over it: from the version the 412 named.
    sync?.loaded(stale.currentVersion);
    await reload(stale.retry);
  }

  return (
    <div className="space-y-2">
      <p role="status" aria-live="polite" className="min-h-5 text-xs text-slate-500">
        {action.busy
          ? "Menyimpan…"
          : action.saved && !action.error && !action.conflict && !action.stale
            ? "Semua perubahan tersimpan."
            : ""}
      </p>
      {action.stale && <StaleSaveNotice onKeep={() => void keepMine()} onDiscard={() => void reload()} busy={reloading} />}
      {action.conflict && <ConflictNotice message={action.conflict} onReload={() => void reload()} reloading={reloading} />}
      {action.error && <Notice tone="error">{action.error}</Notice>}
    </div>
  );
}

"use client";

import { useState } from "react";
import { ConflictNotice, Notice } from "./notice";
import type { ApiAction } from "./use-api-action";

/**
 * The page-level outcome of its edits: "Menyimpan…"/"Tersimpan" (a polite live region), a
 * failure, or a 409 with "Muat ulang", which re-reads the data and clears the notice.
 */
export function ActionStatus({ action, onReload }: { action: ApiAction; onReload: () => Promise<unknown> }) {
  const [reloading, setReloading] = useState(false);
  async function reload() {
    setReloading(true);
    try {
      await onReload();
      action.clear();
    } finally {
      setReloading(false);
    }
  }
  return (
    <div className="space-y-2">
      <p role="status" aria-live="polite" className="min-h-5 text-xs text-slate-500">
        {action.busy ? "Menyimpan…" : action.saved && !action.error && !action.conflict ? "Semua perubahan tersimpan." : ""}
      </p>
      {action.conflict && <ConflictNotice message={action.conflict} onReload={() => void reload()} reloading={reloading} />}
      {action.error && <Notice tone="error">{action.error}</Notice>}
    </div>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useProjectSync } from "@/components/ui/use-project-sync";
import { changesText } from "@/components/ui/changes-text";

/**
 * "Ani mengubah Harga Items · Muat ulang": someone else changed the project since this page read
 * it. A corner notice, never a dialog: the estimator finishes what they are typing first. The
 * reload re-renders the page on the server, which also names the new version.
 */
export function ChangeNotice() {
  const { state } = useProjectSync();
  const router = useRouter();
  const [reloading, startReload] = useTransition();
  // Closed, the notice stays away until something else changes (it may cover what has focus).
  const [closedAt, setClosedAt] = useState<string | null>(null);
  const key = state ? `${state.base}:${state.others.length}:${state.unattributed}` : null;
  const text = state?.others.length ? changesText(state.others) : state?.unattributed ? "Proyek telah diubah" : null;
  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-2 bottom-2 z-40 flex justify-end sm:inset-x-auto sm:right-4 sm:bottom-4"
    >
      {text && closedAt !== key && (
        <p
          data-testid="change-notice"
          className="pointer-events-auto flex max-w-md flex-wrap items-center gap-x-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-800 shadow-lg"
        >
          <span>{text}</span>
          <span aria-hidden="true">·</span>
          <button
            type="button"
            onClick={() => startReload(() => router.refresh())}
            disabled={reloading}
            className="font-medium text-brand-700 underline-offset-2 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600/50"
          >
            {reloading ? "Memuat…" : "Muat ulang"}
          </button>
          <button
            type="button"
            onClick={() => setClosedAt(key)}
            aria-label="Tutup pemberitahuan"
            className="ml-1 rounded px-1 text-slate-500 hover:text-slate-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600/50"
          >
            ×
          </button>
        </p>
      )}
    </div>
  );
}

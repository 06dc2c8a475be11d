import type { ReactNode } from "react";
import { Button } from "./button";

const TONES = {
  error: "border-red-200 bg-red-50 text-red-800",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
  info: "border-slate-200 bg-slate-50 text-slate-700",
} as const;

export function Notice({ tone, children }: { tone: keyof typeof TONES; children: ReactNode }) {
  return (
    <div role={tone === "info" ? "status" : "alert"} className={`rounded-md border px-3 py-2 text-sm ${TONES[tone]}`}>
      {children}
    </div>
  );
}

/**
 * A 409: someone (or another tab) changed the data since this page read it. Nothing is
 * overwritten; the estimator reloads and re-applies the edit.
 */
export function ConflictNotice({ message, onReload, reloading }: { message: string; onReload: () => void; reloading: boolean }) {
  return (
    <Notice tone="warning">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p>
          <strong>Data telah berubah.</strong> {message}
        </p>
        <Button variant="secondary" onClick={onReload} disabled={reloading}>
          {reloading ? "Memuat…" : "Muat ulang"}
        </Button>
      </div>
    </Notice>
  );
}

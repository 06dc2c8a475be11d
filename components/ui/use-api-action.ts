"use client";

import { useCallback, useState } from "react";
import { ApiClientError } from "@/lib/api/client";
import type { StaleRow } from "@/lib/kernel/edit-version";

// A cell is narrow: the grid already names the row, so the message says only what happened and the choice.
const STALE_CELL_MESSAGE = "Diubah orang lain. Enter: simpan nilai Anda di atasnya · Esc: pakai nilai terbaru.";
/** After a refused paste the grid shows the current values; pasting again writes over them. */
export const STALE_PASTE_CHOICE = "Nilai terbaru sudah ditampilkan; tempel lagi untuk menyimpan tempelan Anda di atasnya.";

/** The rows of a grid save's 409 that someone else changed meanwhile, as they are now; null for any other failure. */
export function staleRows<V>(error: ApiClientError): StaleRow<V>[] | null {
  return error.status === 409 && Array.isArray(error.details.rows) ? (error.details.rows as StaleRow<V>[]) : null;
}

export type ActionResult<T> = { ok: true; value: T } | { ok: false; error: ApiClientError };

export function asClientError(error: unknown): ApiClientError {
  return error instanceof ApiClientError ? error : new ApiClientError("INTERNAL_ERROR", "Terjadi kesalahan. Coba lagi.", 0);
}

/**
 * Runs API mutations for one page and keeps what the page must show about them: a save in
 * progress, the last failure, and an edit conflict (data changed elsewhere), which offers a
 * reload, or a stale save (412: the project moved on since the page read it), which offers to send
 * the same change again on top of the new state. `sendsEditVersion` marks requests that send the editVersion they read: their 409 is such a
 * conflict; any other 409 (a parameter still in use…) is an ordinary failure whose message
 * says why. `inline` callers show the failure next to the edited field instead of at the top.
 */
export function useApiAction() {
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // A 412 (lib/api/project-sync.ts): the request to send again once the person chooses to keep it.
  const [stale, setStale] = useState<StaleSave | null>(null);

  const run = useCallback(async function attempt<T>(
    fn: () => Promise<T>,
    options: { inline?: boolean; sendsEditVersion?: boolean } = {},
  ): Promise<ActionResult<T>> {
    setPending((n) => n + 1);
    setError(null);
    try {
      const value = await fn();
      setSaved(true);
      return { ok: true, value };
    } catch (e) {
      const clientError = asClientError(e);
      if (clientError.code === "PRECONDITION_FAILED") {
        setStale({ retry: () => attempt(fn, options), currentVersion: Number(clientError.details.currentVersion) });
      } else if (clientError.status === 409 && options.sendsEditVersion) setConflict(clientError.message);
      else if (!options.inline) setError(clientError.message);
      return { ok: false, error: clientError };
    } finally {
      setPending((n) => n - 1);
    }
  }, []);

  /**
   * For an editable cell: saves, hands the response to `onSaved`, and resolves to the message
   * the cell shows (the first field error, else the error) or null once saved. A grid save whose
   * row someone else changed meanwhile (409 with `details.rows`) hands the rows as they are now to
   * `onStale`, so the grid shows the current value and version, while the cell keeps the draft:
   * Enter saves it on top, Escape takes the current value.
   */
  const saveCell = useCallback(
    async <T, V = unknown>(
      request: () => Promise<T>,
      onSaved: (value: T) => void,
      onStale?: (rows: StaleRow<V>[]) => void,
    ): Promise<string | null> => {
      const result = await run(request, { inline: true });
      if (result.ok) {
        onSaved(result.value);
        return null;
      }
      const rows = staleRows<V>(result.error);
      if (rows && onStale) {
        onStale(rows);
        return STALE_CELL_MESSAGE;
      }
      return result.error.fields[0]?.message ?? result.error.message;
    },
    [run],
  );

  const clear = useCallback(() => {
    setError(null);
    setConflict(null);
    setStale(null);
  }, []);

  return { run, saveCell, busy: pending > 0, error, conflict, stale, saved, clear };
}

export type ApiAction = ReturnType<typeof useApiAction>;

/** A write refused because the project moved on: it can be sent again on top of `currentVersion`. */
export interface StaleSave {
  retry: () => Promise<ActionResult<unknown>>;
  currentVersion: number;
}

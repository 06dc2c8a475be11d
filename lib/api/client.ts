import type { ErrorBody, SuccessBody } from "./envelope";
import type { ErrorCode, FieldError } from "@/lib/kernel/errors";

/** Browser-side caller of our own API: one place that understands the envelope. */
export class ApiClientError extends Error {
  constructor(
    readonly code: ErrorCode | "NETWORK_ERROR",
    message: string,
    readonly status: number,
    readonly fields: FieldError[] = [],
    /** The error's other details, e.g. the entries a date change would drop. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  fieldMessage(path: string): string | undefined {
    return this.fields.find((f) => f.path === path)?.message;
  }
}

export async function apiFetch<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  return (await apiFetchEnvelope<T>(path, init)).data;
}

/** Like apiFetch, with the envelope's meta (e.g. a search's nextCursor). */
export async function apiFetchEnvelope<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<SuccessBody<T>> {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set("Content-Type", "application/json");
  let res: Response;
  try {
    res = await fetch(path, { ...rest, headers, body: json === undefined ? rest.body : JSON.stringify(json) });
  } catch (error) {
    // An aborted request is the caller's own doing (a newer search replaced it).
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw networkError();
  }
  return unwrapEnvelope<T>(res.status, await res.json().catch(() => null));
}

export function networkError(): ApiClientError {
  return new ApiClientError("NETWORK_ERROR", "Tidak dapat terhubung ke server. Periksa koneksi Anda.", 0);
}

/** The success body, or the API's error as an ApiClientError; for fetch and XMLHttpRequest callers alike. */
export function unwrapEnvelope<T>(status: number, body: unknown): SuccessBody<T> {
  const envelope = body as SuccessBody<T> | ErrorBody | null;
  if (envelope?.ok) return envelope;
  const error = envelope?.error;
  throw new ApiClientError(
    error?.code ?? "INTERNAL_ERROR",
    error?.message ?? `Permintaan gagal (${status}).`,
    status,
    error?.details?.fields ?? [],
    error?.details ?? {},
  );
}

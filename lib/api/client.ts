import type { ErrorBody, SuccessBody } from "./envelope";
import type { ErrorCode, FieldError } from "@/lib/kernel/errors";
import { projectSyncOf } from "./project-sync";

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

export async function apiFetch<T>(path: string, init: ApiInit = {}): Promise<T> {
  return (await apiFetchEnvelope<T>(path, init)).data;
}

/**
 * `rowVersioned`: a grid save that carries each row's editVersion, checked by the server per row,
 * so it sends no If-Match and two people typing into different rows do not conflict.
 */
export type ApiInit = RequestInit & { json?: unknown; rowVersioned?: boolean };

/** Like apiFetch, with the envelope's meta (e.g. a search's nextCursor). */
export async function apiFetchEnvelope<T>(path: string, init: ApiInit = {}): Promise<SuccessBody<T>> {
  const { json, rowVersioned = false, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set("Content-Type", "application/json");
  const body = json === undefined ? rest.body : JSON.stringify(json);
  const send = async (ifMatch: string | null) => {
    if (ifMatch !== null) headers.set("If-Match", ifMatch);
    const res = await request(path, { ...rest, headers, body });
    const envelope = unwrapEnvelope<T>(res.status, await res.json().catch(() => null));
    return { envelope, version: versionOf(res.headers.get("etag")), before: versionOf(res.headers.get("x-version-before")) };
  };
  // A write from an open project page names the version it shows (lib/api/project-sync.ts).
  const sync = (rest.method ?? "GET").toUpperCase() === "GET" ? undefined : projectSyncOf(path);
  const { envelope } = await (sync ? sync.write(!rowVersioned, send) : send(null));
  return envelope;
}

async function request(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch (error) {
    // An aborted request is the caller's own doing (a newer search replaced it).
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw networkError();
  }
}

function versionOf(etag: string | null): number | null {
  const match = etag ? /^"(\d+)"$/.exec(etag) : null;
  return match ? Number(match[1]) : null;
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

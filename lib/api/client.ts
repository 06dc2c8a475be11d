import type { ErrorBody, SuccessBody } from "./envelope";
import type { ErrorCode, FieldError } from "./errors";

/** Browser-side caller of our own API: one place that understands the envelope. */
export class ApiClientError extends Error {
  constructor(
    readonly code: ErrorCode | "NETWORK_ERROR",
    message: string,
    readonly status: number,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }

  fieldMessage(path: string): string | undefined {
    return this.fields.find((f) => f.path === path)?.message;
  }
}

export async function apiFetch<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set("Content-Type", "application/json");
  let res: Response;
  try {
    res = await fetch(path, { ...rest, headers, body: json === undefined ? rest.body : JSON.stringify(json) });
  } catch {
    throw new ApiClientError("NETWORK_ERROR", "Tidak dapat terhubung ke server. Periksa koneksi Anda.", 0);
  }
  const body = (await res.json().catch(() => null)) as SuccessBody<T> | ErrorBody | null;
  if (body?.ok) return body.data;
  const error = body?.error;
  throw new ApiClientError(
    error?.code ?? "INTERNAL_ERROR",
    error?.message ?? `Permintaan gagal (${res.status}).`,
    res.status,
    error?.details?.fields ?? [],
  );
}

import { randomUUID } from "node:crypto";
import { ApiError, type FieldError } from "@/lib/kernel/errors";

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,100}$/;

/** Reuses the id middleware or a proxy assigned, so one id follows the request everywhere. */
export function requestIdOf(req: Request): string {
  const incoming = req.headers.get("x-request-id");
  return incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;

export function isJsonContentType(req: Request): boolean {
  return JSON_TYPE.test(req.headers.get("content-type") ?? "");
}

/** Reads and parses a JSON body without ever buffering more than `limit` bytes. */
export async function readJsonBody(req: Request, limit: number): Promise<unknown> {
  if (!isJsonContentType(req)) throw new ApiError("UNSUPPORTED_MEDIA_TYPE");
  const text = decodeUtf8(await readBodyBytes(req, limit));
  if (text.trim() === "") {
    throw ApiError.validation([{ path: "", message: "Body JSON wajib diisi." }], "Body JSON kosong.");
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw ApiError.validation([{ path: "", message: "JSON tidak dapat dibaca." }], "Format JSON tidak valid.");
  }
  assertStorableText(body, "");
  return body;
}

// Buffer#toString would turn every invalid byte into U+FFFD and store that silently. A BOM is
// kept, so JSON.parse refuses it as before.
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw ApiError.validation([{ path: "", message: "Body bukan teks UTF-8 yang valid." }], "Body harus berupa teks UTF-8.");
  }
}

// PostgreSQL text and jsonb cannot hold U+0000, and jsonb refuses a lone UTF-16 surrogate
// (text would silently turn it into U+FFFD): refused here with its path, never a 500.
const UNSTORABLE = /\u0000|\p{Cs}/u;
const UNSTORABLE_MESSAGE = "Teks mengandung karakter yang tidak valid (NUL atau surrogate tunggal).";

/**
 * Throws a 400 naming every string in `value` (a parsed JSON body or a query) that the
 * database could not store verbatim. Iterative: a deeply nested body must not blow the stack.
 */
export function assertStorableText(value: unknown, prefix: string): void {
  const fields: FieldError[] = [];
  const pending: [unknown, string][] = [[value, prefix]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, path] = next;
    if (typeof item === "string" && UNSTORABLE.test(item)) fields.push({ path, message: UNSTORABLE_MESSAGE });
    else if (typeof item === "object" && item !== null) {
      for (const [key, child] of Object.entries(item)) pending.push([child, path ? `${path}.${key}` : key]);
    }
  }
  if (fields.length > 0) throw ApiError.validation(fields);
}

/**
 * Reads a raw body (JSON, an uploaded file) without ever buffering more than `limit`
 * bytes: a declared Content-Length over the limit is refused before reading, and a
 * stream that runs past it is cancelled.
 */
export async function readBodyBytes(req: Request, limit: number): Promise<Buffer> {
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(limit: number): ApiError {
  return new ApiError("PAYLOAD_TOO_LARGE", `Ukuran data melebihi batas ${limit} byte.`, { limitBytes: limit });
}

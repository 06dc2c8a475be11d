import { ApiError } from "@/lib/kernel/errors";
import { isAuthPost, MAX_AUTH_BODY_BYTES } from "@/lib/rate-limit/policy";

/**
 * Auth POSTs (sign-in, token exchange, registration, next-auth's own) are refused before
 * anything else unless they declare a small body: a padded body over the limit is a 413, a
 * body without Content-Length (chunked) a 411. The handlers then read the whole body under the
 * same limit, so the account a login counts against never depends on its size or encoding.
 */
export function authBodyRefusal(method: string, path: string, headers: Headers): ApiError | null {
  if (!isAuthPost(method, path)) return null;
  const declared = headers.get("content-length")?.trim() ?? "";
  if (!/^\d+$/.test(declared)) return new ApiError("LENGTH_REQUIRED");
  if (Number(declared) > MAX_AUTH_BODY_BYTES) {
    return new ApiError("PAYLOAD_TOO_LARGE", `Ukuran data melebihi batas ${MAX_AUTH_BODY_BYTES} byte.`, {
      limitBytes: MAX_AUTH_BODY_BYTES,
    });
  }
  return null;
}

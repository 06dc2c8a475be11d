import { NextRequest } from "next/server";
import { apiErrorResponse } from "@/lib/api/envelope";
import { ApiError } from "@/lib/kernel/errors";
import { readBodyBytes, requestIdOf } from "@/lib/api/request";
import { MAX_AUTH_BODY_BYTES } from "@/lib/rate-limit/policy";
import { rateLimitStore } from "@/lib/rate-limit/runtime";
import { tooManyRequests } from "@/lib/rate-limit/respond";
import { recordRejection } from "@/lib/security-events/rate-limit";
import { requestMeta } from "@/lib/security-events/record";
import { beginLoginAttempt } from "./login-limit";
import { emailSchema } from "./schemas";

type Handler = (req: NextRequest) => Promise<Response>;

/**
 * Runs a credentials check (next-auth's sign-in, the token exchange) under the failed-login
 * limits. The body is read here once, whole, under the auth body limit, parsed the way the
 * handler parses it, and handed on re-encoded from that parse: the account counted is exactly
 * the one the handler checks, whatever the padding, encoding or duplicate fields. A wrong email
 * or password is the one outcome that keeps its count.
 */
export async function withLoginLimit(req: NextRequest, handle: Handler): Promise<Response> {
  const requestId = requestIdOf(req);
  let body: ParsedAuthBody;
  try {
    body = await readAuthBody(req);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return apiErrorResponse(error, requestId);
  }
  const meta = requestMeta(req.headers);
  const email = emailSchema.safeParse(body.fields?.email);
  const attempt = await beginLoginAttempt(meta.ip ?? "unknown", email.success ? email.data : null);
  if (attempt.refused) {
    const { identity } = attempt.refused;
    void recordRejection(rateLimitStore()!, { identity, category: "login", route: req.nextUrl.pathname, meta });
    return tooManyRequests(attempt.refused, requestId);
  }
  const res = await handle(rebuild(req, body.text));
  await attempt.settle(isFailedLogin(res));
  return res;
}

/**
 * Wrong email or password: a 401, or next-auth's redirect to its CredentialsSignin error page
 * (what it answers a form post without `json=true`, as 302).
 */
function isFailedLogin(res: Response): boolean {
  return res.status === 401 || /[?&]error=CredentialsSignin(&|$)/.test(res.headers.get("location") ?? "");
}

interface ParsedAuthBody {
  /** The top-level fields; null when the body is neither a JSON object nor a form. */
  fields: Record<string, unknown> | null;
  /**
   * The body handed on: re-encoded from `fields`, or empty when they could not be read, so
   * the handler can never find an email in it that was not counted here.
   */
  text: string;
}

/**
 * JSON when the type mentions it (next-auth tests `includes("application/json")` first),
 * else a form, read as next-auth reads it (Object.fromEntries: the last duplicate wins).
 */
async function readAuthBody(req: NextRequest): Promise<ParsedAuthBody> {
  const text = (await readBodyBytes(req, MAX_AUTH_BODY_BYTES)).toString("utf8");
  const type = req.headers.get("content-type") ?? "";
  if (/application\/json/i.test(type)) {
    const parsed = parseJson(text);
    const isObject = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
    return isObject ? { fields: parsed as Record<string, unknown>, text: JSON.stringify(parsed) } : UNREADABLE;
  }
  if (/application\/x-www-form-urlencoded/i.test(type)) {
    const fields = Object.fromEntries(new URLSearchParams(text));
    return { fields, text: new URLSearchParams(fields).toString() };
  }
  return UNREADABLE;
}

const UNREADABLE: ParsedAuthBody = { fields: null, text: "" };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function rebuild(req: NextRequest, text: string): NextRequest {
  const headers = new Headers(req.headers);
  headers.delete("content-length");
  return new NextRequest(req.url, { method: req.method, headers, body: text });
}

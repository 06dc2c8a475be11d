/**
 * Where the sign-in page sends a person back to: the page they asked for before being sent to
 * /login (`?next=`), when it is a path on this site. Anything else (another origin, "//host",
 * "/\host", which browsers read as another origin, or a login loop) goes to the dashboard, so a
 * crafted link can never turn the login into an open redirect. Browser-safe (the login form uses it).
 */
export const RETURN_PATH_HEADER = "x-rab-return-to";

const DEFAULT = "/dashboard";
const MAX_LENGTH = 2048;

export function safeReturnPath(next: string | null | undefined): string {
  if (!next || next.length > MAX_LENGTH) return DEFAULT;
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return DEFAULT;
  // Control characters (a tab or newline inside "/\t/host") are stripped by URL parsers.
  if (/[\u0000-\u001f\u007f]/.test(next)) return DEFAULT;
  if (/^\/login(\/|\?|#|$)/.test(next)) return DEFAULT;
  return next;
}

/** /login, remembering the page to come back to. */
export function loginHref(returnTo: string | null | undefined): string {
  const next = safeReturnPath(returnTo);
  return next === DEFAULT ? "/login" : `/login?next=${encodeURIComponent(next)}`;
}

/**
 * The pages' Content-Security-Policy. Next applies the nonce to its own inline scripts
 * when it finds it in the request's CSP header; 'strict-dynamic' lets those scripts
 * load the app's chunks. Styles stay 'unsafe-inline' because Next injects style tags.
 */
export function pageCsp(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * API, health and metrics answers never render: forbid everything. base-uri and form-action
 * do not fall back to default-src, so they are named.
 */
export const NON_PAGE_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The view types this domain serves and client components render, apart from the services so a
 * component imports no server module, not even for a type.
 */

export interface SecurityEventView {
  id: string;
  createdAt: Date;
  kind: string;
  result: string;
  user: { id: string; email: string; name: string } | null;
  ip: string | null;
  userAgent: string | null;
  detail: unknown;
}

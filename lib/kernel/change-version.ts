/**
 * The project's `changeVersion` on the wire (README "Perubahan bersamaan"): a strong ETag, the
 * decimal version in quotes, and the If-Match a request may carry to say "only if the project
 * is still at the version I saw".
 */
import { z } from "zod";
import { ApiError } from "./errors";

/** The BIGINT column as raw SQL returns it, as a number (exact far beyond any project's lifetime of changes). */
export const changeVersionColumn = z.bigint().transform(Number);

export function etagOf(version: number): string {
  return `"${version}"`;
}

// One strong entity tag of ours: no weak tags (W/…, never equal under If-Match) and no lists.
const ETAG = /^"(0|[1-9]\d{0,14})"$/;

/** The version an If-Match header names; null when there is none or it is `*` (no check). Anything else is a 400. */
export function parseIfMatch(header: string | null): number | null {
  if (header === null || header.trim() === "*") return null;
  const match = ETAG.exec(header.trim());
  if (!match) {
    const message = 'If-Match harus berupa ETag dari jawaban sebelumnya, misalnya "12", atau *.';
    throw ApiError.validation([{ path: "If-Match", message }], message);
  }
  return Number(match[1]);
}

/**
 * A request's precondition on its project: checked by the route wrapper against the version the
 * access check read, and again by each write transaction under the project lock (the check and
 * the write are then one atomic step). Records the version a write committed, for its ETag.
 */
export class VersionGuard {
  #expected: number | null;
  #committed: number | null = null;
  #before: number | null = null;

  constructor(expected: number | null) {
    this.#expected = expected;
  }

  /** 412 PRECONDITION_FAILED, naming the current version, unless the project is still where the client saw it. */
  check(current: number): void {
    if (this.#expected !== null && this.#expected !== current) {
      throw new ApiError("PRECONDITION_FAILED", undefined, { currentVersion: current });
    }
  }

  /**
   * After a commit of a write that found the project at `before` under its lock; a second write of
   * the same request builds on the first, not on a stale view.
   */
  committed(version: number, before: number): void {
    this.#before ??= before;
    this.#committed = version;
    if (this.#expected !== null) this.#expected = version;
  }

  /**
   * The version the request's first write found under the project lock, null when it wrote nothing:
   * every version after it up to the ETag is this request's own (X-Version-Before, README).
   */
  get before(): number | null {
    return this.#before;
  }

  /** The version to answer with: the committed one, or `read` when the request wrote nothing. */
  current(read: number): number {
    return this.#committed ?? read;
  }
}

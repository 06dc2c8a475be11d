import { z } from "zod";

/**
 * Keyset cursor of the search: the sort key of the last row of a page. Results are
 * ordered by (tier, score desc, edition name, position, id); scores are integers, so the
 * comparison is exact and a page never repeats or skips a row, however deep the client pages.
 */
export interface SearchCursor {
  tier: number;
  score: number;
  /** Edition name. */
  edition: string;
  position: number;
  id: string;
}

const cursorTuple = z.tuple([z.number().int().min(0), z.number().int(), z.string(), z.number().int(), z.uuid()]);

export function encodeCursor(cursor: SearchCursor): string {
  const key = [cursor.tier, cursor.score, cursor.edition, cursor.position, cursor.id];
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** null for anything that is not a cursor this server made. */
export function decodeCursor(text: string): SearchCursor | null {
  try {
    const parsed = cursorTuple.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    if (!parsed.success) return null;
    const [tier, score, edition, position, id] = parsed.data;
    return { tier, score, edition, position, id };
  } catch {
    return null;
  }
}

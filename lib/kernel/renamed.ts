/**
 * API fields renamed to their GLOSSARY.md names (issue 15) keep their old name for one release
 * (README "Renamed API fields"): responses carry both names, requests may send either. Everything
 * here goes in the release after.
 */
import { z } from "zod";

/**
 * A body whose fields `renames` (old name → new name) were renamed: the old name is still
 * accepted, and `schema` sees only the new one. Both names with different values is a 400 on the
 * old name's path; a bad value under the old name alone is reported under the new name, the one
 * the README documents.
 */
export function withRenamedFields<T extends z.ZodType>(renames: Readonly<Record<string, string>>, schema: T) {
  return z.preprocess((input, ctx) => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
    const body: Record<string, unknown> = { ...input };
    for (const [old, renamed] of Object.entries(renames)) {
      if (!(old in body)) continue;
      if (renamed in body && JSON.stringify(body[renamed]) !== JSON.stringify(body[old])) {
        ctx.addIssue({
          code: "custom",
          path: [old],
          message: `${old} adalah nama lama ${renamed} dan nilainya berbeda; kirim ${renamed} saja.`,
        });
      }
      body[renamed] ??= body[old];
      delete body[old];
    }
    return body;
  }, schema);
}

/**
 * `view` as a response carries it for one release: plus the old name `old` of its field
 * `current`, same value. View types leave the old name out, so the UI cannot come to rely on it.
 */
export function withOldName<T extends object, Current extends keyof T, Old extends string>(
  view: T,
  current: Current,
  old: Old,
): T & Record<Old, T[Current]> {
  return { ...view, [old]: view[current] } as T & Record<Old, T[Current]>;
}

/**
 * API fields renamed to their GLOSSARY.md names (issue 15) keep their old name for one release
 * (README "Renamed API fields"): responses carry both names, requests may send either. Everything
 * here goes in the release after.
 */
import { z } from "zod";

/**
 * A body transform accepting the old name `old` of the field `current`. Both may be sent only
 * with the same value (else a 400 on `old`); the output carries `current` alone, so services
 * never see the old name. Values are compared with ===: meant for scalar fields.
 */
export function acceptOldName<Current extends string, Old extends string>(current: Current, old: Old) {
  return <T extends { [K in Current | Old]?: unknown }>(body: T, ctx: z.RefinementCtx<T>): Omit<T, Old> => {
    const { [old]: oldValue, ...rest } = body;
    const value: unknown = body[current];
    if (oldValue === undefined) return rest;
    if (value !== undefined && value !== oldValue) {
      ctx.addIssue({
        code: "custom",
        path: [old],
        message: `${old} adalah nama lama ${current} dan nilainya berbeda; kirim ${current} saja.`,
      });
      return z.NEVER;
    }
    return { ...rest, [current]: oldValue } as Omit<T, Old>;
  };
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

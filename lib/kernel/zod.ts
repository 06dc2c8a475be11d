import { z, type ZodError } from "zod";
import type { FieldError } from "./errors";

// Indonesian default messages for every schema; our own schemas override where a
// friendlier sentence helps.
z.config(z.locales.id());

export function zodFieldErrors(error: ZodError, prefix?: string): FieldError[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join("."),
    message: issue.message,
  }));
}

export { z };

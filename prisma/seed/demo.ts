import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { EditionWriteOutcome } from "@/lib/reference/edition-write";
import { importParsed } from "@/lib/reference/import-file";
import { AHSP_DEMO_EDITION, loadDemoLibrary } from "./ahsp-demo";

export const DEMO_ACCOUNT = { email: "demo@rab.local", password: "demo-rab-2025", name: "Estimator Demo" };

/** Idempotent: a second run finds the account and leaves it as the user left it. */
export async function seedDemo(): Promise<{ email: string; password: string }> {
  const existing = await db().user.findUnique({ where: { email: DEMO_ACCOUNT.email }, select: { id: true } });
  if (!existing) {
    await db().user.create({
      data: {
        email: DEMO_ACCOUNT.email,
        name: DEMO_ACCOUNT.name,
        passwordHash: await hashPassword(DEMO_ACCOUNT.password),
        isAdmin: true,
      },
    });
  }
  await seedDemoLibrary();
  return { email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password };
}

/**
 * The curated demo library as its own edition, through the same import service as files
 * (a rejected row fails the seed instead of silently dropping an item).
 * Its content hash makes every later start a no-op, and a newer seed replaces it whole.
 */
export async function seedDemoLibrary(): Promise<EditionWriteOutcome> {
  return importParsed(await loadDemoLibrary(), { edition: AHSP_DEMO_EDITION.name, citation: AHSP_DEMO_EDITION.source });
}

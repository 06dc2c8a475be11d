import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { EditionWriteOutcome } from "@/lib/reference/edition-write";
import { createFromSnapshot } from "@/lib/snapshot/service";
import { parseSnapshot } from "@/lib/snapshot/validate";
import { loadAhspLibrary, seedAhspLibrary } from "./ahsp-library";
import { SAMPLE_MARKER, SAMPLE_PROJECT, sampleProjectDocument } from "./sample-project";

export const DEMO_ACCOUNT = { email: "demo@rab.local", password: "demo-rab-2025", name: "Estimator Demo" };

/**
 * The 87-item selection `npm start` seeded before the full library shipped. Its items are all
 * in the full edition, so an older .data/ database loses nothing when it goes (projects keep
 * their own copies of the items they use), and searches stop listing every item twice.
 */
const RETIRED_DEMO_EDITION = "AHSP Cipta Karya 2025 (demo)";

/** Idempotent and fast (one query once the account exists): `npm start` waits for it, sign-in needs it. */
export async function seedDemoAccount(): Promise<{ id: string; email: string; password: string }> {
  const existing = await db().user.findUnique({ where: { email: DEMO_ACCOUNT.email }, select: { id: true } });
  const user =
    existing ??
    (await db().user.create({
      data: {
        email: DEMO_ACCOUNT.email,
        name: DEMO_ACCOUNT.name,
        passwordHash: await hashPassword(DEMO_ACCOUNT.password),
        isAdmin: true,
      },
      select: { id: true },
    }));
  return { id: user.id, email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password };
}

export interface DemoContentOutcome {
  library: EditionWriteOutcome;
  /** null when the demo account already has its sample (a user's edits are kept). */
  sampleProjectId: string | null;
}

/**
 * The library, then the demo account's sample project. `npm start` runs it in the background
 * (scripts/seed-demo.ts): a few seconds that registering or signing in must not wait for.
 */
export async function seedDemoContent(log: (message: string) => void = () => undefined): Promise<DemoContentOutcome> {
  const parsed = await loadAhspLibrary();
  log(`berkas dibaca: ${parsed.items.length} item, ${parsed.report.counts.lines} baris analisa`);
  const library = await seedAhspLibrary(parsed);
  log(`edisi "${library.edition.name}" ${library.status} (${Math.round(library.durationMs)} ms)`);
  const retired = await db().ahspEdition.deleteMany({ where: { name: RETIRED_DEMO_EDITION } });
  if (retired.count > 0) log(`edisi lama "${RETIRED_DEMO_EDITION}" dihapus`);
  const account = await seedDemoAccount();
  const sampleProjectId = (await hasSampleProject(account.id)) ? null : await createSampleProject(account.id, parsed.items);
  log(sampleProjectId ? `proyek contoh "${SAMPLE_PROJECT.name}" dibuat` : "proyek contoh sudah ada");
  return { library, sampleProjectId };
}

/** The marker survives renames and edits; deleting the project (and its trail) brings a fresh sample next start. */
async function hasSampleProject(userId: string): Promise<boolean> {
  const marker = await db().auditEntry.findFirst({
    where: { userId, entity: "project", action: "create", after: { path: ["sample"], equals: SAMPLE_MARKER } },
    select: { id: true },
  });
  return marker !== null;
}

async function createSampleProject(userId: string, items: Parameters<typeof sampleProjectDocument>[0]): Promise<string> {
  const snapshot = parseSnapshot(sampleProjectDocument(items), "project", "Proyek contoh");
  const project = await createFromSnapshot(userId, snapshot, {
    action: "create",
    after: { sample: SAMPLE_MARKER, name: SAMPLE_PROJECT.name },
  });
  return project.id;
}

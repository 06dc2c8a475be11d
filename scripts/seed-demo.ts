/**
 * Seeds the demo AHSP library into DATABASE_URL, as `npm start` does for the embedded default.
 * A process of its own (run with scripts/tsconfig.json, which resolves `server-only`), so
 * callers outside the app, like the e2e setup, need not load server modules themselves.
 */
import { disconnectDb } from "@/lib/db/client";
import { seedDemoLibrary } from "../prisma/seed/demo";

const outcome = await seedDemoLibrary();
console.log(`Pustaka AHSP demo: ${outcome.status}`);
await disconnectDb();

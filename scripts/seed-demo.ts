/**
 * The demo content of `npm start` (the embedded default, or SEED_DEMO=true): the AHSP library
 * and the demo account's sample project, in DATABASE_URL. start.ts runs it as a background
 * process while the app builds and serves, so nobody waits for it; it logs its progress.
 */
import { disconnectDb } from "@/lib/db/client";
import { seedDemoContent } from "../prisma/seed/demo";

const started = performance.now();
try {
  await seedDemoContent((message) => console.log(`[demo] ${message}`));
  console.log(`[demo] selesai dalam ${((performance.now() - started) / 1000).toFixed(1)} detik`);
} catch (error) {
  console.error(`[demo] gagal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}

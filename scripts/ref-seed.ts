/**
 * npm run ref:seed: loads the shipped AHSP library (prisma/seed/ahsp-cipta-karya-2025.csv.gz,
 * edition "AHSP Cipta Karya 2025") into DATABASE_URL, or into the embedded database of
 * `npm start` without it. Idempotent like ref:import: a second run finds the same content
 * and writes nothing. Prints the validation report's counts; admins read the whole report
 * under Referensi → Impor pustaka AHSP → Laporan validasi. Exit code 0 done, 1 error.
 */
import { outcomeText } from "@/lib/reference/report-text";
import { loadAhspLibrary, seedAhspLibrary } from "../prisma/seed/ahsp-library";
import { openCliDatabase } from "./lib/cli-database";

const started = performance.now();
const parsed = await loadAhspLibrary();
const database = await openCliDatabase().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
try {
  const outcome = await seedAhspLibrary(parsed);
  const warnings = Object.entries(parsed.report.warningsByType).map(([type, count]) => `${type} ${count}`);
  console.log(outcomeText(outcome));
  console.log(`Ditolak: ${parsed.report.counts.rejectedRows} baris. Peringatan: ${warnings.join(", ") || "tidak ada"}.`);
  console.log(`Selesai dalam ${((performance.now() - started) / 1000).toFixed(1)} detik.`);
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
} finally {
  await database.close();
}

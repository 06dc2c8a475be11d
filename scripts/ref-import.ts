/**
 * npm run ref:import -- <file> --edition "<name>" [--citation "..."] [--yes] [--skip-rejected]
 *
 * Imports an AHSP library file (CSV or XLSX, flat layout) as one edition: prints the
 * validation report, asks for confirmation (or takes --yes), then replaces the edition in
 * one transaction. Exit codes: 0 imported or already up to date; 1 usage, file or
 * database error; 2 nothing written (rows rejected without --skip-rejected, or not confirmed).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { pathToFileURL } from "node:url";
import { ImportError } from "@/lib/reference/errors";
import { importParsed, parseImportFile, previewImport, type ImportOptions, type ParsedImport } from "@/lib/reference/import-file";
import { formatPreview, outcomeText } from "@/lib/reference/report-text";
import { citationSchema, editionNameSchema } from "@/lib/reference/schemas";
import type { ZodType } from "zod";
import { openCliDatabase } from "./lib/cli-database";

const USAGE = `Pemakaian:
  npm run ref:import -- <berkas.csv|berkas.xlsx> --edition "<nama edisi>" [--citation "<sumber>"] [--yes] [--skip-rejected]

  --edition        nama edisi, mis. "AHSP Cipta Karya 2025"; impor ulang mengganti isi edisi itu
  --citation       sumber resmi, mis. "Permen PUPR 8/2023 Lampiran B"
  --yes            tidak bertanya sebelum menulis (untuk skrip)
  --skip-rejected  tetap impor bila ada baris ditolak; item baris itu dilewati`;

export class UsageError extends Error {}

export interface CliArgs {
  file: string;
  edition: string;
  citation?: string;
  yes: boolean;
  skipRejected: boolean;
}

const VALUE_FLAGS = new Set(["--edition", "--citation"]);

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const values = new Map<string, string>();
  const switches = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (VALUE_FLAGS.has(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${flag} butuh nilai.\n\n${USAGE}`);
      values.set(flag, value);
    } else if (flag === "--yes" || flag === "-y" || flag === "--skip-rejected") switches.add(flag === "-y" ? "--yes" : flag);
    else if (!arg.startsWith("-")) positional.push(arg);
    else throw new UsageError(`Argumen tidak dikenal: ${arg}\n\n${USAGE}`);
  }
  const file = positional[0];
  if (!file || positional.length > 1 || !values.has("--edition")) throw new UsageError(USAGE);
  // The same rules as the upload API.
  const edition = checked(editionNameSchema, values.get("--edition"));
  const citation = values.has("--citation") ? checked(citationSchema, values.get("--citation")) : undefined;
  return { file, edition, ...(citation && { citation }), yes: switches.has("--yes"), skipRejected: switches.has("--skip-rejected") };
}

function checked(schema: ZodType<string>, value: string | undefined): string {
  const result = schema.safeParse(value);
  if (!result.success) throw new UsageError(result.error.issues.map((issue) => issue.message).join(" "));
  return result.data;
}

async function confirmed(args: CliArgs): Promise<boolean> {
  if (args.yes) return true;
  if (!process.stdin.isTTY) {
    console.log("\nTidak ada yang ditulis: tambahkan --yes untuk mengimpor tanpa bertanya.");
    return false;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question("\nLanjutkan impor? [y/N] ");
  rl.close();
  return /^(y|ya|yes)$/i.test(answer.trim());
}

async function run(args: CliArgs, parsed: ParsedImport): Promise<number> {
  const preview = await previewImport(parsed, args.edition);
  console.log(formatPreview(preview));
  if (preview.edition.unchanged && args.citation === undefined) return 0;
  if (parsed.report.counts.rejectedRows > 0 && !args.skipRejected) {
    console.log("\nAda baris ditolak: perbaiki berkas, atau jalankan ulang dengan --skip-rejected.");
    return 2;
  }
  if (!(await confirmed(args))) return 2;
  const options: ImportOptions = { edition: args.edition, skipRejected: args.skipRejected, expectedHash: preview.contentHash };
  if (args.citation !== undefined) options.citation = args.citation;
  const outcome = await importParsed(parsed, options);
  console.log(`\n${outcomeText(outcome)}`);
  return 0;
}

function explain(error: unknown): string {
  if (error instanceof UsageError || error instanceof ImportError) return error.message;
  const code = (error as { code?: string } | null)?.code;
  if (code === "ENOENT") return `Berkas tidak ditemukan: ${(error as { path?: string }).path ?? ""}`;
  if (code === "ECONNREFUSED") return "Tidak dapat terhubung ke basis data: periksa DATABASE_URL.";
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  // File problems are reported before any database is opened (or started).
  const started = performance.now();
  const parsed = await parseImportFile(await readFile(args.file));
  console.log(`Berkas ${args.file} dibaca dalam ${(performance.now() - started).toFixed(0)} ms.\n`);
  const database = await openCliDatabase();
  try {
    return await run(args, parsed);
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(explain(error));
      process.exit(1);
    },
  );
}

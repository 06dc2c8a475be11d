// Prisma 6.19.3 config for authoring migrations only; run through `npm run db:migrate`
// (scripts/db.ts), which sets DATABASE_URL and MIGRATOR_SCHEMA (a Prisma-6 copy of
// prisma/schema.prisma). The app itself uses Prisma 7 and the root prisma.config.ts.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this toolchain through \`npm run db:migrate\`.`);
  return value;
}

// Discrete fields, never `connectionString`: the adapter builds the shadow database's pool as
// { ...config, database }, and pg lets a connection string win over `database`, which would
// point the "shadow" back at the real database.
function adapterConfig(connectionString: string) {
  const url = new URL(connectionString);
  return {
    host: decodeURIComponent(url.hostname) || url.searchParams.get("host") || "localhost",
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username) || undefined,
    password: decodeURIComponent(url.password) || undefined,
    database: decodeURIComponent(url.pathname.slice(1)),
    // The CLI never closes the adapter's main pool; without this its idle connections keep the
    // process alive for pg's 10 s idle timeout after the work is done.
    allowExitOnIdle: true,
  };
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: required("MIGRATOR_SCHEMA"),
  migrations: { path: path.join(import.meta.dirname, "..", "migrations") },
  adapter: async () => new PrismaPg(adapterConfig(required("DATABASE_URL"))),
});

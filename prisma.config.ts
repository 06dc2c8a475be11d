import { defineConfig } from "prisma/config";

// Read process.env directly: prisma's env() throws when DATABASE_URL is unset,
// which would break `prisma generate` on a fresh clone.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});

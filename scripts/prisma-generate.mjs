// Prisma 7's CLI insists on a native schema-engine path even for `generate`, which never runs it.
// Offline machines cannot download that binary, so point it at any existing file (see README).
import { spawnSync } from "node:child_process";

const env = {
  ...process.env,
  CHECKPOINT_DISABLE: "1",
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
};
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);

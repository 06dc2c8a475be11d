import { defineConfig } from "vitest/config";
import path from "node:path";

// Server modules say `import "server-only"`, which Next resolves itself. Vitest has no
// such package (and tests are server code), so it gets Next's own empty module.
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "node_modules/next/dist/compiled/server-only/empty.js"),
};

// Unit tests sit next to the module they test (`*.test.ts`) and touch no service.
// Integration tests (`tests/integration/*.int.test.ts`) run against a real production
// server, a fresh PostgreSQL database and Redis, prepared once by the global setup.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.int.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One file at a time: the cluster, bounds and shutdown tests kill workers and load the
          // machine, and several files start servers on fixed ports.
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
    ],
  },
});

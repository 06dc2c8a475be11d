import next from "eslint-config-next";
import * as espree from "espree";

const config = [
  {
    ignores: ["lib/generated/**", ".next*/**", "node_modules/**", "prisma/migrator/**", "test-results/**", "playwright-report/**", ".data/**"],
  },
  ...next,
  {
    // The k6 suite must run on k6 >= 0.48: parsing it as ES2017 rejects `?.`, `??`,
    // object rest, class fields and top-level await.
    files: ["load-tests/**/*.js"],
    languageOptions: {
      parser: espree,
      ecmaVersion: 2017,
      sourceType: "module",
      globals: { __ENV: "readonly", __VU: "readonly", __ITER: "readonly" },
    },
  },
  {
    // One configuration path: settings are read, typed and validated in lib/env.ts only.
    // Scripts, tests and load tests configure processes and may read the environment directly.
    files: ["app/**", "lib/**", "components/**", "middleware.ts", "instrumentation.ts"],
    ignores: ["lib/env.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Baca konfigurasi lewat lib/env.ts (env(), buildEnv(), isProductionBuild())." },
      ],
    },
  },
];

export default config;

import next from "eslint-config-next";
import * as espree from "espree";

// lib/ never imports app/ or components/ (a later block for the same files replaces the rule, so it repeats these).
const LIB_NEVER_UP = [
  { group: ["@/app/*", "@/components/*"], message: "lib/ tidak boleh mengimpor app/ atau components/." },
  { regex: "^(\\.\\./)+(app|components)/", message: "lib/ tidak boleh mengimpor app/ atau components/." },
];

const config = [
  {
    ignores: [
      "lib/generated/**",
      ".next*/**",
      "node_modules/**",
      "prisma/migrator/**",
      "test-results/**",
      "playwright-report/**",
      ".data/**",
    ],
  },
  ...next,
  {
    // Client code reaches the server only through the API: components may import values
    // from lib/ only where the module is browser-safe (no database, Redis, fs or secrets,
    // and nothing that pulls those in). Everything else is `import type` only.
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // Allowed: lib/format/*, the pure calc engine, the API client and wire type, each
              // domain's types.ts, and leaf modules of constants or pure text named here.
              regex: `^@/lib/(?!(${[
                "format/[^/]+",
                "calc/[^/]+",
                "calc",
                "api/client",
                "api/project-sync",
                "kernel/wire",
                "kernel/messages",
                "auth/return-path",
                "projects/funding-label",
                "[^/]+/types",
                "[^/]+/limits",
                "harga-items/import-limits",
                "exports/filename",
                "reference/report-text",
                "security-events/kinds",
                "projects/roles",
                "projects/status",
                "projects/upload-limits",
                "audit/diff",
                "audit/labels",
                "pekerjaan/takeoff",
              ].join("|")})$)`,
              allowTypeImports: true,
              message:
                "components/ mengimpor dari lib/ hanya tipe (import type) atau modul aman-peramban yang disebut di eslint.config.mjs.",
            },
            { regex: "^(\\.\\./)+(lib|app)/", message: "Gunakan alias @/ agar aturan batas modul berlaku." },
            { group: ["@/app/*"], message: "components/ tidak mengimpor dari app/." },
          ],
        },
      ],
    },
  },
  {
    // A component's unit test runs in Node, never in the browser: it may build its sample with the
    // server's own builders (e.g. the Jadwal's weighted rows against the printed jadwal).
    files: ["components/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(\\.\\./)+(lib|app)/", message: "Gunakan alias @/ agar aturan batas modul berlaku." },
            { group: ["@/app/*"], message: "components/ tidak mengimpor dari app/." },
          ],
        },
      ],
    },
  },
  {
    // The dependency direction: app → components → lib, never back.
    files: ["lib/**"],
    rules: { "no-restricted-imports": ["error", { patterns: LIB_NEVER_UP }] },
  },
  {
    // Domains never reach up into the HTTP layer. Only routes (app/), the wrapper itself and the few
    // HTTP adapters named here (handlers outside route(), middleware, request-body uploads) do.
    files: ["lib/**"],
    ignores: [
      "lib/api/**",
      "lib/**/*handler*.ts",
      "lib/**/*-route.ts",
      "lib/**/upload.ts",
      "lib/auth/login-guard.ts",
      "lib/rate-limit/middleware.ts",
      "lib/rate-limit/respond.ts",
      "lib/harga-items/import-service.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...LIB_NEVER_UP,
            { regex: "^@/lib/api/", message: "Domain di lib/ tidak bergantung pada lapisan HTTP (lib/api); gunakan lib/kernel." },
          ],
        },
      ],
    },
  },
  {
    // lib/kernel is the shared kernel under both the HTTP layer (lib/api) and the domains: the error
    // vocabulary, the decimal wire format and zod field helpers. It depends on nothing else in lib/, so
    // the direction stays visible: app → lib/api → lib/<domain> → lib/kernel → lib/calc (the pure engine).
    files: ["lib/kernel/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^@/(?!lib/(kernel|calc)(/|$))",
              message: "lib/kernel hanya bergantung pada pustaka npm, lib/calc dan dirinya sendiri.",
            },
            { regex: "^\\.\\./", message: "lib/kernel hanya bergantung pada pustaka npm, lib/calc dan dirinya sendiri." },
          ],
        },
      ],
    },
  },
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

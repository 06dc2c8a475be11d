import next from "eslint-config-next";

export default [
  { ignores: ["lib/generated/**", ".next/**", "node_modules/**", "prisma/migrator/**", "test-results/**", "playwright-report/**", ".data/**"] },
  ...next,
];

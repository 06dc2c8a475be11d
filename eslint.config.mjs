import next from "eslint-config-next";

const config = [
  {
    ignores: ["lib/generated/**", ".next/**", "node_modules/**", "prisma/migrator/**", "test-results/**", "playwright-report/**", ".data/**"],
  },
  ...next,
];

export default config;

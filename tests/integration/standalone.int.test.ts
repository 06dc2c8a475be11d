// The production image's layout (Dockerfile), run without Docker: Next's standalone output,
// the static files and migrations copied next to it, and scripts/start.ts bundled by
// `npm run build:server`, started with plain `node scripts/start.mjs` (no tsx, no sources,
// no dev dependencies). It must migrate, serve pages and the API, and drain on SIGTERM.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { freshDatabase } from "../support/database";
import { pdfPages } from "../support/exports";
import { rabClient } from "../support/rab";
import { ROOT, TEST_SECRET, waitUntilLive } from "../support/server";

const PORT = 3184;
const URL = `http://localhost:${PORT}`;
const DIST = process.env.NEXT_DIST_DIR || ".next";

describe("the standalone production layout", () => {
  let dir: string;
  let child: ReturnType<typeof spawn>;
  let output = "";

  beforeAll(async () => {
    const bundled = spawnSync(process.execPath, ["scripts/build-server.mjs"], { cwd: ROOT, encoding: "utf8" });
    expect(bundled.status, bundled.stderr).toBe(0);
    dir = mkdtempSync(path.join(os.tmpdir(), "rab-standalone-"));
    cpSync(path.join(ROOT, DIST, "standalone"), dir, { recursive: true });
    cpSync(path.join(ROOT, DIST, "static"), path.join(dir, DIST, "static"), { recursive: true });
    cpSync(path.join(ROOT, "prisma/migrations"), path.join(dir, "prisma/migrations"), { recursive: true });
    const databaseUrl = await freshDatabase(`rab_test_standalone${process.env.TEST_DB_SUFFIX ? `_${process.env.TEST_DB_SUFFIX}` : ""}`, {
      migrate: false,
    });
    child = spawn(process.execPath, ["scripts/start.mjs"], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? "",
        NODE_ENV: "production",
        PORT: String(PORT),
        WEB_CONCURRENCY: "1",
        DATABASE_URL: databaseUrl,
        REDIS_URL: inject("redisUrl"),
        NEXTAUTH_URL: URL,
        NEXTAUTH_SECRET: TEST_SECRET,
        NEXT_DIST_DIR: DIST,
        // The suite's other servers share this Redis and the client address: their sign-ups count too.
        RATE_LIMIT_REGISTER: "1000/60",
      },
    });
    child.stdout?.on("data", (c) => (output += c));
    child.stderr?.on("data", (c) => (output += c));
    await waitUntilLive(URL, child);
  }, 90_000);

  afterAll(() => {
    if (child?.exitCode === null) child.kill("SIGKILL");
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("migrates an empty database and serves the API, pages and static files", async () => {
    expect(output).toContain("Migrasi diterapkan");
    expect((await fetch(`${URL}/health`)).status).toBe(200);
    expect((await fetch(`${URL}/api/v1/me`)).status).toBe(401);
    const page = await fetch(`${URL}/login`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("nonce-");
    const css = /\/_next\/static\/[^"]+\.css/.exec(await page.text())?.[0];
    expect(css).toBeDefined();
    expect((await fetch(`${URL}${css}`)).status).toBe(200);
  });

  it("prints a PDF in its embedded font (the font files are part of the traced output)", async () => {
    const { newUser, newProject, newSection, newPekerjaan } = rabClient(URL);
    const { token } = await newUser("standalone");
    const id = await newProject(token);
    const { subKlasifikasiId } = await newSection(token, id);
    await newPekerjaan(token, id, subKlasifikasiId, { uraian: "Tulangan ∅ 12 mm, ≥ 2 m²", volume: "1" });
    const res = await fetch(`${URL}/api/v1/projects/${id}/exports/rekap-rab.pdf`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(pdfPages(Buffer.from(await res.arrayBuffer())).join("\n")).toContain("Tulangan ∅ 12 mm, ≥ 2 m²");
  });

  it("drains and exits 0 on SIGTERM", async () => {
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});

import { readdirSync } from "node:fs";
import path from "node:path";
import { createValidFileMatcher } from "next/dist/server/lib/find-page-file";
import { describe, expect, it } from "vitest";
import { pageExtensions, routeFileNames, scanRouteMethods } from "./route-files";

const APP = path.resolve(import.meta.dirname, "../../app");
const API = path.join(APP, "api/v1");

/** The API routes Next itself would build from app/, judged by Next's own file matcher. */
function routesNextBuilds(withTestRoutes: boolean): string[] {
  const matcher = createValidFileMatcher(pageExtensions(withTestRoutes), APP);
  return readdirSync(API, { recursive: true, encoding: "utf8" })
    .map((file) => path.join(API, file))
    .filter((file) => matcher.isAppRouterRoute(file))
    .map((file) => path.relative(API, path.dirname(file)).split(path.sep).join("/"))
    .sort();
}

describe("the test fixtures' routes", () => {
  it("are not in a production build, by Next's own reading of pageExtensions", () => {
    const routes = routesNextBuilds(false);
    expect(routes).toContain("projects");
    expect(routes.filter((r) => r.startsWith("diagnostics"))).toEqual([]);
  });

  it("are in the test suite's build (RAB_TEST_ROUTES=1), next to every production route", () => {
    const production = routesNextBuilds(false);
    expect(routesNextBuilds(true)).toEqual([...production, "diagnostics/error", "diagnostics/slow"].sort());
  });

  it("match the route table compiled into the build (405 answers, security suite)", () => {
    for (const withTestRoutes of [false, true]) {
      const scanned = scanRouteMethods(API, routeFileNames(withTestRoutes)).map(([prefix]) => prefix.slice(1));
      expect(scanned.sort(), String(withTestRoutes)).toEqual(routesNextBuilds(withTestRoutes));
    }
  });
});

describe("scanRouteMethods", () => {
  it("reads the handlers a deprecated alias re-exports as its own", () => {
    const methods = new Map(scanRouteMethods(API, routeFileNames(false)));
    for (const sub of ["", "/entries", "/spread", "/clear", "/remap-preview"]) {
      expect(methods.get(`/projects/[projectId]/schedule${sub}`), sub).toEqual(methods.get(`/projects/[projectId]/jadwal${sub}`));
    }
    expect(methods.get("/projects/[projectId]/schedule/entries")).toEqual(["PUT"]);
  });
});

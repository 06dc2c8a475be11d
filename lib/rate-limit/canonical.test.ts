import { describe, expect, it } from "vitest";
import { routePattern } from "@/lib/kernel/route-pattern";
import { canonicalPath } from "./canonical";

const id = "1a99c0de-0000-4000-8000-000000000001";

describe("canonicalPath", () => {
  it.each([
    [`/api/v1/projects/%31a99c0de-0000-4000-8000-000000000001/pricing`, `/api/v1/projects/${id}/pricing`],
    [`/api/v1/projects/${id}/exports/rekap-rab%2Ecsv`, `/api/v1/projects/${id}/exports/rekap-rab.csv`],
    [`/api/v1/projects/${id}/cop%79`, `/api/v1/projects/${id}/copy`],
    [`/api/v1/projects/${id}/pricing/`, `/api/v1/projects/${id}/pricing`],
    [`//api/v1//projects///${id}/pricing//`, `/api/v1/projects/${id}/pricing`],
    [`/api/v1/projects/a%2Fb/copy`, `/api/v1/projects/a%2Fb/copy`],
    [`/api/v1/Projects/${id}`, `/api/v1/Projects/${id}`],
    [`/api/v1/projects/${id}/schedule`, `/api/v1/projects/${id}/jadwal`],
    [`/api/v1/projects/${id}/sched%75le/entries/`, `/api/v1/projects/${id}/jadwal/entries`],
    [`/api/v1/projects/${id}/schedules`, `/api/v1/projects/${id}/schedules`],
    ["/", "/"],
  ])("%s → %s", (raw, canonical) => {
    expect(canonicalPath(raw)).toBe(canonical);
  });

  it("answers null for malformed percent-encoding instead of throwing", () => {
    expect(canonicalPath("/api/v1/projects/%")).toBeNull();
    expect(canonicalPath("/api/v1/projects/%E0%A4%A/pricing")).toBeNull();
    expect(canonicalPath("/api/v1/%zz")).toBeNull();
  });

  it("folds an upper-case UUID into the same route pattern", () => {
    expect(routePattern(canonicalPath(`/api/v1/projects/${id.toUpperCase()}/pricing`)!)).toBe("/api/v1/projects/:id/pricing");
  });
});

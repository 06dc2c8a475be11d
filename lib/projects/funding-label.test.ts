import { describe, expect, it } from "vitest";
import { fundingLabel } from "./funding-label";

describe("fundingLabel", () => {
  it("adds the fiscal year the source does not name", () => {
    expect(fundingLabel("APBD Kabupaten", 2026)).toBe("APBD Kabupaten TA 2026");
  });
  it("does not repeat a year the source already names", () => {
    expect(fundingLabel("Dana Desa TA 2026", 2026)).toBe("Dana Desa TA 2026");
  });
  it("adds the year when the source names another number only", () => {
    expect(fundingLabel("DAK 12026", 2026)).toBe("DAK 12026 TA 2026");
  });
  it("shows the source alone without a fiscal year, and the year alone without a source", () => {
    expect(fundingLabel("APBN", null)).toBe("APBN");
    expect(fundingLabel("", 2027)).toBe("TA 2027");
  });
});

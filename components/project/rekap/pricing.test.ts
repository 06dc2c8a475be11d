import { describe, expect, it } from "vitest";
import { changedPricing } from "./pricing";
import type { PricingView } from "@/lib/projects/types";

const read: PricingView = { overheadProfitPercent: "10.00", ppnPercent: "11.00", roundingBase: 1000, unitPriceRounding: "0.01" };

describe("changedPricing", () => {
  it("sends only the settings the person changed, comparing percents as decimals", () => {
    expect(changedPricing({ ...read, overheadProfitPercent: "12.5", ppnPercent: "11" }, read)).toEqual({ overheadProfitPercent: "12.5" });
    expect(changedPricing({ ...read, roundingBase: 10000, unitPriceRounding: "100" }, read)).toEqual({
      roundingBase: 10000,
      unitPriceRounding: "100",
    });
  });

  it("sends nothing for an untouched form", () => {
    expect(changedPricing({ ...read, overheadProfitPercent: "10", ppnPercent: "11.0" }, read)).toEqual({});
  });
});

import { describe, expect, it } from "vitest";
import { formatDecimalId } from "./format";

describe("formatDecimalId", () => {
  it("writes decimal strings id-ID style without rounding them", () => {
    expect(formatDecimalId("0.013")).toBe("0,013");
    expect(formatDecimalId("1234.5")).toBe("1.234,5");
    expect(formatDecimalId("7341666.67")).toBe("7.341.666,67");
    expect(formatDecimalId("999999999999.999999")).toBe("999.999.999.999,999999");
    expect(formatDecimalId("202")).toBe("202");
    expect(formatDecimalId("-1000")).toBe("-1.000");
  });
});

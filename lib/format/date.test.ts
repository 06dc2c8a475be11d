import { describe, expect, it } from "vitest";
import { formatJakartaDay, formatJakartaTime, jakartaDate, jakartaDayStart } from "./date";

describe("WIB days", () => {
  it("a day runs from 17:00 UTC the day before", () => {
    expect(jakartaDate(new Date("2026-03-01T16:59:59.999Z"))).toBe("2026-03-01");
    expect(jakartaDate(new Date("2026-03-01T17:00:00Z"))).toBe("2026-03-02");
    expect(jakartaDayStart("2026-03-02").toISOString()).toBe("2026-03-01T17:00:00.000Z");
  });

  it("reads a day and a time as people in Jakarta say them", () => {
    expect(formatJakartaDay("2026-12-07")).toBe("Senin, 7 Desember 2026");
    expect(formatJakartaTime("2026-12-07T07:05:00Z")).toBe("14.05");
  });
});

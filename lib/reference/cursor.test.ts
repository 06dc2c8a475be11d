import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

describe("search cursor", () => {
  const cursor = { tier: 1, score: 347436, edition: "AHSP Cipta Karya 2025", position: 12, id: "0b7f2c1e-8d5a-4c1b-9f3e-2a6d7c8b9e0f" };

  it("round-trips the sort key of the last row", () => {
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual(cursor);
  });

  it("rejects anything it did not make", () => {
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    for (const text of [
      "",
      "bukan-cursor",
      "%%%",
      forged({ tier: 1 }),
      forged([1, 2.5, "e", 3, cursor.id]),
      forged([1, 2, "e", 3, "x'; --"]),
      forged([-1, 0, "e", 0, cursor.id]),
      forged([1, 2, 3, cursor.id]),
    ]) {
      expect(decodeCursor(text), text).toBeNull();
    }
  });
});

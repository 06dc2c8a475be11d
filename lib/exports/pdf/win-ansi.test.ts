import { describe, expect, it } from "vitest";
import { winAnsi } from "./win-ansi";

describe("winAnsi", () => {
  it("keeps what Helvetica prints: ASCII, Latin-1, typographic quotes and dashes", () => {
    const text = "Café Ñusa — “Tahap II” ½ m² m³ € <script>alert(1)</script>";
    expect(winAnsi(text)).toBe(text);
  });

  it("drops accents it can not print and replaces the rest", () => {
    expect(winAnsi("Łódź ő")).toBe("?ódz o");
    expect(winAnsi("≤ 5 中文")).toBe("? 5 ??");
    expect(winAnsi("ﬁ")).toBe("fi");
  });

  it("turns line breaks and tabs into spaces", () => {
    expect(winAnsi("a\nb\tc\r")).toBe("a b c ");
  });
});

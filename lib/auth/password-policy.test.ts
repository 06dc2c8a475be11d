import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

const account = { email: "budi.santoso+kantor@dinas.go.id", name: "Budi Santoso" };

describe("passwordProblem", () => {
  it.each([
    ["12345678", /umum/],
    ["password", /umum/],
    ["PASSWORD", /umum/],
    ["iloveyou", /umum/],
    ["sunshine1", /umum/], // rank ~8,600
    ["jefferson", /umum/], // rank ~9,000
    ["        ", /spasi/],
    ["\t \n  \u00a0 ", /spasi/],
    ["budi.santoso!", /email/],
    ["xx-BudiSantoso-99", /email/],
    ["budi-santoso-kuat", /email/],
    ["kuat-BUDI SANTOSO", /email/],
    ["genteng-budisantoso", /email/],
  ])("refuses %j", (password, message) => {
    expect(passwordProblem(password, account)).toMatch(message);
  });

  it.each([
    "genteng-bocor-di-musim-hujan",
    "rahasia-123",
    "chinacat", // rank ~20,000: past the 10,000 most common
    "bud1-sant0so-q",
  ])("accepts %j", (password) => {
    expect(passwordProblem(password, account)).toBeNull();
  });

  it("refuses the whole name, ignoring case, spaces and punctuation", () => {
    const other = { email: "kantor@dinas.go.id", name: "Wulandari Kencana" };
    expect(passwordProblem("WULANDARI.kencana!", other)).toMatch(/nama/);
    expect(passwordProblem("wulandari-2024-aman", other)).toBeNull();
  });

  it("ignores names and mailboxes under 4 letters, which would refuse unrelated passwords", () => {
    expect(passwordProblem("kaniawati-22", { email: "ani@b.co", name: "Ani" })).toBeNull();
    expect(passwordProblem("rahasia-xss-1", { email: "xss@test.local", name: "xss" })).toBeNull();
  });
});

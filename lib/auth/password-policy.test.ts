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
    ["santoso-kuat-sekali", /nama/],
    ["genteng-budi-bocor", /nama/],
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

  it("ignores short name words and tiny mailboxes, which would refuse unrelated passwords", () => {
    expect(passwordProblem("tri-angle-grinder", { email: "a@b.co", name: "Tri Ani" })).toBeNull();
    expect(passwordProblem("trianixx-22", { email: "a@b.co", name: "Tri Ani" })).toMatch(/nama/);
  });
});

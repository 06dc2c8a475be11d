// Security suite, weak passwords: registration and password change refuse the most common
// passwords, passwords built from the account's email or name, and blank ones, and say
// which rule failed on which field. Nothing is written when they do.
import { describe, expect, inject, it } from "vitest";
import { apiClient } from "../support/api";
import { expectSafeError } from "../support/security";

const { call, newUser } = apiClient(inject("baseUrl"));

function fieldErrors(res: { body: { error: { details: { fields: { path: string; message: string }[] } } } }) {
  return res.body.error.details.fields;
}

const WEAK: [string, string, RegExp][] = [
  ["12345678", "one of the most common", /umum/],
  ["password", "one of the most common", /umum/],
  ["Password", "common, in another case", /umum/],
  ["sunshine1", "common with a digit (rank < 10,000)", /umum/],
  ["        ", "whitespace only", /spasi/],
  ["budi.santoso", "the email's local part", /email/],
  ["XbudI.SantosO-2026", "containing the local part, any case", /email/],
  ["wulandari-kencana", "containing the name", /nama/],
];

describe("weak passwords at registration", () => {
  it.each(WEAK)("refuses %j (%s) on the password field", async (password, _why, message) => {
    const email = `budi.santoso+${crypto.randomUUID().slice(0, 8)}@test.local`;
    const res = await call("/api/v1/auth/register", { json: { email, password, name: "Wulandari Kencana" } });
    expectSafeError(res, 400);
    expect(fieldErrors(res)).toEqual([{ path: "password", message: expect.stringMatching(message) }]);
    const login = await call("/api/v1/auth/tokens", { json: { email, password, name: "x" } });
    expect(login.status, "no account was created").toBe(401);
  });

  it("accepts a password that breaks no rule", async () => {
    const res = await call("/api/v1/auth/register", {
      json: {
        email: `budi.santoso+${crypto.randomUUID().slice(0, 8)}@test.local`,
        password: "genteng-bocor-di-musim-hujan",
        name: "Wulandari Kencana",
      },
    });
    expect(res.status).toBe(201);
  });
});

describe("weak passwords on password change", () => {
  it.each(WEAK.filter(([, , message]) => ["umum", "spasi"].some((m) => message.source === m)))(
    "refuses %j (%s) on newPassword and keeps the old password",
    async (newPassword, _why, message) => {
      const user = await newUser("ganti");
      const res = await call("/api/v1/me/password", { token: user.token, json: { currentPassword: user.password, newPassword } });
      expectSafeError(res, 400);
      expect(fieldErrors(res)).toEqual([{ path: "newPassword", message: expect.stringMatching(message) }]);
      expect((await call("/api/v1/auth/tokens", { json: { email: user.email, password: user.password, name: "x" } })).status).toBe(201);
    },
  );

  it("refuses the caller's own email and name", async () => {
    const user = await newUser("ganti-nama");
    const local = user.email.split("@")[0]!;
    for (const [newPassword, message] of [
      [`${local}!`, /email/],
      ["uji ganti-nama 2026", /nama/],
    ] as const) {
      const res = await call("/api/v1/me/password", { token: user.token, json: { currentPassword: user.password, newPassword } });
      expectSafeError(res, 400);
      expect(fieldErrors(res)).toEqual([{ path: "newPassword", message: expect.stringMatching(message) }]);
    }
  });
});

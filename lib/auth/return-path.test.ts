import { describe, expect, it } from "vitest";
import { loginHref, safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("returns a path on this site with its query", () => {
    expect(safeReturnPath("/projects/abc/rekap-rab?versi=1")).toBe("/projects/abc/rekap-rab?versi=1");
  });
  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "/\t/evil.example", "javascript:alert(1)", "", null, undefined])(
    "sends %j to the dashboard",
    (next) => {
      expect(safeReturnPath(next)).toBe("/dashboard");
    },
  );
  it("never loops back to the login page", () => {
    expect(safeReturnPath("/login?next=/x")).toBe("/dashboard");
    expect(safeReturnPath("/login")).toBe("/dashboard");
    expect(safeReturnPath("/login-bantuan")).toBe("/login-bantuan");
  });
  it("refuses an overlong path", () => {
    expect(safeReturnPath(`/${"a".repeat(3000)}`)).toBe("/dashboard");
  });
});

describe("loginHref", () => {
  it("carries the page, encoded", () => {
    expect(loginHref("/projects/p1/volume?x=1&y=2")).toBe("/login?next=%2Fprojects%2Fp1%2Fvolume%3Fx%3D1%26y%3D2");
  });
  it("is plain /login for the dashboard or an unsafe target", () => {
    expect(loginHref("/dashboard")).toBe("/login");
    expect(loginHref("//evil.example")).toBe("/login");
  });
});

import { describe, expect, it } from "vitest";
import { etagOf, parseIfMatch, VersionGuard } from "./change-version";
import { ApiError } from "./errors";

describe("parseIfMatch", () => {
  it("reads the ETag an answer carried back as its version", () => {
    expect(parseIfMatch(etagOf(0))).toBe(0);
    expect(parseIfMatch(etagOf(981_234))).toBe(981_234);
    expect(parseIfMatch(' "7" ')).toBe(7);
  });

  it("asks for no check without a header or with *", () => {
    expect(parseIfMatch(null)).toBeNull();
    expect(parseIfMatch("*")).toBeNull();
  });

  it.each(['W/"7"', "7", '"07"', '"-1"', '"7", "8"', '""', '"1e3"', '"1234567890123456"', ""])(
    "refuses %j as a 400 on If-Match",
    (value) => {
      const error = (() => {
        try {
          parseIfMatch(value);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status: 400, details: { fields: [{ path: "If-Match" }] } });
    },
  );
});

describe("VersionGuard", () => {
  it("lets any version through without an If-Match", () => {
    expect(() => new VersionGuard(null).check(42)).not.toThrow();
  });

  it("refuses another version with 412 naming the current one", () => {
    const guard = new VersionGuard(3);
    expect(() => guard.check(3)).not.toThrow();
    expect(() => guard.check(4)).toThrow(
      expect.objectContaining({ status: 412, code: "PRECONDITION_FAILED", details: { currentVersion: 4 } }),
    );
  });

  it("answers the committed version, and lets a second write of the same request build on the first", () => {
    const guard = new VersionGuard(3);
    expect(guard.current(3)).toBe(3);
    expect(guard.before).toBeNull();
    guard.committed(5, 3);
    expect(guard.current(3)).toBe(5);
    expect(() => guard.check(5)).not.toThrow();
    expect(() => guard.check(3)).toThrow(expect.objectContaining({ status: 412 }));
    // The request's changes are everything after the version its first write found.
    guard.committed(7, 5);
    expect([guard.before, guard.current(3)]).toEqual([3, 7]);
  });
});

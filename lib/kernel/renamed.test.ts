import { describe, expect, it } from "vitest";
import { z } from "zod";
import { withEditVersion } from "./edit-version";
import { withOldName, withRenamedFields } from "./renamed";

// A made-up rename: `kode` was once called `code`.
const renamed = withRenamedFields({ code: "kode" }, z.strictObject({ kode: z.string().optional(), name: z.string() }));

describe("withRenamedFields", () => {
  it("takes the value under either name and hands on the new name only", () => {
    expect(renamed.parse({ name: "a", code: "K1" })).toEqual({ name: "a", kode: "K1" });
    expect(renamed.parse({ name: "a", kode: "K1" })).toEqual({ name: "a", kode: "K1" });
    expect(renamed.parse({ name: "a", kode: "K1", code: "K1" })).toEqual({ name: "a", kode: "K1" });
    expect(renamed.parse({ name: "a" })).toEqual({ name: "a" });
  });

  it("refuses both names with different values, on the old name", () => {
    const result = renamed.safeParse({ name: "a", kode: "K1", code: "K2" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["code", "code adalah nama lama kode dan nilainya berbeda; kirim kode saja."],
    ]);
  });

  it("checks a value sent under the old name alone as the new field, under the documented name", () => {
    expect(renamed.safeParse({ name: "a", code: 7 }).error!.issues[0]!.path).toEqual(["kode"]);
  });

  it("leaves anything but an object to the schema", () => {
    expect(renamed.safeParse([]).success).toBe(false);
  });
});

describe("withEditVersion", () => {
  const schema = withEditVersion({ name: z.string().optional() });

  it("is the concurrency token under editVersion, or version until the next release", () => {
    expect(schema.parse({ name: "a", version: 3 })).toEqual({ name: "a", editVersion: 3 });
    expect(schema.parse({ editVersion: 3 })).toEqual({ editVersion: 3 });
    expect(schema.safeParse({ editVersion: 3, version: 2 }).error!.issues[0]!.path).toEqual(["version"]);
    expect(schema.safeParse({ editVersion: -1 }).error!.issues[0]!.path).toEqual(["editVersion"]);
  });
});

describe("withOldName", () => {
  it("adds the old name beside the new one, same value, and keeps the rest", () => {
    expect(withOldName({ id: "p", editVersion: 5 }, "editVersion", "version")).toEqual({ id: "p", editVersion: 5, version: 5 });
  });
});

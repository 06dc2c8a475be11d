import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { entryContent, newEntry, readZip, writeZip } from "./zip";

const TEXT = "<x>Kurva S · ñ</x>".repeat(50);
const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);

describe("zip", () => {
  const archive = writeZip([newEntry("xl/a.xml", TEXT), newEntry("xl/media/ñ.png", BINARY, { compress: false })]);

  it("reads back what it wrote: names, methods and contents", () => {
    const entries = readZip(archive);
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ["xl/a.xml", 8, Buffer.byteLength(TEXT)],
      ["xl/media/ñ.png", 0, BINARY.length],
    ]);
    expect(entries[0]!.data.length).toBeLessThan(Buffer.byteLength(TEXT));
    expect(entryContent(entries[0]!).toString("utf8")).toBe(TEXT);
    expect(entryContent(entries[1]!)).toEqual(BINARY);
  });

  it("copies entries unchanged, still compressed", () => {
    const copy = writeZip(readZip(archive));
    expect(copy).toEqual(archive);
  });

  it.skipIf(!existsSync("/usr/bin/unzip"))("is an archive Info-ZIP tests clean (sizes, CRCs, UTF-8 names)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "zip-test-"));
    try {
      writeFileSync(path.join(dir, "a.zip"), archive);
      expect(execFileSync("unzip", ["-t", path.join(dir, "a.zip")], { encoding: "utf8" })).toMatch(/No errors detected/);
      expect(execFileSync("unzip", ["-p", path.join(dir, "a.zip"), "xl/a.xml"], { encoding: "utf8" })).toBe(TEXT);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses what is not a ZIP archive", () => {
    expect(() => readZip(Buffer.from("bukan zip"))).toThrow(/Bukan arsip ZIP/);
  });
});

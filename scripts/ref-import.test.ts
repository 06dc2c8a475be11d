import { describe, expect, it } from "vitest";
import { parseCliArgs, UsageError } from "./ref-import";

describe("ref:import arguments", () => {
  it("reads the file, the edition and the options in any order and form", () => {
    expect(parseCliArgs(["data.csv", "--edition", "AHSP 2025", "--citation=Permen 8/2023", "-y"])).toEqual({
      file: "data.csv",
      edition: "AHSP 2025",
      citation: "Permen 8/2023",
      yes: true,
      skipRejected: false,
    });
    expect(parseCliArgs(["--skip-rejected", "--edition=X", "a.xlsx"])).toMatchObject({
      file: "a.xlsx",
      edition: "X",
      skipRejected: true,
      yes: false,
    });
  });

  it("refuses a missing file or edition, an empty value, two files and unknown flags", () => {
    for (const argv of [
      ["data.csv"],
      ["--edition", "X"],
      ["a.csv", "--edition", " "],
      ["a.csv", "b.csv", "--edition", "X"],
      ["a.csv", "--edition", "X", "--force"],
    ]) {
      expect(() => parseCliArgs(argv), argv.join(" ")).toThrow(UsageError);
    }
  });
});

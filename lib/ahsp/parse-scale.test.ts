import { describe, expect, it } from "vitest";
import { HEADER, bytes, parseOk, toCsv } from "./test-support";

/** A synthetic flat file of about `megabytes` MB: 6 lines per item, realistic widths. */
function syntheticCsv(megabytes: number): Uint8Array {
  const rows: string[][] = [[...HEADER]];
  let size = 0;
  for (let i = 0; size < megabytes * 1_000_000; i++) {
    const kode = `${1 + (i % 9)}.${Math.floor(i / 9)}.1`;
    const nama = `Pembuatan 1 m3 beton mutu fc' ${i % 40} MPa, slump (12 ± 2) cm, w/c = 0,52 (Lihat Permen PUPR 8/2023 Lampiran B)`;
    for (let j = 0; j < 6; j++) {
      const line = [
        kode,
        nama,
        "m3",
        j < 3 ? "TK" : "BHN",
        `R-${j}${i % 50}`,
        `Sumber daya ${j} ${i % 50}`,
        "OH",
        `0.${(i * 7 + j) % 1000}1`,
      ];
      rows.push(line);
      size += line.join(",").length + 1;
    }
  }
  return bytes(toCsv(rows));
}

async function timeParse(data: Uint8Array): Promise<number> {
  const started = performance.now();
  const { report } = await parseOk(data);
  expect(report.rejected).toEqual([]);
  return performance.now() - started;
}

describe("parseAhspImport at the 20 MB upload limit", () => {
  it("stays linear", { timeout: 120_000 }, async () => {
    const small = syntheticCsv(2.5);
    const large = syntheticCsv(20);
    await timeParse(small); // warm-up: JIT and module loading
    const smallMs = await timeParse(small);
    const largeMs = await timeParse(large);
    console.log(
      `[ahsp] ${(small.byteLength / 1e6).toFixed(1)} MB in ${smallMs.toFixed(0)} ms; ${(large.byteLength / 1e6).toFixed(1)} MB in ${largeMs.toFixed(0)} ms`,
    );
    // 8x the data: linear work takes ~8x as long, quadratic work ~64x.
    expect(largeMs / smallMs).toBeLessThan(24);
  });
});

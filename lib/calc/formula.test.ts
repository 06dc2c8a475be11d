import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DecimalValue } from "./decimal";
import {
  evaluateFormula,
  FormulaError,
  type FormulaErrorCode,
  formulaDependencies,
  isValidParameterName,
  MAX_FORMULA_LENGTH,
  ParameterScope,
  parseFormula,
} from "./formula";

const params = (entries: Record<string, DecimalValue> = {}) => new Map(Object.entries(entries));
const calc = (src: string, p: Record<string, DecimalValue> = {}) => evaluateFormula(src, params(p)).toString();

function errorOf(fn: () => unknown): FormulaError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FormulaError);
    return e as FormulaError;
  }
  throw new Error("expected a FormulaError");
}
const errorCode = (src: string, p: Record<string, DecimalValue> = {}): FormulaErrorCode => errorOf(() => calc(src, p)).code;

describe("arithmetic and precedence", () => {
  it.each([
    ["2 + 3 * 4", "14"],
    ["(2 + 3) * 4", "20"],
    ["10 - 4 - 3", "3"],
    ["100 / 10 / 5", "2"],
    ["2 ^ 3 ^ 2", "512"],
    ["(2 ^ 3) ^ 2", "64"],
    ["-2 ^ 2", "-4"],
    ["(-2) ^ 2", "4"],
    ["2 ^ -1", "0.5"],
    ["2 * -3", "-6"],
    ["--3", "3"],
    ["+3 - -3", "6"],
    ["1 - 2 * 3 ^ 2 / 6", "-2"],
    ["0.1 + 0.2", "0.3"],
    [".5 * 4", "2"],
    ["3 × 4 ÷ 6 − 1", "1"],
    ["  7  ", "7"],
    ["4 ^ 0.5", "2"],
  ])("%s = %s", (src, expected) => {
    expect(calc(src)).toBe(expected);
  });

  it("divides exactly enough: 1 / 3 * 3 rounds back to 1 at 3 dp", () => {
    expect(evaluateFormula("1 / 3 * 3", params()).toDecimalPlaces(3).toString()).toBe("1");
  });
});

describe("parameters", () => {
  it("evaluates a volume formula over named parameters in exact decimals", () => {
    expect(calc("panjang * lebar * 0.15", { panjang: "12.5", lebar: "4.2" })).toBe("7.875");
  });

  it("matches names case-insensitively", () => {
    expect(calc("Panjang * LEBAR", { panjang: 2, Lebar: 3 })).toBe("6");
  });

  it("reports an unknown name with its position, in Indonesian", () => {
    const err = errorOf(() => calc("2 * panjangx", { panjang: 1 }));
    expect(err.code).toBe("UNKNOWN_NAME");
    expect(err.message).toBe("Parameter tidak dikenal: panjangx (posisi 5)");
    expect(err.position).toBe(4);
  });

  it.each(["constructor", "__proto__", "process", "toString", "hasOwnProperty", "prototype", "globalThis"])(
    "%s is just an unknown name",
    (name) => {
      expect(errorCode(`${name} + 1`)).toBe("UNKNOWN_NAME");
      expect(errorCode(`${name}(1)`)).toBe("UNKNOWN_FUNCTION");
    },
  );

  it("cannot reach JavaScript at all", () => {
    expect(errorCode("process.exit(1)")).toBe("SYNTAX");
    expect(errorCode("this")).toBe("UNKNOWN_NAME");
    expect(errorCode("a[0]")).toBe("SYNTAX");
    expect(errorCode("'x'")).toBe("SYNTAX");
  });

  it("rejects a name that two parameters share up to case, only when used", () => {
    const p = { Panjang: 1, panjang: 2, lebar: 3 };
    expect(errorCode("panjang * 2", p)).toBe("AMBIGUOUS_NAME");
    expect(calc("lebar * 2", p)).toBe("6");
  });

  it("rejects a parameter whose value is not a number", () => {
    expect(errorCode("x + 1", { x: "abc" })).toBe("BAD_ARGUMENTS");
  });

  it("reuses a ParameterScope across formulas", () => {
    const scope = new ParameterScope(params({ p: "2.5", l: 4 }));
    expect(evaluateFormula("p * l", scope).toString()).toBe("10");
    expect(evaluateFormula(parseFormula("p + l"), scope).toString()).toBe("6.5");
  });

  it("validates parameter names for the editor", () => {
    expect(isValidParameterName("tinggi_dinding2")).toBe(true);
    expect(isValidParameterName("2x")).toBe(false);
    expect(isValidParameterName("tinggi dinding")).toBe(false);
    expect(isValidParameterName("a".repeat(65))).toBe(false);
  });
});

describe("functions", () => {
  it.each([
    ["MIN(3, 1, 2)", "1"],
    ["min(3)", "3"],
    ["MAX(1; 5)", "5"],
    ["SUM(1, 2, 3.5)", "6.5"],
    ["AVG(1, 2)", "1.5"],
    ["ABS(-3.25)", "3.25"],
    ["ROUND(2.345, 2)", "2.35"],
    ["ROUND(2.5)", "3"],
    ["ROUND(-2.5)", "-3"],
    ["ROUND(1250, -2)", "1300"],
    ["CEIL(2.1)", "3"],
    ["CEIL(-2.1)", "-2"],
    ["FLOOR(2.9)", "2"],
    ["FLOOR(-2.1)", "-3"],
    ["CEIL(25, 12)", "36"],
    ["FLOOR(25, 12)", "24"],
    ["Max(panjang - 2, 0) * 2", "6"],
    ["SUM(MIN(1, 2), MAX(3, 4) ^ 2)", "17"],
  ])("%s = %s", (src, expected) => {
    expect(calc(src, { panjang: 5 })).toBe(expected);
  });

  it("rejects wrong argument counts and values", () => {
    expect(errorCode("MIN()")).toBe("BAD_ARGUMENTS");
    expect(errorCode("ABS(1, 2)")).toBe("BAD_ARGUMENTS");
    expect(errorCode("ROUND(1, 2, 3)")).toBe("BAD_ARGUMENTS");
    expect(errorCode("ROUND(1, 0.5)")).toBe("BAD_ARGUMENTS");
    expect(errorCode("ROUND(1, 16)")).toBe("BAD_ARGUMENTS");
    expect(errorCode("CEIL(1, 0)")).toBe("BAD_ARGUMENTS");
    expect(errorOf(() => calc("ABS(1, 2)")).message).toMatch(/ABS membutuhkan 1 argumen, diberikan 2/);
  });

  it("rejects unknown functions by name", () => {
    const err = errorOf(() => calc("1 + SQRT(4)"));
    expect(err.code).toBe("UNKNOWN_FUNCTION");
    expect(err.message).toBe("Fungsi tidak dikenal: SQRT (posisi 5)");
  });
});

describe("errors", () => {
  it("division by zero", () => {
    expect(errorCode("1 / (2 - 2)")).toBe("DIVISION_BY_ZERO");
    expect(errorCode("0 ^ -1")).toBe("DIVISION_BY_ZERO");
    expect(errorOf(() => calc("5 / x", { x: 0 })).position).toBe(2);
  });

  it.each([
    ["", /Rumus kosong/],
    ["   ", /Rumus kosong/],
    ["2 +", /berakhir/],
    ["(1 + 2", /Kurung '\(' pada posisi 1 tidak ditutup/],
    ["1 + 2)", /tanpa pasangan/],
    ["2 3", /operator diharapkan/],
    ["1,5 * 2", /gunakan titik untuk desimal/],
    ["2 ** 3", /'\*' tidak terduga/],
    ["1.2.3", /tidak terduga/],
    ["a $ b", /Karakter tidak dikenal '\$' \(posisi 3\)/],
    ["2panjang", /operator diharapkan/],
    ["MIN(1,)", /tidak terduga/],
    ["()", /tidak terduga/],
  ])("syntax error for %j", (src, message) => {
    const err = errorOf(() => calc(src, { a: 1, b: 2, panjang: 1 }));
    expect(err.code).toBe("SYNTAX");
    expect(err.message).toMatch(message);
  });

  it("rejects huge exponents and results", () => {
    expect(errorCode("2 ^ 101")).toBe("OUT_OF_RANGE");
    expect(errorCode("2 ^ -101")).toBe("OUT_OF_RANGE");
    expect(errorCode("9 ^ 9 ^ 9")).toBe("OUT_OF_RANGE");
    expect(errorCode("10 ^ 31")).toBe("OUT_OF_RANGE");
    expect(errorCode("1000000000000000 * 1000000000000000 * 10")).toBe("OUT_OF_RANGE");
    expect(errorCode("(-8) ^ 0.5")).toBe("OUT_OF_RANGE");
    expect(calc("10 ^ 30")).toBe("1000000000000000000000000000000");
  });

  it("limits length and nesting", () => {
    expect(errorCode("1+".repeat(MAX_FORMULA_LENGTH / 2) + "1")).toBe("SYNTAX");
    expect(errorCode("(".repeat(60) + "1" + ")".repeat(60))).toBe("SYNTAX");
    expect(errorCode("-".repeat(60) + "1")).toBe("SYNTAX");
    expect(calc("(".repeat(40) + "1" + ")".repeat(40))).toBe("1");
  });
});

describe("formulaDependencies", () => {
  it("lists parameter names once, lower case, in order of first use, without functions", () => {
    expect(formulaDependencies("Panjang * lebar + panjang + MIN(tinggi, 2) + ROUND(lebar)")).toEqual(["panjang", "lebar", "tinggi"]);
    expect(formulaDependencies("2 * 3")).toEqual([]);
  });

  it("throws the same syntax errors as evaluation", () => {
    expect(() => formulaDependencies("panjang *")).toThrow(FormulaError);
  });
});

describe("property: agrees with BigInt arithmetic on random integer expressions", () => {
  type Expr = { src: string; value: bigint };
  const leaf = fc.bigInt({ min: 0n, max: 1000n }).map((v): Expr => ({ src: v.toString(), value: v }));
  const expr: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
    e: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf,
      fc.tuple(tie("e"), fc.constantFrom("+", "-", "*"), tie("e")).map(([a, op, b]): Expr => ({
        src: `(${a.src} ${op} ${b.src})`,
        value: op === "+" ? a.value + b.value : op === "-" ? a.value - b.value : a.value * b.value,
      })),
      tie("e").map((a): Expr => ({ src: `-${a.src}`, value: -a.value })),
    ),
  })).e;

  it("fully parenthesised", () => {
    fc.assert(
      fc.property(expr, (e) => {
        const big = e.value < 0n ? -e.value : e.value;
        fc.pre(big <= 10n ** 30n && e.src.length <= MAX_FORMULA_LENGTH);
        expect(calc(e.src)).toBe(e.value.toString());
      }),
      { numRuns: 500 },
    );
  });

  it("a + b * c - d without parentheses follows precedence", () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 10000n }), { minLength: 4, maxLength: 4 }), ([a, b, c, d]) => {
        expect(calc(`${a} + ${b} * ${c} - ${d}`)).toBe((a! + b! * c! - d!).toString());
        expect(calc(`${a} - ${b} - ${c} * ${d}`)).toBe((a! - b! - c! * d!).toString());
      }),
    );
  });
});

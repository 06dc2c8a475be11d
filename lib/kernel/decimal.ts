/**
 * Decimals at the JSON boundary: the one place money and quantities enter and leave the API.
 *
 * In: a JSON number or a string with "." (`12.5`, `"12.5"`) becomes a calc Decimal at once,
 * so no price is ever held in a JS number. More decimals than the column keeps are refused,
 * not silently rounded by PostgreSQL.
 * Out: fixed-point strings, half-up: money 2 dp ("451000.00"), volume 3 dp, koefisien 6 dp.
 */
import { z } from "zod";
import { Decimal, toDecimal, toDecimalString } from "@/lib/calc";

const PLAIN_DECIMAL = /^[+-]?\d+(\.\d+)?$/;
// A double keeps 15 significant digits; beyond that a JSON number may not be what was typed.
const SAFE_NUMBER_DIGITS = 15;

interface DecimalInputOptions {
  /** Decimal places the column keeps. */
  dp: number;
  min?: number;
  max?: number;
  /** Exclusive bound on |value| from the column's integer digits. */
  below: number;
}

/** A zod schema for one decimal input field; the output is a Decimal. */
export function decimalInput({ dp, min, max, below }: DecimalInputOptions) {
  return z.union([z.number(), z.string()], { error: "Harus berupa angka." }).transform((raw, ctx) => {
    const problem = (message: string) => {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    const text = typeof raw === "number" ? String(raw) : raw.trim();
    if (typeof raw === "string" && !PLAIN_DECIMAL.test(text)) {
      return problem(/^[+-]?\d+,\d+$/.test(text) ? "Gunakan titik sebagai pemisah desimal." : "Harus berupa angka.");
    }
    const value = toDecimal(text);
    if (typeof raw === "number" && value.sd() > SAFE_NUMBER_DIGITS) {
      return problem(`Angka dengan lebih dari ${SAFE_NUMBER_DIGITS} digit harus dikirim sebagai string.`);
    }
    if (value.decimalPlaces() > dp) return problem(`Maksimal ${dp} angka di belakang titik.`);
    if (min !== undefined && value.lt(min)) return problem(`Minimal ${min}.`);
    if (max !== undefined && value.gt(max)) return problem(`Maksimal ${max}.`);
    if (value.abs().gte(below)) return problem("Angka terlalu besar.");
    return value;
  });
}

// Bounds follow the DECIMAL(p, s) columns in prisma/schema.prisma.
export const koefisienInput = decimalInput({ dp: 6, min: 0, below: 1e12 });
export const volumeInput = decimalInput({ dp: 3, min: 0, below: 1e15 });
export const hargaInput = decimalInput({ dp: 2, min: 0, below: 1e16 });
export const budgetInput = decimalInput({ dp: 2, min: 0, below: 1e18 });
export const parameterValueInput = decimalInput({ dp: 6, below: 1e12 });
export function percentInput(max: number) {
  return decimalInput({ dp: 2, min: 0, max, below: 1000 });
}

/** A DECIMAL read by Prisma (its own decimal.js copy) or as text, as a calc Decimal. */
export function fromDb(value: { toString(): string }): Decimal {
  return toDecimal(value.toString());
}

type DecimalLike = Decimal | { toString(): string };

function asDecimal(value: DecimalLike): Decimal {
  return value instanceof Decimal ? value : fromDb(value);
}

export const money = (value: DecimalLike): string => toDecimalString(asDecimal(value), 2);
export const volumeText = (value: DecimalLike): string => toDecimalString(asDecimal(value), 3);
export const koefisienText = (value: DecimalLike): string => toDecimalString(asDecimal(value), 6);
export const percentText = money;

/** A value for a DECIMAL column: an exact string, never a JS number. */
export function toDbDecimal(value: Decimal): string {
  return value.toFixed();
}

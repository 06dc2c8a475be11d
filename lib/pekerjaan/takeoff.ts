/**
 * Back-up volume (take-off): a pekerjaan's volume as the sum of rows, each an uraian ("Sloof as
 * A 1–5") and a formula (`25 * 0.2 * 0.3 * 2`, or over the project's parameters). Pure and
 * browser-safe: the server computes what it stores with it, and the Volume page shows the same
 * results while the estimator types.
 *
 * Rounding (docs: "every printed figure re-adds"): each row's result is rounded half-up to the
 * 3 decimals the volume is printed with, and the volume is the sum of those printed results,
 * so a reviewer re-adding the back-up sheet by hand gets the printed volume exactly. A row may
 * be negative (a deduction, e.g. an opening left out of a wall); the sum may not.
 */
import { type Decimal, evaluateFormula, FormulaError, type ParameterScope, roundQty, sumDecimals, toDecimalString } from "@/lib/calc";

/** A back-up sheet longer than this belongs in several pekerjaan. */
export const MAX_TAKEOFF_ROWS = 200;
export const MAX_TAKEOFF_URAIAN = 200;
/** DECIMAL(18, 3): a row's result and the volume stay below it. */
const VOLUME_LIMIT = 1e15;

export interface TakeoffRowInput {
  uraian: string;
  formula: string;
}

/** A take-off row as stored and served: `result` is the printed (3 dp) value, as text. */
export interface TakeoffRowView extends TakeoffRowInput {
  result: string;
}

export interface TakeoffProblem {
  path: string;
  message: string;
}

export type TakeoffOutcome = { ok: true; rows: TakeoffRowView[]; volume: string } | { ok: false; problems: TakeoffProblem[] };

/** One row's printed result, or why it has none (the formula engine's message). */
export function takeoffRowResult(formula: string, scope: ParameterScope): { ok: true; value: Decimal } | { ok: false; message: string } {
  let value: Decimal;
  try {
    value = roundQty(evaluateFormula(formula, scope), 3);
  } catch (error) {
    if (error instanceof FormulaError) return { ok: false, message: error.message };
    throw error;
  }
  if (value.abs().gte(VOLUME_LIMIT)) return { ok: false, message: "Hasil rumus terlalu besar." };
  return { ok: true, value };
}

/**
 * Every row's result and the volume (their sum), or every problem at its path under `path`
 * (`takeoff.2.formula`; the sum's at `takeoff`).
 */
export function computeTakeoff(rows: readonly TakeoffRowInput[], scope: ParameterScope, path = "takeoff"): TakeoffOutcome {
  const problems: TakeoffProblem[] = [];
  const results = rows.map((row, i) => {
    const result = takeoffRowResult(row.formula, scope);
    if (!result.ok) problems.push({ path: `${path}.${i}.formula`, message: `Baris ${i + 1}: ${result.message}` });
    return result.ok ? result.value : null;
  });
  if (problems.length > 0) return { ok: false, problems };
  const values = results as Decimal[];
  const volume = sumDecimals(values);
  if (volume.isNegative()) return { ok: false, problems: [{ path, message: `Jumlah back-up volume negatif (${volume.toFixed()}).` }] };
  if (volume.gte(VOLUME_LIMIT)) return { ok: false, problems: [{ path, message: "Jumlah back-up volume terlalu besar." }] };
  return {
    ok: true,
    rows: rows.map((row, i) => ({ uraian: row.uraian, formula: row.formula, result: toDecimalString(values[i]!, 3) })),
    volume: toDecimalString(volume, 3),
  };
}

/** Whether two take-off lists print the same (a save of the same list writes nothing). */
export function sameTakeoff(a: readonly TakeoffRowView[], b: readonly TakeoffRowView[]): boolean {
  return (
    a.length === b.length &&
    a.every((row, i) => row.uraian === b[i]!.uraian && row.formula === b[i]!.formula && row.result === b[i]!.result)
  );
}

/**
 * Typed errors of the calc engine, so an API route can map `code` to a response
 * and the UI can show `message` (Indonesian, naming the offending ids) as is.
 */
export type CalcErrorCode =
  | "DUPLICATE_PEKERJAAN"
  | "UNKNOWN_PEKERJAAN"
  | "INVALID_LINE"
  | "BUNDLE_NOT_LAIN"
  | "BUNDLE_CYCLE"
  | "BUNDLE_TOO_DEEP"
  | "INVALID_ROUNDING_BASE"
  | "INVALID_UNIT_PRICE_ROUNDING"
  | "INVALID_JADWAL"
  | "OUT_OF_RANGE";

export class CalcError extends Error {
  readonly code: CalcErrorCode;
  /** For bundle errors: the pekerjaan ids along the offending chain, in order. */
  readonly chain: readonly string[];

  constructor(code: CalcErrorCode, message: string, chain: readonly string[] = []) {
    super(message);
    this.name = "CalcError";
    this.code = code;
    this.chain = chain;
  }
}

/**
 * The pure calc engine: AHSP analysis, Rekap RAB, Rekap Kebutuhan, terbilang, volume
 * formulas and Jadwal/Kurva S. No framework, no database: only decimal.js.
 */
export {
  Decimal,
  DecimalInputError,
  type DecimalRounding,
  type DecimalValue,
  roundMoney,
  roundQty,
  sumDecimals,
  toDecimal,
  toDecimalString,
} from "./decimal";
export { CalcError, type CalcErrorCode } from "./errors";
export {
  analyzeProject,
  type AnalysisInput,
  type AnalyzedLine,
  type CalcLine,
  type CalcPekerjaan,
  type Kategori,
  KATEGORI_LIST,
  type KategoriTotals,
  MAX_BUNDLE_DEPTH,
  type PekerjaanAnalysis,
  type PriceMap,
  type ProjectAnalysis,
} from "./analysis";
export {
  DEFAULT_PPN_PERCENT,
  DEFAULT_ROUNDING_BASE,
  isRoundingBase,
  pembulatan,
  rekapRab,
  ROUNDING_BASES,
  type RekapKlasifikasi,
  type RekapKlasifikasiInput,
  type RekapOptions,
  type RekapRab,
  type RekapSubKlasifikasi,
  type RekapSubKlasifikasiInput,
  type RoundingBase,
} from "./rekap";
export { DEFAULT_UNIT_PRICE_ROUNDING, isUnitPriceRounding, roundUnitPrice, UNIT_PRICE_ROUNDINGS, type UnitPriceRounding } from "./rounding";
export { terbilang, terbilangAngka } from "./terbilang";
export { KEBUTUHAN_QTY_DP, type KebutuhanItem, type KebutuhanOptions, rekapKebutuhan, type RekapKebutuhan } from "./kebutuhan";
export {
  type BinaryOperator,
  evaluateFormula,
  FormulaError,
  type FormulaErrorCode,
  type FormulaNode,
  type FormulaParams,
  formulaDependencies,
  isValidParameterName,
  MAX_EXPONENT,
  MAX_FORMULA_LENGTH,
  MAX_FORMULA_NESTING,
  normalizeParameterName,
  ParameterScope,
  parseFormula,
} from "./formula";
export {
  type DateRange,
  dayNumber,
  type EarnedValue,
  fromDayNumber,
  type IsoDate,
  kurvaS,
  type KurvaS,
  type KurvaSItem,
  type KurvaSOptions,
  type KurvaSPoint,
  MAX_DURATION_DAYS,
  monthSplitter,
  type MonthRange,
  type MonthValue,
  type ProjectCalendar,
  projectEndDate,
  projectMonths,
  projectWeeks,
  type JadwalIssue,
  type JadwalIssueKind,
  weeklyToMonthly,
  weekOfDate,
  type WeekRange,
} from "./jadwal";

/**
 * Safe volume formulas, e.g. `panjang * lebar * 0.15` or `MAX(0, (p - 2) / 2) ^ 2`.
 *
 * No eval/Function: a tokenizer and a recursive-descent parser build an AST, which is
 * evaluated in Decimal. Names are looked up in a Map, never on an object, so
 * `constructor`, `__proto__` or `process` are just unknown parameters.
 *
 * Grammar (lowest to highest precedence):
 *   expression := term (("+" | "-") term)*
 *   term       := unary (("*" | "/") unary)*
 *   unary      := ("-" | "+") unary | power
 *   power      := primary ("^" unary)?          right-associative: 2^3^2 = 2^9
 *   primary    := number | name | name "(" args ")" | "(" expression ")"
 * So -2^2 = -(2^2) = -4 (the mathematical convention, unlike Excel), and 2^-1 = 0.5.
 *
 * Decisions:
 * - Numbers use "." for decimals ("0.15"); "," and ";" separate function arguments.
 *   "×", "÷" and the minus sign "−" are accepted as *, / and -.
 * - Parameter and function names are case-insensitive ("Panjang" = "panjang"): estimators
 *   type both. Names are normalised to lower case; `formulaDependencies` returns them so.
 * - Guards: at most 1000 characters, 50 nesting levels, |exponent| ≤ 100, and every
 *   intermediate result |x| ≤ 10^30 (no real volume is anywhere near that).
 */
import { Decimal, type DecimalRounding, type DecimalValue, ROUND_HALF_UP, toDecimal } from "./decimal";

export type FormulaErrorCode =
  | "SYNTAX"
  | "UNKNOWN_NAME"
  | "DIVISION_BY_ZERO"
  | "UNKNOWN_FUNCTION"
  | "BAD_ARGUMENTS"
  | "OUT_OF_RANGE"
  /** Two parameters whose names differ only in case, and the formula uses that name. */
  | "AMBIGUOUS_NAME";

export class FormulaError extends Error {
  readonly code: FormulaErrorCode;
  /** 0-based index in the source where the problem is, when there is one. */
  readonly position: number | null;

  constructor(code: FormulaErrorCode, message: string, position: number | null = null) {
    super(position === null ? message : `${message} (posisi ${position + 1})`);
    this.name = "FormulaError";
    this.code = code;
    this.position = position;
  }
}

export const MAX_FORMULA_LENGTH = 1000;
export const MAX_FORMULA_NESTING = 50;
export const MAX_EXPONENT = 100;
const MAX_MAGNITUDE = new Decimal("1e30");

export type BinaryOperator = "+" | "-" | "*" | "/" | "^";

export type FormulaNode =
  | { type: "number"; value: Decimal; pos: number }
  /** `name` is lower case; `raw` is as typed, for messages. */
  | { type: "name"; name: string; raw: string; pos: number }
  | { type: "unary"; op: "-" | "+"; operand: FormulaNode; pos: number }
  | { type: "binary"; op: BinaryOperator; left: FormulaNode; right: FormulaNode; pos: number }
  | { type: "call"; fn: FunctionName; args: FormulaNode[]; pos: number };

// ---------------------------------------------------------------- tokenizer

type Token =
  | { kind: "number"; text: string; pos: number }
  | { kind: "name"; text: string; pos: number }
  | { kind: "op"; text: BinaryOperator; pos: number }
  | { kind: "(" | ")" | "," | "end"; text: string; pos: number };

const OPERATOR_ALIASES = new Map<string, BinaryOperator>([
  ["+", "+"],
  ["-", "-"],
  ["\u2212", "-"], // − minus sign, pasted from documents
  ["*", "*"],
  ["\u00d7", "*"], // ×
  ["/", "/"],
  ["\u00f7", "/"], // ÷
  ["^", "^"],
]);
const NUMBER = /\d+(?:\.\d*)?|\.\d+/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const SPACE = /\s/;

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src.charAt(i);
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    const number = matchAt(NUMBER, src, i);
    const name = number ? null : matchAt(NAME, src, i);
    const op = OPERATOR_ALIASES.get(ch);
    if (number) tokens.push({ kind: "number", text: number, pos: i });
    else if (name) tokens.push({ kind: "name", text: name, pos: i });
    else if (op) tokens.push({ kind: "op", text: op, pos: i });
    else if (ch === "(" || ch === ")") tokens.push({ kind: ch, text: ch, pos: i });
    else if (ch === "," || ch === ";") tokens.push({ kind: ",", text: ch, pos: i });
    else throw new FormulaError("SYNTAX", `Karakter tidak dikenal '${ch}'`, i);
    i += number?.length ?? name?.length ?? 1;
  }
  tokens.push({ kind: "end", text: "", pos: src.length });
  return tokens;
}

function matchAt(re: RegExp, src: string, at: number): string | null {
  re.lastIndex = at;
  return re.exec(src)?.[0] ?? null;
}

// ---------------------------------------------------------------- functions

type FunctionName = "MIN" | "MAX" | "SUM" | "AVG" | "ABS" | "ROUND" | "CEIL" | "FLOOR";

interface FunctionSpec {
  minArgs: number;
  maxArgs: number;
  apply: (args: Decimal[], pos: number) => Decimal;
}

const FUNCTIONS = new Map<string, FunctionSpec>([
  ["MIN", { minArgs: 1, maxArgs: Infinity, apply: (a) => Decimal.min(...a) }],
  ["MAX", { minArgs: 1, maxArgs: Infinity, apply: (a) => Decimal.max(...a) }],
  ["SUM", { minArgs: 1, maxArgs: Infinity, apply: (a) => Decimal.sum(...a) }],
  ["AVG", { minArgs: 1, maxArgs: Infinity, apply: (a) => Decimal.sum(...a).div(a.length) }],
  ["ABS", { minArgs: 1, maxArgs: 1, apply: ([x]) => arg(x).abs() }],
  ["ROUND", { minArgs: 1, maxArgs: 2, apply: ([x, n], pos) => roundTo(arg(x), n, pos) }],
  // CEIL(x) / FLOOR(x) round to an integer; CEIL(x, step) rounds up to a multiple of step
  // (e.g. whole 12 m bars), like Excel's CEILING.
  ["CEIL", { minArgs: 1, maxArgs: 2, apply: ([x, s], pos) => toStep(arg(x), s, pos, Decimal.ROUND_CEIL) }],
  ["FLOOR", { minArgs: 1, maxArgs: 2, apply: ([x, s], pos) => toStep(arg(x), s, pos, Decimal.ROUND_FLOOR) }],
]);

function arg(x: Decimal | undefined): Decimal {
  if (!x) throw new Error("internal: arity checked at parse time");
  return x;
}

/** ROUND(x, n): half-up to n decimals; negative n rounds to tens, hundreds… (as in Excel). */
function roundTo(x: Decimal, n: Decimal | undefined, pos: number): Decimal {
  const places = n ?? new Decimal(0);
  if (!places.isInteger() || places.abs().gt(15)) {
    throw new FormulaError("BAD_ARGUMENTS", "ROUND: jumlah desimal harus bilangan bulat -15 s.d. 15", pos);
  }
  const scale = new Decimal(10).pow(places.negated());
  return x.div(scale).toDecimalPlaces(0, ROUND_HALF_UP).times(scale);
}

function toStep(x: Decimal, step: Decimal | undefined, pos: number, mode: DecimalRounding): Decimal {
  const s = step ?? new Decimal(1);
  if (!s.isPositive() || s.isZero()) {
    throw new FormulaError("BAD_ARGUMENTS", "CEIL/FLOOR: kelipatan harus lebih dari 0", pos);
  }
  return x.div(s).toDecimalPlaces(0, mode).times(s);
}

// ---------------------------------------------------------------- parser

/** Parses a formula to an AST; throws FormulaError (SYNTAX, UNKNOWN_FUNCTION, BAD_ARGUMENTS). */
export function parseFormula(src: string): FormulaNode {
  if (src.length > MAX_FORMULA_LENGTH) {
    throw new FormulaError("SYNTAX", `Rumus terlalu panjang (maks. ${MAX_FORMULA_LENGTH} karakter)`);
  }
  const parser = new Parser(tokenize(src));
  if (parser.peek().kind === "end") throw new FormulaError("SYNTAX", "Rumus kosong");
  const ast = parser.expression();
  parser.expectEnd();
  return ast;
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  peek(): Token {
    // The tokenizer always ends with an "end" token, and we never move past it.
    return this.tokens[this.index] ?? this.tokens[this.tokens.length - 1]!;
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind !== "end") this.index++;
    return t;
  }

  private isOp(...ops: BinaryOperator[]): boolean {
    const t = this.peek();
    return t.kind === "op" && ops.includes(t.text);
  }

  expression(): FormulaNode {
    let left = this.term();
    while (this.isOp("+", "-")) {
      const op = this.next();
      left = { type: "binary", op: op.text as BinaryOperator, left, right: this.term(), pos: op.pos };
    }
    return left;
  }

  private term(): FormulaNode {
    let left = this.unary();
    while (this.isOp("*", "/")) {
      const op = this.next();
      left = { type: "binary", op: op.text as BinaryOperator, left, right: this.unary(), pos: op.pos };
    }
    return left;
  }

  private unary(): FormulaNode {
    this.enter();
    let node: FormulaNode;
    if (this.isOp("-", "+")) {
      const op = this.next();
      node = { type: "unary", op: op.text as "-" | "+", operand: this.unary(), pos: op.pos };
    } else {
      node = this.power();
    }
    this.depth--;
    return node;
  }

  private power(): FormulaNode {
    const base = this.primary();
    if (!this.isOp("^")) return base;
    const op = this.next();
    // Recursing into unary (not primary) makes ^ right-associative and allows 2^-1.
    return { type: "binary", op: "^", left: base, right: this.unary(), pos: op.pos };
  }

  private primary(): FormulaNode {
    const t = this.next();
    if (t.kind === "number") return { type: "number", value: new Decimal(t.text), pos: t.pos };
    if (t.kind === "name") {
      if (this.peek().kind === "(") return this.call(t);
      return { type: "name", name: t.text.toLowerCase(), raw: t.text, pos: t.pos };
    }
    if (t.kind === "(") {
      const inner = this.expression();
      this.expectClose(t.pos);
      return inner;
    }
    throw new FormulaError("SYNTAX", `${describe(t)}: angka, nama, atau '(' diharapkan`, t.pos);
  }

  private call(name: Token): FormulaNode {
    const fn = name.text.toUpperCase();
    const spec = FUNCTIONS.get(fn);
    if (!spec) throw new FormulaError("UNKNOWN_FUNCTION", `Fungsi tidak dikenal: ${name.text}`, name.pos);
    const open = this.next();
    const args: FormulaNode[] = [];
    if (this.peek().kind !== ")") {
      args.push(this.expression());
      while (this.peek().kind === ",") {
        this.next();
        args.push(this.expression());
      }
    }
    this.expectClose(open.pos);
    if (args.length < spec.minArgs || args.length > spec.maxArgs) {
      throw new FormulaError("BAD_ARGUMENTS", `Fungsi ${fn} membutuhkan ${arityText(spec)} argumen, diberikan ${args.length}`, name.pos);
    }
    return { type: "call", fn: fn as FunctionName, args, pos: name.pos };
  }

  private expectClose(openPos: number): void {
    const t = this.peek();
    if (t.kind === ")") {
      this.next();
      return;
    }
    if (t.kind === "end") {
      throw new FormulaError("SYNTAX", `Kurung '(' pada posisi ${openPos + 1} tidak ditutup`, t.pos);
    }
    throw new FormulaError("SYNTAX", `${describe(t)}: ')' diharapkan`, t.pos);
  }

  expectEnd(): void {
    const t = this.peek();
    if (t.kind === "end") return;
    if (t.kind === ",") {
      throw new FormulaError("SYNTAX", "Koma hanya untuk memisahkan argumen fungsi; gunakan titik untuk desimal (mis. 1.5)", t.pos);
    }
    if (t.kind === ")") throw new FormulaError("SYNTAX", "Kurung ')' tanpa pasangan '('", t.pos);
    throw new FormulaError("SYNTAX", `${describe(t)}: operator diharapkan`, t.pos);
  }

  /** Bounds recursion: "((((…" or "- - - -…" can not exhaust the stack. */
  private enter(): void {
    if (++this.depth > MAX_FORMULA_NESTING) {
      throw new FormulaError("SYNTAX", `Rumus terlalu bertingkat (maks. ${MAX_FORMULA_NESTING} tingkat)`, this.peek().pos);
    }
  }
}

function describe(t: Token): string {
  return t.kind === "end" ? "Rumus berakhir terlalu cepat" : `'${t.text}' tidak terduga`;
}

function arityText(spec: FunctionSpec): string {
  if (spec.maxArgs === Infinity) return `minimal ${spec.minArgs}`;
  return spec.minArgs === spec.maxArgs ? `${spec.minArgs}` : `${spec.minArgs}–${spec.maxArgs}`;
}

// ---------------------------------------------------------------- parameters

/** Parameters normalised once for many evaluations (a project's volumes share one scope). */
export class ParameterScope {
  private readonly values = new Map<string, { raw: string; value: DecimalValue }>();
  private readonly ambiguous = new Map<string, string[]>();
  private readonly converted = new Map<string, Decimal>();

  constructor(params: ReadonlyMap<string, DecimalValue>) {
    for (const [raw, value] of params) {
      const name = normalizeParameterName(raw);
      const existing = this.values.get(name);
      if (existing) this.ambiguous.set(name, [...(this.ambiguous.get(name) ?? [existing.raw]), raw]);
      this.values.set(name, { raw, value });
    }
  }

  lookup(node: { name: string; raw: string; pos: number }): Decimal {
    const clash = this.ambiguous.get(node.name);
    if (clash) {
      throw new FormulaError("AMBIGUOUS_NAME", `Nama parameter ganda: ${clash.join(", ")}`, node.pos);
    }
    const cached = this.converted.get(node.name);
    if (cached) return cached;
    const entry = this.values.get(node.name);
    if (!entry) throw new FormulaError("UNKNOWN_NAME", `Parameter tidak dikenal: ${node.raw}`, node.pos);
    let value: Decimal;
    try {
      value = toDecimal(entry.value);
    } catch {
      throw new FormulaError("BAD_ARGUMENTS", `Nilai parameter ${entry.raw} tidak valid`, node.pos);
    }
    this.converted.set(node.name, value);
    return value;
  }
}

/** Names compare case-insensitively; this is the canonical (lower-case) form. */
export function normalizeParameterName(name: string): string {
  return name.toLowerCase();
}

const WHOLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Whether a parameter name can be referenced from a formula (letters, digits, "_"; ≤ 64). */
export function isValidParameterName(name: string): boolean {
  return name.length <= 64 && WHOLE_NAME.test(name);
}

// ---------------------------------------------------------------- evaluation

export type FormulaParams = ReadonlyMap<string, DecimalValue> | ParameterScope;

/** Evaluates a formula (source or parsed AST) with the given parameters. */
export function evaluateFormula(formula: string | FormulaNode, params: FormulaParams): Decimal {
  const ast = typeof formula === "string" ? parseFormula(formula) : formula;
  const scope = params instanceof ParameterScope ? params : new ParameterScope(params);
  return evaluate(ast, scope);
}

function evaluate(node: FormulaNode, scope: ParameterScope): Decimal {
  switch (node.type) {
    case "number":
      return bounded(node.value, node.pos);
    case "name":
      return bounded(scope.lookup(node), node.pos);
    case "unary":
      return node.op === "-" ? evaluate(node.operand, scope).negated() : evaluate(node.operand, scope);
    case "binary":
      return bounded(binary(node.op, evaluate(node.left, scope), evaluate(node.right, scope), node.pos), node.pos);
    case "call": {
      const args = node.args.map((a) => evaluate(a, scope));
      return bounded(mustFunction(node.fn).apply(args, node.pos), node.pos);
    }
  }
}

function binary(op: BinaryOperator, a: Decimal, b: Decimal, pos: number): Decimal {
  switch (op) {
    case "+":
      return a.plus(b);
    case "-":
      return a.minus(b);
    case "*":
      return a.times(b);
    case "/":
      if (b.isZero()) throw new FormulaError("DIVISION_BY_ZERO", "Pembagian dengan nol", pos);
      return a.div(b);
    case "^":
      return power(a, b, pos);
  }
}

function power(base: Decimal, exponent: Decimal, pos: number): Decimal {
  // Checked before computing: 9^9^9 must fail fast, not grind through a huge power.
  if (exponent.abs().gt(MAX_EXPONENT)) {
    throw new FormulaError("OUT_OF_RANGE", `Pangkat terlalu besar (maks. ${MAX_EXPONENT})`, pos);
  }
  if (base.isZero() && exponent.isNegative()) {
    throw new FormulaError("DIVISION_BY_ZERO", "Pembagian dengan nol (0 dipangkatkan negatif)", pos);
  }
  if (base.isNegative() && !exponent.isInteger()) {
    throw new FormulaError("OUT_OF_RANGE", "Bilangan negatif tidak bisa dipangkatkan pecahan", pos);
  }
  return base.pow(exponent);
}

function bounded(value: Decimal, pos: number): Decimal {
  if (!value.isFinite() || value.abs().gt(MAX_MAGNITUDE)) {
    throw new FormulaError("OUT_OF_RANGE", "Hasil terlalu besar (maks. 10^30)", pos);
  }
  return value;
}

function mustFunction(fn: FunctionName): FunctionSpec {
  const spec = FUNCTIONS.get(fn);
  if (!spec) throw new FormulaError("UNKNOWN_FUNCTION", `Fungsi tidak dikenal: ${fn}`);
  return spec;
}

/**
 * Parameter names a formula uses (lower case, first use first, no repeats), so that
 * changing a parameter re-evaluates exactly the volumes that depend on it.
 */
export function formulaDependencies(formula: string | FormulaNode): string[] {
  const names = new Set<string>();
  const visit = (node: FormulaNode): void => {
    if (node.type === "name") names.add(node.name);
    else if (node.type === "unary") visit(node.operand);
    else if (node.type === "binary") {
      visit(node.left);
      visit(node.right);
    } else if (node.type === "call") node.args.forEach(visit);
  };
  visit(typeof formula === "string" ? parseFormula(formula) : formula);
  return [...names];
}

/**
 * Turns what a user typed into search terms that are pure data. The search SQL never sees
 * the raw text as syntax: tokens hold only letters and digits (plus the dots of a kode
 * such as 2.2.1; a kode prefix also - and /), so neither tsquery operators (& | ! ( ) : *
 * <->) nor quotes, backslashes or LIKE wildcards (% _) can come through, and a
 * 1,000-character paste becomes a few bounded tokens.
 */

export const MAX_TOKENS = 8;
export const MAX_TOKEN_LENGTH = 32;
/** Shorter words are too unselective for a substring (trigram) match. */
const MIN_SUBSTRING_WORD = 3;
const MAX_KODE_LENGTH = 40;
const MIN_PREFIX_LENGTH = 2;

// A dotted number ("2.2.1", "0.5") stays one token: PostgreSQL's parser keeps it whole too.
const TOKEN = /\d+(?:\.\d+)+|[\p{L}\d]+/gu;
// Letters, digits and kode punctuation, with at least one digit: "2.2.1", "A.4.1.", "T-15".
const KODE_LIKE = /^(?=.*\d)[\p{L}\d]+(?:[.\-/][\p{L}\d]+)*\.?$/u;

export interface SearchTerms {
  /** The whole query, lower-cased, when it looks like (the start of) a kode. */
  kodePrefix: string | null;
  /**
   * Digits and dots only ("1", "2.2.1"): a kode and nothing else. As words such a query
   * would match nearly every item ("1 m3 …") and only slow the answer down.
   */
  kodeOnly: boolean;
  /** Distinct tokens in typing order, lower-cased. */
  tokens: string[];
  /** What the words search for: the tokens with the estimator's synonyms and grades (wordGroups). */
  groups: WordGroup[];
}

export function searchTerms(q: string): SearchTerms {
  const text = q.normalize("NFKC").toLowerCase().trim();
  const kodePrefix = text.length <= MAX_KODE_LENGTH && KODE_LIKE.test(text) ? text : null;
  const tokens = [...new Set(text.match(TOKEN) ?? [])].slice(0, MAX_TOKENS).map((t) => t.slice(0, MAX_TOKEN_LENGTH));
  return { kodePrefix, kodeOnly: kodePrefix !== null && /^[\d.]+$/.test(kodePrefix), tokens, groups: wordGroups(tokens) };
}

/**
 * One searched word: its alternatives, any of which may match. An alternative with spaces is
 * a phrase, its words adjacent in that order ("f c 25" is how f'c 25 reads as words).
 */
export type WordGroup = string[];

/**
 * Words estimators use for one thing. The library says "penulangan" and "bekisting"; people
 * type besi, pembesian, tulangan, begisting. A word of a set finds every word of it, and is
 * never "corrected" into another word (pembesian is not pembersihan).
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ["besi", "pembesian", "penulangan", "tulangan"],
  ["bekisting", "begisting"],
];
const SYNONYMS_OF: ReadonlyMap<string, readonly string[]> = new Map(SYNONYMS.flatMap((set) => set.map((word) => [word, set] as const)));

/**
 * Old concrete grades (K, kg/cm² on cubes) → the f'c (MPa, cylinders) of the library's beton
 * items nearest to the usual conversion (K-175 ≈ 14,5, K-200 ≈ 16,9, K-225 ≈ 19,3, K-250 ≈ 20,75,
 * K-275 ≈ 22,8, K-300 ≈ 24,9, K-325 ≈ 26,4, K-350 ≈ 29,05 MPa). The library has f'c 7,5, 10,
 * 14,5, 15, 17, 20, 21, 25, 28, 30, 31 and 35; K-175 also finds 15, as near as 14,5 for a mix.
 */
export const K_GRADES: Readonly<Record<string, readonly string[]>> = {
  "175": ["14,5", "15"],
  "200": ["17"],
  "225": ["20"],
  "250": ["21"],
  "275": ["21"],
  "300": ["25"],
  "325": ["25"],
  "350": ["30"],
};

/** "f'c 21" is written fc' 21, f'c 21 and f’c 21 in the library: as words "fc 21" or "f c 21". */
function fcPhrases(mpa: string): string[] {
  const number = mpa.split(",").join(" ");
  return [`fc ${number}`, `f c ${number}`];
}

/** "K-250", "K 250" (two tokens) or "K250" (one), when the grade is in the table. */
function kGrade(token: string, next: string | undefined): { group: WordGroup; tokens: number } | null {
  const joined = /^k(\d{3})$/.exec(token)?.[1];
  const grade = joined ?? (token === "k" ? next : undefined);
  const mpa = grade === undefined ? undefined : K_GRADES[grade];
  if (!mpa || grade === undefined) return null;
  return { group: [`k ${grade}`, `k${grade}`, ...mpa.flatMap(fcPhrases)], tokens: joined ? 1 : 2 };
}

/** The tokens as search groups: K-grades and "fc <number>" as phrases, synonyms as alternatives. */
export function wordGroups(tokens: readonly string[]): WordGroup[] {
  const groups: WordGroup[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const next = tokens[i + 1];
    const grade = kGrade(token, next);
    if (grade) {
      groups.push(grade.group);
      i += grade.tokens - 1;
    } else if (token === "fc" && next !== undefined && /^\d+$/.test(next)) {
      groups.push(fcPhrases(next));
      i++;
    } else {
      groups.push([...(SYNONYMS_OF.get(token) ?? [token])]);
    }
  }
  return groups;
}

/** A group a substring search can express: single words only, no phrase. */
export function isWordsOnly(group: readonly string[]): boolean {
  return group.every((word) => !word.includes(" "));
}

/**
 * tsquery text: all groups must match (AND), any word of a group may (OR). The last group
 * matches as a prefix, so results come while a word is still being typed; a one-letter
 * prefix would match half the library and is taken as a whole word. Safe to pass to
 * to_tsquery() because every word came out of TOKEN, the tables above or the alphabetic
 * vocabulary.
 */
export function tsqueryText(groups: readonly (readonly string[])[]): string {
  const word = (w: string, prefix: boolean) => (prefix && w.length >= MIN_PREFIX_LENGTH ? `${w}:*` : w);
  // A phrase's words must follow one another; only its last word can still be being typed.
  const alternative = (text: string, prefix: boolean) => {
    const words = text.split(" ");
    if (words.length === 1) return word(text, prefix);
    return `(${words.map((w, j) => word(w, prefix && j === words.length - 1)).join(" <-> ")})`;
  };
  return groups
    .map((words, i) => {
      const alternatives = words.map((w) => alternative(w, i === groups.length - 1));
      return alternatives.length > 1 ? `(${alternatives.join(" | ")})` : (alternatives[0] ?? "");
    })
    .filter((group) => group !== "")
    .join(" & ");
}

/**
 * Whether the trigram index can narrow a substring search for this word. pg_trgm ignores
 * punctuation, so "2.2.1" yields only one-digit trigrams that match almost every row.
 */
export function isTrigramSelective(word: string): boolean {
  return word.length >= MIN_SUBSTRING_WORD && /^[\p{L}\d]+$/u.test(word);
}

/**
 * Words worth a typo correction: a group of one word of letters, not numbers, short
 * abbreviations, grades or a word with synonyms (which are known words by definition).
 */
export function correctableWords(groups: readonly (readonly string[])[]): string[] {
  return groups.flatMap((g) => (g.length === 1 && g[0] !== undefined && isCorrectable(g[0]) ? [g[0]] : []));
}

function isCorrectable(word: string): boolean {
  return word.length >= MIN_SUBSTRING_WORD && /^\p{L}+$/u.test(word) && !SYNONYMS_OF.has(word);
}

/** Below this trigram similarity a vocabulary word is not taken as what the user meant. */
export const MIN_CORRECTION_SIMILARITY = 0.25;
/** Alternatives must come this close to the best one: "kramik" → keramik (0.5), not kran (0.33). */
const CORRECTION_MARGIN = 0.1;

export interface CorrectionCandidate {
  token: string;
  word: string;
  similarity: number;
}

/**
 * The AND-of-OR word groups for a typo-tolerant retry: a known word (or a group of synonyms,
 * a grade) stays, an unknown one
 * becomes the vocabulary words closest to it, and one with no close word is dropped. null
 * when nothing was corrected (the retry would find what the exact search did not).
 */
export function correctionGroups(groups: readonly WordGroup[], candidates: readonly CorrectionCandidate[]): WordGroup[] | null {
  const correctable = new Set(correctableWords(groups));
  let corrected = false;
  const result = groups.flatMap((group) => {
    const token = group[0];
    if (group.length !== 1 || token === undefined || !correctable.has(token)) return [group];
    const close = candidates.filter((c) => c.token === token);
    if (close.some((c) => c.word === token)) return [[token]];
    corrected = true;
    const best = Math.max(...close.map((c) => c.similarity));
    const floor = Math.max(MIN_CORRECTION_SIMILARITY, best - CORRECTION_MARGIN);
    const words = close.filter((c) => c.similarity >= floor).map((c) => c.word);
    return words.length > 0 ? [words] : [];
  });
  return corrected && result.length > 0 ? result : null;
}

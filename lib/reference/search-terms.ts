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
}

export function searchTerms(q: string): SearchTerms {
  const text = q.normalize("NFKC").toLowerCase().trim();
  const kodePrefix = text.length <= MAX_KODE_LENGTH && KODE_LIKE.test(text) ? text : null;
  const tokens = [...new Set(text.match(TOKEN) ?? [])].slice(0, MAX_TOKENS).map((t) => t.slice(0, MAX_TOKEN_LENGTH));
  return { kodePrefix, kodeOnly: kodePrefix !== null && /^[\d.]+$/.test(kodePrefix), tokens };
}

/**
 * tsquery text: all groups must match (AND), any word of a group may (OR). The last group
 * matches as a prefix, so results come while a word is still being typed; a one-letter
 * prefix would match half the library and is taken as a whole word. Safe to pass to
 * to_tsquery() because every word came out of TOKEN or the alphabetic vocabulary.
 */
export function tsqueryText(groups: readonly (readonly string[])[]): string {
  return groups
    .map((words, i) => {
      const prefix = i === groups.length - 1;
      const alternatives = words.map((w) => (prefix && w.length >= MIN_PREFIX_LENGTH ? `${w}:*` : w));
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

/** Tokens worth a typo correction: words of letters, not numbers or short abbreviations. */
export function correctableTokens(tokens: readonly string[]): string[] {
  return tokens.filter((t) => t.length >= MIN_SUBSTRING_WORD && /^\p{L}+$/u.test(t));
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
 * The AND-of-OR word groups for a typo-tolerant retry: a known word stays, an unknown one
 * becomes the vocabulary words closest to it, and one with no close word is dropped. null
 * when nothing was corrected (the retry would find what the exact search did not).
 */
export function correctionGroups(tokens: readonly string[], candidates: readonly CorrectionCandidate[]): string[][] | null {
  const correctable = new Set(correctableTokens(tokens));
  let corrected = false;
  const groups = tokens.flatMap((token) => {
    if (!correctable.has(token)) return [[token]];
    const close = candidates.filter((c) => c.token === token);
    if (close.some((c) => c.word === token)) return [[token]];
    corrected = true;
    const best = Math.max(...close.map((c) => c.similarity));
    const floor = Math.max(MIN_CORRECTION_SIMILARITY, best - CORRECTION_MARGIN);
    const words = close.filter((c) => c.similarity >= floor).map((c) => c.word);
    return words.length > 0 ? [words] : [];
  });
  return corrected && groups.length > 0 ? groups : null;
}

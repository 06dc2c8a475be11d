import "server-only";
import { z } from "zod";
import type { Kategori } from "@/lib/ahsp/types";
import { db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { encodeCursor, type SearchCursor } from "./cursor";
import {
  correctableWords,
  correctionGroups,
  isTrigramSelective,
  isWordsOnly,
  searchTerms,
  tsqueryText,
  type CorrectionCandidate,
  type WordGroup,
} from "./search-terms";
import type { SearchHit } from "./types";

/**
 * Library search, best matches first:
 *   0 kode prefix ("2.2.1"), exact kode on top;
 *   1 full-text words on the weighted vector (kode > uraian > labels), ts_rank_cd order;
 *   2 every word inside uraian ("galian" in "Penggalian"), via the trigram index;
 *   words are the estimator's (search-terms.ts): synonyms (besi → penulangan), old K-grades
 *   (K-250 → f'c 21) and "fc 25" for f'c 25;
 *   3-4 only when 0-2 find nothing: the same with misspelt words replaced by the
 *       vocabulary words closest by trigram distance ("betom" → beton).
 * Each tier is a branch of one statement that uses its own expression index (see
 * prisma/migrations/*_ahsp_search and *_ahsp_search_ranking).
 */

export type MatchKind = "kode" | "fulltext" | "substring" | "fuzzy" | "all";

const TIER = { kode: 0, fulltext: 1, substring: 2, fuzzyFulltext: 3, fuzzySubstring: 4, all: 5 } as const;
const MATCH_BY_TIER: readonly MatchKind[] = ["kode", "fulltext", "substring", "fuzzy", "fuzzy", "all"];

export interface SearchParams {
  q: string;
  editionId?: string;
  kategori?: Kategori;
  limit: number;
  cursor?: SearchCursor;
}

export interface SearchPage {
  items: SearchHit[];
  nextCursor: string | null;
  /** Set when misspelt words were replaced: the query the results answer, e.g. "galian tanah". */
  correctedQuery: string | null;
}

const HIT_ROW = z.strictObject({
  id: z.string(),
  kode: z.string(),
  uraian: z.string(),
  satuan: z.string(),
  lineCount: z.number(),
  position: z.number(),
  editionId: z.string(),
  editionName: z.string(),
  tier: z.number(),
  score: z.number(),
});
type HitRow = z.output<typeof HIT_ROW>;

const CANDIDATE_ROW = z.strictObject({
  token: z.string(),
  word: z.string(),
  similarity: z.number(),
}) satisfies z.ZodType<CorrectionCandidate>;

const SELECT_HIT = Prisma.sql`i.id, i.kode, i.uraian, i.satuan, i."lineCount", i.position, e.id AS "editionId", e.name AS "editionName"`;

// Written exactly as in the index definition, so the planner matches the GIN expression index.
const VECTOR = Prisma.sql`ahsp_search_vector(i.kode, i.uraian, i.klasifikasi, i."subKlasifikasi")`;

export async function searchAhsp(params: SearchParams): Promise<SearchPage> {
  const terms = searchTerms(params.q);
  const filters = filterSql(params);
  if (!terms.kodePrefix && terms.tokens.length === 0) return browse(params, filters);
  const { groups } = terms;
  const continuingFuzzy = params.cursor !== undefined && params.cursor.tier >= TIER.fuzzyFulltext;
  // The first page asks the vocabulary alongside the exact search: a typo then costs one
  // round trip more than a hit, not two.
  const candidates = params.cursor && !continuingFuzzy ? Promise.resolve([]) : correctionCandidates(groups);
  // Awaited only after a miss; after a hit its failure must not surface as an unhandled rejection.
  candidates.catch(() => undefined);
  if (!continuingFuzzy) {
    const primary = await runPage(params, [
      ...(terms.kodePrefix ? [kodeBranch(terms.kodePrefix, filters)] : []),
      ...(terms.kodeOnly ? [] : wordBranches(groups, TIER.fulltext, TIER.substring, filters)),
    ]);
    if (primary.items.length > 0 || params.cursor) return primary;
  }
  const corrected = correctionGroups(groups, await candidates);
  if (!corrected) return EMPTY_PAGE;
  const fuzzy = await runPage(params, wordBranches(corrected, TIER.fuzzyFulltext, TIER.fuzzySubstring, filters));
  return { ...fuzzy, correctedQuery: corrected.map((words) => words[0]).join(" ") };
}

function filterSql(params: SearchParams): Prisma.Sql {
  const parts = [Prisma.sql`TRUE`];
  if (params.editionId) parts.push(Prisma.sql`i."editionId" = ${params.editionId}::uuid`);
  if (params.kategori) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "AhspLine" l WHERE l."itemId" = i.id AND l.kategori = ${params.kategori}::"Kategori")`);
  }
  return Prisma.join(parts, " AND ");
}

const EMPTY_PAGE: SearchPage = { items: [], nextCursor: null, correctedQuery: null };

/** No query: each edition in the order of the standard. */
async function browse(params: SearchParams, filters: Prisma.Sql): Promise<SearchPage> {
  const rows = await queryRows(
    db(),
    "reference.browse",
    HIT_ROW,
    Prisma.sql`
    SELECT ${SELECT_HIT}, ${TIER.all}::int AS tier, 0 AS score
    FROM "AhspItem" i JOIN "AhspEdition" e ON e.id = i."editionId"
    WHERE ${filters} AND ${keysetSql(params.cursor, Prisma.sql`${TIER.all}::int`, Prisma.sql`0`)}
    ORDER BY e.name, i.position, i.id
    LIMIT ${params.limit + 1}`,
  );
  return toPage(rows, params.limit);
}

/** lower(kode) LIKE 'prefix%' uses the text_pattern_ops index on lower(kode). */
function kodeBranch(prefix: string, filters: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT i.id, ${TIER.kode}::int AS tier, CASE WHEN lower(i.kode) = ${prefix} THEN 1 ELSE 0 END AS score
    FROM "AhspItem" i WHERE lower(i.kode) LIKE ${`${prefix}%`} AND ${filters}`;
}

function wordBranches(groups: WordGroup[], fulltextTier: number, substringTier: number, filters: Prisma.Sql): Prisma.Sql[] {
  // Matched through the expression index, ranked on the stored copy of the same vector.
  const fulltext = Prisma.sql`
    SELECT i.id, ${fulltextTier}::int AS tier, round(ts_rank_cd(d.vector, q, 1) * 1000000)::int AS score
    FROM "AhspItem" i JOIN ahsp_search_document d ON d.id = i.id, to_tsquery('simple', ${tsqueryText(groups)}) AS q
    WHERE ${VECTOR} @@ q AND ${filters}`;
  const selective = groups.some((words) => words.every(isTrigramSelective));
  if (!selective) return [fulltext];
  // lower(uraian) LIKE '%word%' uses the trigram GIN index on lower(uraian). A phrase (a grade,
  // "fc 25") has no such substring ("f'c 25", "fc’ 25"): its group matches as words instead.
  const contains = groups.map((words) =>
    isWordsOnly(words)
      ? Prisma.join(
          words.map((w) => Prisma.sql`lower(i.uraian) LIKE ${`%${w}%`}`),
          " OR ",
        )
      : Prisma.sql`${VECTOR} @@ to_tsquery('simple', ${tsqueryText([words])})`,
  );
  const substring = Prisma.sql`
    SELECT i.id, ${substringTier}::int AS tier, 0 AS score
    FROM "AhspItem" i WHERE (${Prisma.join(contains, ") AND (")}) AND ${filters}`;
  return [fulltext, substring];
}

/** The closest vocabulary words to each correctable word (GiST trigram nearest neighbours). */
async function correctionCandidates(groups: WordGroup[]): Promise<CorrectionCandidate[]> {
  const correctable = correctableWords(groups);
  if (correctable.length === 0) return [];
  return queryRows(
    db(),
    "reference.corrections",
    CANDIDATE_ROW,
    Prisma.sql`
    SELECT t.token, v.word, similarity(v.word, t.token) AS similarity
    FROM unnest(${correctable}::text[]) AS t(token)
    CROSS JOIN LATERAL (SELECT word FROM ahsp_vocabulary ORDER BY word <-> t.token LIMIT 3) v`,
  );
}

async function runPage(params: SearchParams, branches: Prisma.Sql[]): Promise<SearchPage> {
  const rows = await queryRows(
    db(),
    "reference.search",
    HIT_ROW,
    Prisma.sql`
    WITH hits AS (${Prisma.join(branches, " UNION ALL ")}),
    best AS (SELECT DISTINCT ON (id) id, tier, score FROM hits ORDER BY id, tier, score DESC)
    SELECT ${SELECT_HIT}, b.tier, b.score
    FROM best b
    JOIN "AhspItem" i ON i.id = b.id
    JOIN "AhspEdition" e ON e.id = i."editionId"
    WHERE ${keysetSql(params.cursor, Prisma.sql`b.tier`, Prisma.sql`b.score`)}
    ORDER BY b.tier, b.score DESC, e.name, i.position, i.id
    LIMIT ${params.limit + 1}`,
  );
  return toPage(rows, params.limit);
}

/** Rows come one past the page size: the extra row only says that another page exists. */
function toPage(rows: HitRow[], limit: number): SearchPage {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(toHit),
    nextCursor: rows.length > limit && last ? encodeCursor({ ...last, edition: last.editionName }) : null,
    correctedQuery: null,
  };
}

/**
 * Rows after the cursor in the result order. Equal ranks keep each edition together, in
 * the order of the standard: interleaving two editions by position would mix their kodes.
 */
function keysetSql(cursor: SearchCursor | undefined, tier: Prisma.Sql, score: Prisma.Sql): Prisma.Sql {
  if (!cursor) return Prisma.sql`TRUE`;
  // Score sorts descending, so it is compared negated inside the ascending row comparison.
  return Prisma.sql`(${tier}, -${score}, e.name, i.position, i.id)
    > (${cursor.tier}::int, ${-cursor.score}::int, ${cursor.edition}, ${cursor.position}::int, ${cursor.id}::uuid)`;
}

function toHit(row: HitRow): SearchHit {
  return {
    id: row.id,
    kode: row.kode,
    uraian: row.uraian,
    satuan: row.satuan,
    lineCount: row.lineCount,
    edition: { id: row.editionId, name: row.editionName },
    match: MATCH_BY_TIER[row.tier] ?? "all",
  };
}

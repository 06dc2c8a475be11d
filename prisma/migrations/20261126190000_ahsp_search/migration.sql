-- Search over the reference library (hand-written: Prisma's schema cannot express these).
-- Full-text: a weighted vector, kode (A) > uraian (B) > klasifikasi labels (C), 'simple'
-- configuration because Indonesian has no stemmer in PostgreSQL and codes must stay intact.
-- Typos: trigram similarity on uraian via pg_trgm.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE OR REPLACE FUNCTION ahsp_search_vector(kode text, uraian text, klasifikasi text, sub_klasifikasi text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('simple', coalesce(kode, '')), 'A')
      || setweight(to_tsvector('simple', coalesce(uraian, '')), 'B')
      || setweight(to_tsvector('simple', coalesce(klasifikasi, '') || ' ' || coalesce(sub_klasifikasi, '')), 'C')
$$;

CREATE INDEX "AhspItem_search_idx" ON "AhspItem"
  USING GIN (ahsp_search_vector("kode", "uraian", "klasifikasi", "subKlasifikasi"));
CREATE INDEX "AhspItem_uraian_trgm_idx" ON "AhspItem" USING GIN (lower("uraian") gin_trgm_ops);
-- An expression index (lower) keeps Prisma's diff from treating it as a drift to drop.
CREATE INDEX "AhspItem_kode_prefix_idx" ON "AhspItem" (lower("kode") text_pattern_ops);

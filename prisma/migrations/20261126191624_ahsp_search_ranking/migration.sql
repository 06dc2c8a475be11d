-- Ranking and typo tolerance for the reference search (hand-written: Prisma's schema
-- cannot express them). Both are materialized views, which Prisma's diff ignores, refreshed
-- by the importer inside the transaction that rewrites the items, so they never go stale.

-- Stored search vectors, for ranking only: matching still goes through the GIN expression
-- index "AhspItem_search_idx", but ts_rank_cd on that expression re-parses every matching
-- uraian (about 20 µs a row: 25 ms for the 1,250 items a one-letter prefix matches). Read
-- back by id, the stored vector ranks the same rows in about 3 ms.
CREATE MATERIALIZED VIEW ahsp_search_document AS
  SELECT id, ahsp_search_vector(kode, uraian, klasifikasi, "subKlasifikasi") AS vector
  FROM "AhspItem";

CREATE UNIQUE INDEX ahsp_search_document_id_key ON ahsp_search_document (id);

-- The distinct words of every uraian, matched by trigram distance: "betom" finds "beton",
-- "galain" finds "galian". A nearest-neighbour lookup among ~1,300 short words takes well
-- under a millisecond, where trigram similarity against whole uraian texts takes 10-40 ms.
-- The table is schema-qualified inside ts_stat's query text: PostgreSQL 17 (the embedded
-- default) refreshes materialized views with search_path = pg_catalog, pg_temp.
CREATE MATERIALIZED VIEW ahsp_vocabulary AS
  SELECT word, ndoc
  FROM ts_stat($$SELECT to_tsvector('simple', uraian) FROM public."AhspItem"$$)
  WHERE word ~ '^[[:alpha:]]{3,}$';

CREATE UNIQUE INDEX ahsp_vocabulary_word_key ON ahsp_vocabulary (word);
CREATE INDEX ahsp_vocabulary_word_trgm_idx ON ahsp_vocabulary USING gist (word gist_trgm_ops);

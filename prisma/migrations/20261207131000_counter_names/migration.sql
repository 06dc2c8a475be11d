-- Hand-written (issue 15, GLOSSARY.md "Counters on a project"): the counters get their glossary
-- names, so "version" stays free for the saved versions of a budget (issue 17). Renames keep the
-- data and the defaults; nothing is dropped.
ALTER TABLE "Project" RENAME COLUMN "version" TO "editVersion";
ALTER TABLE "Project" RENAME COLUMN "revision" TO "contentRevision";
ALTER TABLE "Pekerjaan" RENAME COLUMN "version" TO "editVersion";

-- Trigger function bodies are text: a column rename does not reach them. Same logic as in
-- 20261126194024_project_revision and 20261207100000_unit_price_rounding, new column name.
CREATE OR REPLACE FUNCTION project_content_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A row never moves to another project: the new rows name it, or the old ones on delete.
  IF TG_OP = 'DELETE' THEN
    UPDATE "Project" SET "contentRevision" = "contentRevision" + 1 WHERE "id" IN (SELECT "projectId" FROM old_rows);
  ELSE
    UPDATE "Project" SET "contentRevision" = "contentRevision" + 1 WHERE "id" IN (SELECT "projectId" FROM new_rows);
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION project_pricing_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."overheadProfitPercent", NEW."ppnPercent", NEW."roundingBase", NEW."unitPriceRounding")
     IS DISTINCT FROM (OLD."overheadProfitPercent", OLD."ppnPercent", OLD."roundingBase", OLD."unitPriceRounding") THEN
    NEW."contentRevision" := OLD."contentRevision" + 1;
  END IF;
  RETURN NEW;
END $$;

-- The triggers that move it follow the column's name.
DO $$
DECLARE
  t text;
  op text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Klasifikasi', 'SubKlasifikasi', 'Pekerjaan', 'PekerjaanLine', 'HargaItem'] LOOP
    FOREACH op IN ARRAY ARRAY['insert', 'update', 'delete'] LOOP
      EXECUTE format('ALTER TRIGGER %I ON %I RENAME TO %I', t || '_revision_' || op, t, t || '_content_revision_' || op);
    END LOOP;
  END LOOP;
END $$;
ALTER TRIGGER "Project_revision_pricing" ON "Project" RENAME TO "Project_content_revision_pricing";

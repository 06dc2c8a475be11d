-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;

-- Hand-written (Prisma's schema can not express triggers): Project.revision changes with every
-- change to what a Rekap RAB is computed from, whoever makes it (the API, a script, raw SQL),
-- so a calc result cached under a revision can never outlive the data it came from.
-- Statement-level triggers with transition tables: a bulk insert of 12,000 lines bumps once.
CREATE FUNCTION project_content_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A row never moves to another project: the new rows name it, or the old ones on delete.
  IF TG_OP = 'DELETE' THEN
    UPDATE "Project" SET "revision" = "revision" + 1 WHERE "id" IN (SELECT "projectId" FROM old_rows);
  ELSE
    UPDATE "Project" SET "revision" = "revision" + 1 WHERE "id" IN (SELECT "projectId" FROM new_rows);
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Klasifikasi', 'SubKlasifikasi', 'Pekerjaan', 'PekerjaanLine', 'HargaItem'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION project_content_changed()', t || '_revision_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION project_content_changed()', t || '_revision_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION project_content_changed()', t || '_revision_delete', t);
  END LOOP;
END $$;

-- The project's own pricing is part of the result too.
CREATE FUNCTION project_pricing_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."overheadProfitPercent", NEW."ppnPercent", NEW."roundingBase")
     IS DISTINCT FROM (OLD."overheadProfitPercent", OLD."ppnPercent", OLD."roundingBase") THEN
    NEW."revision" := OLD."revision" + 1;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Project_revision_pricing" BEFORE UPDATE ON "Project"
  FOR EACH ROW EXECUTE FUNCTION project_pricing_changed();

-- Hand-written (issue 16, README "Perubahan bersamaan"): a version per grid row, so two people
-- editing different rows of the Harga Items, Volume or Jadwal grid do not conflict, while a save
-- over a row someone else changed since it was read is a 409. Pekerjaan."editVersion" exists (the
-- Analisa lines editor moves it in app code); HargaItem and JadwalEntry get one.
--
-- Triggers move each version whoever writes (the API, an import, a paste, a restore, raw SQL),
-- only when a value the grids show changes, and only when the statement did not set the version
-- itself (the lines editor and convert do). Columns a grid does not edit, such as a pekerjaan's
-- position or sub-klasifikasi, move nothing: a reorder by someone else must not make a volume
-- save conflict.
ALTER TABLE "HargaItem" ADD COLUMN "editVersion" INTEGER NOT NULL DEFAULT 1;

-- A jadwal entry is deleted when emptied and inserted again when a value returns. Its version is
-- drawn from one sequence, on insert (the column default) and on every change (the trigger), so
-- a re-created entry never takes a number an earlier entry of the same (pekerjaan, week) had:
-- a client that read version n, when the entry was since cleared and set again, is refused
-- instead of silently overwriting (ABA). 0 is never drawn: a client sends it for "no entry".
-- INTEGER lasts 2^31 entry changes across all projects.
CREATE SEQUENCE "JadwalEntry_editVersion_seq" AS INTEGER;
ALTER TABLE "JadwalEntry" ADD COLUMN "editVersion" INTEGER NOT NULL DEFAULT nextval('"JadwalEntry_editVersion_seq"');
ALTER SEQUENCE "JadwalEntry_editVersion_seq" OWNED BY "JadwalEntry"."editVersion";

CREATE FUNCTION harga_item_edit_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."editVersion" = OLD."editVersion"
     AND (NEW.kode, NEW.uraian, NEW.satuan, NEW.harga, NEW.kategori)
         IS DISTINCT FROM (OLD.kode, OLD.uraian, OLD.satuan, OLD.harga, OLD.kategori) THEN
    NEW."editVersion" := OLD."editVersion" + 1;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "HargaItem_edit_version" BEFORE UPDATE ON "HargaItem"
  FOR EACH ROW EXECUTE FUNCTION harga_item_edit_version();

CREATE FUNCTION jadwal_entry_edit_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."editVersion" = OLD."editVersion"
     AND (NEW.planned, NEW.actual, NEW."actualCost", NEW.note)
         IS DISTINCT FROM (OLD.planned, OLD.actual, OLD."actualCost", OLD.note) THEN
    NEW."editVersion" := nextval('"JadwalEntry_editVersion_seq"');
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "JadwalEntry_edit_version" BEFORE UPDATE ON "JadwalEntry"
  FOR EACH ROW EXECUTE FUNCTION jadwal_entry_edit_version();

CREATE FUNCTION pekerjaan_edit_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."editVersion" = OLD."editVersion"
     AND (NEW.volume, NEW."volumeFormula", NEW.uraian, NEW.satuan, NEW.kode, NEW."overheadProfitPercent",
          NEW.source, NEW."ahspItemId")
         IS DISTINCT FROM (OLD.volume, OLD."volumeFormula", OLD.uraian, OLD.satuan, OLD.kode, OLD."overheadProfitPercent",
          OLD.source, OLD."ahspItemId") THEN
    NEW."editVersion" := OLD."editVersion" + 1;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Pekerjaan_edit_version" BEFORE UPDATE ON "Pekerjaan"
  FOR EACH ROW EXECUTE FUNCTION pekerjaan_edit_version();

-- Issue 18, README "Back-up volume": a pekerjaan's volume may be the sum of take-off rows
-- (uraian, formula, result). The table is Prisma's; the triggers are hand-written.
CREATE TABLE "VolumeTakeoff" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "pekerjaanId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "uraian" TEXT NOT NULL,
    "formula" TEXT NOT NULL,
    "result" DECIMAL(18,3) NOT NULL,

    CONSTRAINT "VolumeTakeoff_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "VolumeTakeoff_pekerjaanId_position_key" ON "VolumeTakeoff"("pekerjaanId", "position");
CREATE INDEX "VolumeTakeoff_projectId_idx" ON "VolumeTakeoff"("projectId");

ALTER TABLE "VolumeTakeoff" ADD CONSTRAINT "VolumeTakeoff_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "VolumeTakeoff" ADD CONSTRAINT "VolumeTakeoff_pekerjaanId_fkey" FOREIGN KEY ("pekerjaanId") REFERENCES "Pekerjaan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Take-off rows are content: the tree (and the Volume page) is cached under contentRevision, so
-- a changed row must move it like every other content table (20261207131000_counter_names).
CREATE TRIGGER "VolumeTakeoff_content_revision_insert" AFTER INSERT ON "VolumeTakeoff" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_content_changed();
CREATE TRIGGER "VolumeTakeoff_content_revision_update" AFTER UPDATE ON "VolumeTakeoff" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_content_changed();
CREATE TRIGGER "VolumeTakeoff_content_revision_delete" AFTER DELETE ON "VolumeTakeoff" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_content_changed();

-- The Volume grid's row version is the pekerjaan's editVersion (20261218090000_row_edit_versions).
-- A take-off edit that leaves the sum alone (a renamed row, two rows swapped) changes what the
-- grid shows all the same, so any change to a pekerjaan's rows moves its version, whoever writes.
-- Statement-level: one bump per pekerjaan per statement, however many of its rows it touched.
CREATE FUNCTION volume_takeoff_edit_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE "Pekerjaan" SET "editVersion" = "editVersion" + 1 WHERE id IN (SELECT DISTINCT "pekerjaanId" FROM old_rows);
  ELSE
    UPDATE "Pekerjaan" SET "editVersion" = "editVersion" + 1 WHERE id IN (SELECT DISTINCT "pekerjaanId" FROM new_rows);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "VolumeTakeoff_edit_version_insert" AFTER INSERT ON "VolumeTakeoff" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION volume_takeoff_edit_version();
CREATE TRIGGER "VolumeTakeoff_edit_version_update" AFTER UPDATE ON "VolumeTakeoff" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION volume_takeoff_edit_version();
CREATE TRIGGER "VolumeTakeoff_edit_version_delete" AFTER DELETE ON "VolumeTakeoff" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION volume_takeoff_edit_version();

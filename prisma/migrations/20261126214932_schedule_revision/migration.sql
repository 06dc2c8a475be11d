-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "scheduleRevision" INTEGER NOT NULL DEFAULT 0;

-- Hand-written: any change to a project's schedule entries (the API, a copy, raw SQL, a cascade
-- from a deleted pekerjaan) moves the project's scheduleRevision, so a Jadwal or Kurva S view
-- cached under it can never outlive its data. Statement-level: a 500-entry batch bumps once.
CREATE FUNCTION project_schedule_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE "Project" SET "scheduleRevision" = "scheduleRevision" + 1 WHERE "id" IN (SELECT "projectId" FROM old_rows);
  ELSE
    UPDATE "Project" SET "scheduleRevision" = "scheduleRevision" + 1 WHERE "id" IN (SELECT "projectId" FROM new_rows);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "ScheduleEntry_schedule_revision_insert" AFTER INSERT ON "ScheduleEntry"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_schedule_changed();
CREATE TRIGGER "ScheduleEntry_schedule_revision_update" AFTER UPDATE ON "ScheduleEntry"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_schedule_changed();
CREATE TRIGGER "ScheduleEntry_schedule_revision_delete" AFTER DELETE ON "ScheduleEntry"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION project_schedule_changed();

-- Hand-written (issue 15, GLOSSARY.md): the jadwal is `jadwal` in the database too. Renames only,
-- so every row survives: ScheduleEntry → JadwalEntry with its keys and indexes under the names
-- Prisma gives the new model, Project.scheduleRevision → jadwalRevision, and the trigger function
-- and its triggers.

ALTER TABLE "ScheduleEntry" RENAME TO "JadwalEntry";
ALTER TABLE "JadwalEntry" RENAME CONSTRAINT "ScheduleEntry_pkey" TO "JadwalEntry_pkey";
ALTER TABLE "JadwalEntry" RENAME CONSTRAINT "ScheduleEntry_projectId_fkey" TO "JadwalEntry_projectId_fkey";
ALTER TABLE "JadwalEntry" RENAME CONSTRAINT "ScheduleEntry_pekerjaanId_fkey" TO "JadwalEntry_pekerjaanId_fkey";
ALTER INDEX "ScheduleEntry_projectId_week_idx" RENAME TO "JadwalEntry_projectId_week_idx";
ALTER INDEX "ScheduleEntry_pekerjaanId_week_key" RENAME TO "JadwalEntry_pekerjaanId_week_key";

ALTER TABLE "Project" RENAME COLUMN "scheduleRevision" TO "jadwalRevision";

-- A function body is text: the rename above does not reach it, so the body is written anew.
-- The triggers point at the function itself, not its name, and follow the rename.
ALTER FUNCTION project_schedule_changed() RENAME TO project_jadwal_changed;
CREATE OR REPLACE FUNCTION project_jadwal_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE "Project" SET "jadwalRevision" = "jadwalRevision" + 1 WHERE "id" IN (SELECT "projectId" FROM old_rows);
  ELSE
    UPDATE "Project" SET "jadwalRevision" = "jadwalRevision" + 1 WHERE "id" IN (SELECT "projectId" FROM new_rows);
  END IF;
  RETURN NULL;
END $$;

ALTER TRIGGER "ScheduleEntry_schedule_revision_insert" ON "JadwalEntry" RENAME TO "JadwalEntry_jadwal_revision_insert";
ALTER TRIGGER "ScheduleEntry_schedule_revision_update" ON "JadwalEntry" RENAME TO "JadwalEntry_jadwal_revision_update";
ALTER TRIGGER "ScheduleEntry_schedule_revision_delete" ON "JadwalEntry" RENAME TO "JadwalEntry_jadwal_revision_delete";

-- The audit trail names the entity it describes; its filter (GET …/audit?entity=jadwal) must
-- find the entries written before the rename too.
UPDATE "AuditEntry" SET "entity" = 'jadwal' WHERE "entity" = 'schedule';

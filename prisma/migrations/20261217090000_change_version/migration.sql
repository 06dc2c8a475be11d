-- Hand-written (issue 16, README "Perubahan bersamaan"): Project.changeVersion, the project's one
-- version for ETag / If-Match and the change feed. It moves on every change to the project,
-- whoever makes it (the API, a script, raw SQL): its own fields, its content and pricing, its
-- jadwal, its team. BIGINT: it moves more than once per request, for as long as the project lives.
ALTER TABLE "Project" ADD COLUMN "changeVersion" BIGINT NOT NULL DEFAULT 0;

-- The version each audit entry produced, so GET …/changes?since=n reads the entries newer than n
-- from one index. Entries written before this migration keep 0: they are never "new".
ALTER TABLE "AuditEntry" ADD COLUMN "changeVersion" BIGINT NOT NULL DEFAULT 0;
CREATE INDEX "AuditEntry_projectId_changeVersion_idx" ON "AuditEntry"("projectId", "changeVersion");

-- Any change to a project row moves the version by one, unless the statement sets it itself. The
-- content and jadwal triggers (20261207131000_counter_names, 20261207130000_jadwal_names) move
-- contentRevision / jadwalRevision with an UPDATE of this row, so they are covered without a
-- change to their bodies. jsonb and every other column type compare with IS DISTINCT FROM.
CREATE FUNCTION project_change_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."changeVersion" = OLD."changeVersion" AND NEW IS DISTINCT FROM OLD THEN
    NEW."changeVersion" := OLD."changeVersion" + 1;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Project_change_version" BEFORE UPDATE ON "Project"
  FOR EACH ROW EXECUTE FUNCTION project_change_version();

-- The team is no column of the project: members and pending invitations move it from their own
-- tables (statement-level: one bump per statement, as for the content).
CREATE FUNCTION project_team_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE "Project" SET "changeVersion" = "changeVersion" + 1 WHERE "id" IN (SELECT "projectId" FROM old_rows);
  ELSE
    UPDATE "Project" SET "changeVersion" = "changeVersion" + 1 WHERE "id" IN (SELECT "projectId" FROM new_rows);
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ProjectMember', 'ProjectInvitation'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION project_team_changed()', t || '_change_version_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION project_team_changed()', t || '_change_version_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION project_team_changed()', t || '_change_version_delete', t);
  END LOOP;
END $$;

-- An audit entry takes a version of its own: it moves the project's by one and keeps the result.
-- Its UPDATE holds the project row until commit, so the version lies after the one the writer
-- found and no later than the one it commits: a reader that saw version n finds exactly the
-- entries > n committed since.
CREATE FUNCTION audit_entry_change_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Project" SET "changeVersion" = "changeVersion" + 1 WHERE "id" = NEW."projectId"
    RETURNING "changeVersion" INTO NEW."changeVersion";
  RETURN NEW;
END $$;

CREATE TRIGGER "AuditEntry_change_version" BEFORE INSERT ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION audit_entry_change_version();

-- Hand-written (issue 18, README "Dasbor proyek"): the project's last calendar day, kept by
-- PostgreSQL itself from the start date and duration (the calendar's rule, lib/calc/jadwal.ts
-- projectEndDate: start + duration - 1), so the dashboard's status and date-range filters are
-- plain column comparisons the list's one query can use, and no write can leave it stale.
ALTER TABLE "Project" ADD COLUMN "endDate" DATE GENERATED ALWAYS AS ("startDate" + ("durationDays" - 1)) STORED;

-- In a BEFORE UPDATE trigger a stored generated column is not computed yet: NEW."endDate" is NULL
-- while OLD."endDate" holds the day, so "NEW IS DISTINCT FROM OLD" would move changeVersion on an
-- update that changes nothing. Compare a copy of NEW that carries OLD's endDate instead: endDate
-- only follows startDate and durationDays, which the comparison still sees.
CREATE OR REPLACE FUNCTION project_change_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  compared "Project";
BEGIN
  compared := NEW;
  compared."endDate" := OLD."endDate";
  IF NEW."changeVersion" = OLD."changeVersion" AND compared IS DISTINCT FROM OLD THEN
    NEW."changeVersion" := OLD."changeVersion" + 1;
  END IF;
  RETURN NEW;
END $$;

-- Hand-written (issue 18, README "Dasbor proyek"): the project's last calendar day, kept by
-- PostgreSQL itself from the start date and duration (the calendar's rule, lib/calc/jadwal.ts
-- projectEndDate: start + duration - 1), so the dashboard's status and date-range filters are
-- plain column comparisons the list's one query can use, and no write can leave it stale.
ALTER TABLE "Project" ADD COLUMN "endDate" DATE GENERATED ALWAYS AS ("startDate" + ("durationDays" - 1)) STORED;

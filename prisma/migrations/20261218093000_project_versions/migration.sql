-- Hand-written (issue 17, README "Versi dan addendum"): versions of a project's estimate. A row
-- is written once and never updated: the snapshot (pekerjaan keyed by their live ids, so a
-- pekerjaan keeps its identity across versions and restores), the Rekap RAB as it was answered at
-- that moment, and its four totals as columns for the list. NUMERIC(40, 2): a total of up to
-- 5.000 pekerjaan of the largest volume and harga the API admits.
CREATE TYPE "VersionKind" AS ENUM ('oe', 'kontrak', 'addendum', 'lainnya');

CREATE TABLE "ProjectVersion" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "VersionKind" NOT NULL,
    "automatic" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "snapshot" JSONB NOT NULL,
    "rekap" JSONB NOT NULL,
    "totalBiayaLangsung" DECIMAL(40,2) NOT NULL,
    "ppn" DECIMAL(40,2) NOT NULL,
    "total" DECIMAL(40,2) NOT NULL,
    "pembulatan" DECIMAL(40,2) NOT NULL,
    "pekerjaanCount" INTEGER NOT NULL,

    CONSTRAINT "ProjectVersion_pkey" PRIMARY KEY ("id")
);

-- The list, newest first, and the per-project count of the bound (lib/versions/limits.ts).
CREATE INDEX "ProjectVersion_projectId_createdAt_idx" ON "ProjectVersion"("projectId", "createdAt");

ALTER TABLE "ProjectVersion" ADD CONSTRAINT "ProjectVersion_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ProjectVersion" ADD CONSTRAINT "ProjectVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The audit trail filtered by person, and the list of its people (README "Riwayat perubahan"):
-- with only (projectId, createdAt) both read a project's whole trail.
-- CreateIndex
CREATE INDEX "AuditEntry_projectId_userId_createdAt_idx" ON "AuditEntry"("projectId", "userId", "createdAt");

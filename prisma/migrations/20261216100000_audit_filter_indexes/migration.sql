-- The audit trail filtered by person or by kind, and the list of its people (README "Riwayat perubahan"):
-- with only (projectId, createdAt), a rare person or kind reads the project's whole trail.
-- CreateIndex
CREATE INDEX "AuditEntry_projectId_userId_createdAt_idx" ON "AuditEntry"("projectId", "userId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_projectId_entity_createdAt_idx" ON "AuditEntry"("projectId", "entity", "createdAt");

-- CreateEnum
CREATE TYPE "Kategori" AS ENUM ('TK', 'BHN', 'ALT', 'LAIN');

-- CreateEnum
CREATE TYPE "PekerjaanSource" AS ENUM ('custom', 'ref', 'ref_modified');

-- CreateTable
CREATE TABLE "AhspEdition" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "citation" TEXT,
    "contentHash" TEXT,
    "itemCount" INTEGER NOT NULL DEFAULT 0,
    "lineCount" INTEGER NOT NULL DEFAULT 0,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedById" UUID,

    CONSTRAINT "AhspEdition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AhspItem" (
    "id" UUID NOT NULL,
    "editionId" UUID NOT NULL,
    "kode" TEXT NOT NULL,
    "uraian" TEXT NOT NULL,
    "satuan" TEXT NOT NULL,
    "citation" TEXT,
    "klasifikasi" TEXT,
    "subKlasifikasi" TEXT,
    "position" INTEGER NOT NULL,
    "lineCount" INTEGER NOT NULL,

    CONSTRAINT "AhspItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AhspLine" (
    "id" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kategori" "Kategori" NOT NULL,
    "kodeItem" TEXT NOT NULL,
    "uraianItem" TEXT NOT NULL,
    "satuanItem" TEXT NOT NULL,
    "koefisien" DECIMAL(18,6) NOT NULL,
    "nestedItemId" UUID,

    CONSTRAINT "AhspLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "client" TEXT NOT NULL,
    "fundingSource" TEXT NOT NULL,
    "fiscalYear" INTEGER,
    "ownerBudget" DECIMAL(20,2),
    "description" TEXT,
    "parties" JSONB NOT NULL DEFAULT '{}',
    "startDate" DATE NOT NULL,
    "durationDays" INTEGER NOT NULL,
    "weekEndDay" INTEGER NOT NULL DEFAULT 0,
    "overheadProfitPercent" DECIMAL(5,2) NOT NULL DEFAULT 10,
    "ppnPercent" DECIMAL(5,2) NOT NULL DEFAULT 11,
    "roundingBase" INTEGER NOT NULL DEFAULT 1000,
    "version" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Klasifikasi" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Klasifikasi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubKlasifikasi" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "klasifikasiId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "SubKlasifikasi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pekerjaan" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "subKlasifikasiId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "source" "PekerjaanSource" NOT NULL,
    "ahspItemId" UUID,
    "ahspEdition" TEXT,
    "kode" TEXT,
    "uraian" TEXT NOT NULL,
    "satuan" TEXT NOT NULL,
    "volume" DECIMAL(18,3) NOT NULL DEFAULT 0,
    "volumeFormula" TEXT,
    "overheadProfitPercent" DECIMAL(5,2),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pekerjaan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PekerjaanLine" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "pekerjaanId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "hargaItemId" UUID NOT NULL,
    "koefisien" DECIMAL(18,6) NOT NULL,
    "bundlePekerjaanId" UUID,

    CONSTRAINT "PekerjaanLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HargaItem" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "kategori" "Kategori" NOT NULL,
    "kode" TEXT NOT NULL,
    "uraian" TEXT NOT NULL,
    "satuan" TEXT NOT NULL,
    "harga" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HargaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Parameter" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "value" DECIMAL(18,6) NOT NULL,

    CONSTRAINT "Parameter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "userId" UUID,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AhspEdition_name_key" ON "AhspEdition"("name");

-- CreateIndex
CREATE INDEX "AhspItem_editionId_position_idx" ON "AhspItem"("editionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AhspItem_editionId_kode_key" ON "AhspItem"("editionId", "kode");

-- CreateIndex
CREATE INDEX "AhspLine_nestedItemId_idx" ON "AhspLine"("nestedItemId");

-- CreateIndex
CREATE UNIQUE INDEX "AhspLine_itemId_position_key" ON "AhspLine"("itemId", "position");

-- CreateIndex
CREATE INDEX "Project_ownerId_archivedAt_idx" ON "Project"("ownerId", "archivedAt");

-- CreateIndex
CREATE INDEX "Klasifikasi_projectId_position_idx" ON "Klasifikasi"("projectId", "position");

-- CreateIndex
CREATE INDEX "SubKlasifikasi_klasifikasiId_position_idx" ON "SubKlasifikasi"("klasifikasiId", "position");

-- CreateIndex
CREATE INDEX "SubKlasifikasi_projectId_idx" ON "SubKlasifikasi"("projectId");

-- CreateIndex
CREATE INDEX "Pekerjaan_projectId_idx" ON "Pekerjaan"("projectId");

-- CreateIndex
CREATE INDEX "Pekerjaan_subKlasifikasiId_position_idx" ON "Pekerjaan"("subKlasifikasiId", "position");

-- CreateIndex
CREATE INDEX "PekerjaanLine_projectId_idx" ON "PekerjaanLine"("projectId");

-- CreateIndex
CREATE INDEX "PekerjaanLine_hargaItemId_idx" ON "PekerjaanLine"("hargaItemId");

-- CreateIndex
CREATE INDEX "PekerjaanLine_bundlePekerjaanId_idx" ON "PekerjaanLine"("bundlePekerjaanId");

-- CreateIndex
CREATE UNIQUE INDEX "PekerjaanLine_pekerjaanId_position_key" ON "PekerjaanLine"("pekerjaanId", "position");

-- CreateIndex
CREATE INDEX "HargaItem_projectId_kategori_idx" ON "HargaItem"("projectId", "kategori");

-- CreateIndex
CREATE UNIQUE INDEX "HargaItem_projectId_kode_key" ON "HargaItem"("projectId", "kode");

-- CreateIndex
CREATE UNIQUE INDEX "Parameter_projectId_name_key" ON "Parameter"("projectId", "name");

-- CreateIndex
CREATE INDEX "AuditEntry_projectId_createdAt_idx" ON "AuditEntry"("projectId", "createdAt");

-- AddForeignKey
ALTER TABLE "AhspItem" ADD CONSTRAINT "AhspItem_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "AhspEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AhspLine" ADD CONSTRAINT "AhspLine_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AhspItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AhspLine" ADD CONSTRAINT "AhspLine_nestedItemId_fkey" FOREIGN KEY ("nestedItemId") REFERENCES "AhspItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Klasifikasi" ADD CONSTRAINT "Klasifikasi_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubKlasifikasi" ADD CONSTRAINT "SubKlasifikasi_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubKlasifikasi" ADD CONSTRAINT "SubKlasifikasi_klasifikasiId_fkey" FOREIGN KEY ("klasifikasiId") REFERENCES "Klasifikasi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pekerjaan" ADD CONSTRAINT "Pekerjaan_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pekerjaan" ADD CONSTRAINT "Pekerjaan_subKlasifikasiId_fkey" FOREIGN KEY ("subKlasifikasiId") REFERENCES "SubKlasifikasi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pekerjaan" ADD CONSTRAINT "Pekerjaan_ahspItemId_fkey" FOREIGN KEY ("ahspItemId") REFERENCES "AhspItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PekerjaanLine" ADD CONSTRAINT "PekerjaanLine_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PekerjaanLine" ADD CONSTRAINT "PekerjaanLine_pekerjaanId_fkey" FOREIGN KEY ("pekerjaanId") REFERENCES "Pekerjaan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PekerjaanLine" ADD CONSTRAINT "PekerjaanLine_hargaItemId_fkey" FOREIGN KEY ("hargaItemId") REFERENCES "HargaItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PekerjaanLine" ADD CONSTRAINT "PekerjaanLine_bundlePekerjaanId_fkey" FOREIGN KEY ("bundlePekerjaanId") REFERENCES "Pekerjaan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HargaItem" ADD CONSTRAINT "HargaItem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Parameter" ADD CONSTRAINT "Parameter_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

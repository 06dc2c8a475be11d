-- AlterTable
ALTER TABLE "AhspEdition" ADD COLUMN     "report" JSONB;

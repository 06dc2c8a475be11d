-- AlterTable
ALTER TABLE "ApiToken" DROP COLUMN "prefix",
ADD COLUMN     "hint" TEXT NOT NULL;

-- CreateEnum
CREATE TYPE "FigureOrigin" AS ENUM ('IMPORT', 'SEED_STATED', 'SEED_GENERATED');

-- AlterTable
ALTER TABLE "StaffStatistic" ADD COLUMN     "origin" "FigureOrigin" NOT NULL DEFAULT 'IMPORT',
ADD COLUMN     "seedDocument" TEXT;

-- AlterTable
ALTER TABLE "StatisticGoal" ADD COLUMN     "importBatchId" TEXT,
ADD COLUMN     "origin" "FigureOrigin" NOT NULL DEFAULT 'IMPORT',
ADD COLUMN     "seedDocument" TEXT;

-- AlterTable
ALTER TABLE "SurveyRound" ADD COLUMN     "origin" "FigureOrigin" NOT NULL DEFAULT 'IMPORT',
ADD COLUMN     "seedDocument" TEXT;

-- CreateTable
CREATE TABLE "ImportStagingRow" (
    "stagingId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "measure" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "tertial" INTEGER,
    "departmentId" TEXT,
    "occupationId" TEXT,
    "employmentForm" TEXT,
    "gender" TEXT,
    "ageBand" TEXT,
    "category" TEXT,
    "subcategory" TEXT,
    "value" DECIMAL(12,2) NOT NULL,
    "decimals" SMALLINT,
    "population" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportStagingRow_pkey" PRIMARY KEY ("stagingId","seq")
);

-- AddForeignKey
ALTER TABLE "StatisticGoal" ADD CONSTRAINT "StatisticGoal_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Figures stored before this migration without an import batch came from the demo seed, which did not record
-- which were stated in its document: mark them generated (claiming "stated" could be false).
UPDATE "StaffStatistic" SET "origin" = 'SEED_GENERATED' WHERE "importBatchId" IS NULL;
UPDATE "StatisticGoal" SET "origin" = 'SEED_GENERATED';
UPDATE "SurveyRound" SET "origin" = 'SEED_GENERATED' WHERE "importBatchId" IS NULL;

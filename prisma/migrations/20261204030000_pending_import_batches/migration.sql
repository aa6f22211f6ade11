-- AlterTable
ALTER TABLE "ImportBatch" ADD COLUMN     "pending" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "StaffStatistic_importBatchId_idx" ON "StaffStatistic"("importBatchId");

-- The years list follows only the figures readers see: an import's figures written while its batch is pending
-- join the list when it commits (its final transaction adds their years, lib/statistics/import-service.ts).
CREATE OR REPLACE FUNCTION "statistic_years_insert"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN INSERT INTO "StatisticYear" ("organizationId", "measure", "year") SELECT DISTINCT n."organizationId", n."measure", n."year" FROM new_rows n WHERE n."importBatchId" IS NULL OR NOT EXISTS (SELECT 1 FROM "ImportBatch" b WHERE b."id" = n."importBatchId" AND b."pending") ON CONFLICT DO NOTHING\073 RETURN NULL\073 END\073';

-- Staging is replaced by pending batches: an import's figures go straight to StaffStatistic, invisible until it commits.
DROP TABLE "ImportStagingRow";

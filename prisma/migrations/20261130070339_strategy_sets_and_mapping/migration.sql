-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "strategySetId" TEXT;

-- CreateTable
CREATE TABLE "SkrStrategyMapping" (
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,

    CONSTRAINT "SkrStrategyMapping_pkey" PRIMARY KEY ("fromId","toId")
);

-- CreateIndex
CREATE INDEX "SkrStrategyMapping_toId_idx" ON "SkrStrategyMapping"("toId");

-- AddForeignKey
ALTER TABLE "SkrStrategyMapping" ADD CONSTRAINT "SkrStrategyMapping_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "SkrStrategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkrStrategyMapping" ADD CONSTRAINT "SkrStrategyMapping_toId_fkey" FOREIGN KEY ("toId") REFERENCES "SkrStrategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_strategySetId_fkey" FOREIGN KEY ("strategySetId") REFERENCES "SkrStrategySet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Data: correct the 2024 set from SKR's own pages (DOMAIN.md): three names were the seeds' wording, not SKR's.
-- Only rows still carrying the old names change, so a database an administrator already corrected is left alone.
UPDATE "SkrStrategy" SET "name" = 'Stärk chefens förutsättningar att leda', "verified" = true
WHERE "name" = 'Stärk chefers förutsättningar att leda'
  AND "setId" IN (SELECT "id" FROM "SkrStrategySet" WHERE "name" = 'SKR:s strategier 2024');
UPDATE "SkrStrategy" SET "name" = 'Använd kompetensen rätt', "verified" = true
WHERE "name" = 'Använd kompetensen på rätt sätt'
  AND "setId" IN (SELECT "id" FROM "SkrStrategySet" WHERE "name" = 'SKR:s strategier 2024');
UPDATE "SkrStrategy" SET "name" = 'Synliggör lön, villkor och förmåner', "verified" = true,
  "description" = 'Lönepolitiken som verktyg, synliggör hela lönen, villkor och förmåner, lokala lösningar.'
WHERE "name" = 'Skapa goda anställningsvillkor och lönebildning'
  AND "setId" IN (SELECT "id" FROM "SkrStrategySet" WHERE "name" = 'SKR:s strategier 2024');

-- The older set is SKR's 2019 set (DOMAIN.md), not 2014.
UPDATE "SkrStrategySet" SET "name" = 'SKR:s strategier 2019', "validFrom" = 2019
WHERE "name" = 'SKR:s strategier 2014'
  AND NOT EXISTS (SELECT 1 FROM "SkrStrategySet" WHERE "name" = 'SKR:s strategier 2019');

-- Existing plans use the set their focus strategies belong to, else the current set.
UPDATE "Plan" p SET "strategySetId" = COALESCE(
  (SELECT s."setId" FROM "PlanStrategyFocus" f JOIN "SkrStrategy" s ON s."id" = f."strategyId"
   WHERE f."planId" = p."id" LIMIT 1),
  (SELECT "id" FROM "SkrStrategySet" WHERE "isCurrent" ORDER BY "validFrom" DESC LIMIT 1)
);

-- SKR's order: "Synliggör lön, villkor och förmåner" is 7, "Använd kompetensen rätt" 8.
UPDATE "SkrStrategy" SET "sortOrder" = CASE "name" WHEN 'Synliggör lön, villkor och förmåner' THEN 7 ELSE 8 END
WHERE "name" IN ('Synliggör lön, villkor och förmåner', 'Använd kompetensen rätt')
  AND "setId" IN (SELECT "id" FROM "SkrStrategySet" WHERE "name" = 'SKR:s strategier 2024');

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "copiedFromId" TEXT;

-- CreateIndex
CREATE INDEX "Activity_copiedFromId_idx" ON "Activity"("copiedFromId");

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_copiedFromId_fkey" FOREIGN KEY ("copiedFromId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Link the activities carried over before this migration to their source: the same goal, title, phase and
-- department in the plan it was rolled over from, created with the new plan, and only where exactly one
-- activity on each side matches (an ambiguous pair stays unlinked rather than linked wrongly).
UPDATE "Activity" AS copy
SET "copiedFromId" = source."id"
FROM "Plan" AS plan, "Activity" AS source
WHERE copy."planId" = plan."id"
  AND plan."rolledOverFromId" IS NOT NULL
  AND source."planId" = plan."rolledOverFromId"
  AND copy."createdAt" <= plan."createdAt" + INTERVAL '1 minute'
  AND source."goal" = copy."goal"
  AND source."title" = copy."title"
  AND source."ubaraPhaseId" = copy."ubaraPhaseId"
  AND source."departmentId" IS NOT DISTINCT FROM copy."departmentId"
  AND (
    SELECT count(*) FROM "Activity" AS other
    WHERE other."planId" = source."planId" AND other."goal" = copy."goal" AND other."title" = copy."title"
      AND other."ubaraPhaseId" = copy."ubaraPhaseId" AND other."departmentId" IS NOT DISTINCT FROM copy."departmentId"
  ) = 1
  AND (
    SELECT count(*) FROM "Activity" AS other
    WHERE other."planId" = copy."planId" AND other."goal" = copy."goal" AND other."title" = copy."title"
      AND other."ubaraPhaseId" = copy."ubaraPhaseId" AND other."departmentId" IS NOT DISTINCT FROM copy."departmentId"
  ) = 1;

-- "Uppskjuten" is no longer a stored status ("Försenad" is derived from the due date): such rows continue as "Pågår".
UPDATE "Activity" SET "status" = 'IN_PROGRESS' WHERE "status" = 'POSTPONED';
UPDATE "FollowUp" SET "status" = 'IN_PROGRESS' WHERE "status" = 'POSTPONED';

-- AlterEnum
BEGIN;
CREATE TYPE "ActivityStatus_new" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED');
ALTER TABLE "public"."Activity" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Activity" ALTER COLUMN "status" TYPE "ActivityStatus_new" USING ("status"::text::"ActivityStatus_new");
ALTER TABLE "FollowUp" ALTER COLUMN "status" TYPE "ActivityStatus_new" USING ("status"::text::"ActivityStatus_new");
ALTER TYPE "ActivityStatus" RENAME TO "ActivityStatus_old";
ALTER TYPE "ActivityStatus_new" RENAME TO "ActivityStatus";
DROP TYPE "public"."ActivityStatus_old";
ALTER TABLE "Activity" ALTER COLUMN "status" SET DEFAULT 'NOT_STARTED';
COMMIT;

-- DropIndex
DROP INDEX "BoardGoal_organizationId_code_key";

-- DropIndex
DROP INDEX "FollowUp_activityId_year_period_key";

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "indicator" TEXT,
ADD COLUMN     "indicatorOutcome" TEXT,
ADD COLUMN     "indicatorTarget" TEXT,
ADD COLUMN     "removedAt" TIMESTAMP(3),
ADD COLUMN     "removedById" TEXT;

-- AlterTable
ALTER TABLE "BoardGoal" ADD COLUMN     "year" INTEGER;

-- AlterTable
ALTER TABLE "FollowUp" DROP COLUMN "updatedAt";

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "mergeRecruitIntroduce" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "FollowUpDeadline" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "period" "FollowUpPeriod" NOT NULL,
    "dueDate" DATE NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUpDeadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "dedupeKey" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpDeadline_organizationId_year_period_key" ON "FollowUpDeadline"("organizationId", "year", "period");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "BoardGoal_organizationId_code_year_key" ON "BoardGoal"("organizationId", "code", "year");

-- CreateIndex
CREATE INDEX "FollowUp_activityId_year_period_createdAt_idx" ON "FollowUp"("activityId", "year", "period", "createdAt");

-- AddForeignKey
ALTER TABLE "FollowUpDeadline" ADD CONSTRAINT "FollowUpDeadline_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Follow-ups are an append-only history: a correction is a new row. Only the author link may change (it is set to
-- null when a user is deleted), and deleting rows stays possible so that removing a plan cascades.
CREATE FUNCTION "follow_up_append_only"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF NEW."activityId" IS DISTINCT FROM OLD."activityId" OR NEW."year" IS DISTINCT FROM OLD."year" OR NEW."period" IS DISTINCT FROM OLD."period" OR NEW."status" IS DISTINCT FROM OLD."status" OR NEW."comment" IS DISTINCT FROM OLD."comment" OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt" THEN RAISE EXCEPTION ''FollowUp is append-only''\073 END IF\073 RETURN NEW\073 END\073';

CREATE TRIGGER "FollowUp_append_only" BEFORE UPDATE ON "FollowUp"
  FOR EACH ROW EXECUTE FUNCTION "follow_up_append_only"();

-- CreateEnum
CREATE TYPE "GapPriority" AS ENUM ('HIGH', 'MEDIUM', 'LOW');

-- CreateEnum
CREATE TYPE "RegisterStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'CLOSED');

-- AlterTable
ALTER TABLE "Risk" ADD COLUMN     "copiedFromId" TEXT,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "ownerText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "status" "RegisterStatus" NOT NULL DEFAULT 'OPEN',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "CompetenceGapDepartment" (
    "gapId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,

    CONSTRAINT "CompetenceGapDepartment_pkey" PRIMARY KEY ("gapId","departmentId")
);

-- CreateTable
CREATE TABLE "CompetenceGapOccupation" (
    "gapId" TEXT NOT NULL,
    "occupationId" TEXT NOT NULL,

    CONSTRAINT "CompetenceGapOccupation_pkey" PRIMARY KEY ("gapId","occupationId")
);

-- CreateTable
CREATE TABLE "CompetenceGapActivity" (
    "gapId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,

    CONSTRAINT "CompetenceGapActivity_pkey" PRIMARY KEY ("gapId","activityId")
);

-- CreateTable
CREATE TABLE "CompetenceGapComment" (
    "id" TEXT NOT NULL,
    "gapId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" TEXT,
    "authorName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompetenceGapComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CompetenceGapDepartment_departmentId_idx" ON "CompetenceGapDepartment"("departmentId");

-- CreateIndex
CREATE INDEX "CompetenceGapActivity_activityId_idx" ON "CompetenceGapActivity"("activityId");

-- CreateIndex
CREATE INDEX "CompetenceGapComment_gapId_createdAt_idx" ON "CompetenceGapComment"("gapId", "createdAt");

-- AddForeignKey
ALTER TABLE "CompetenceGapDepartment" ADD CONSTRAINT "CompetenceGapDepartment_gapId_fkey" FOREIGN KEY ("gapId") REFERENCES "CompetenceGap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetenceGapDepartment" ADD CONSTRAINT "CompetenceGapDepartment_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetenceGapOccupation" ADD CONSTRAINT "CompetenceGapOccupation_gapId_fkey" FOREIGN KEY ("gapId") REFERENCES "CompetenceGap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetenceGapOccupation" ADD CONSTRAINT "CompetenceGapOccupation_occupationId_fkey" FOREIGN KEY ("occupationId") REFERENCES "Occupation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetenceGapActivity" ADD CONSTRAINT "CompetenceGapActivity_gapId_fkey" FOREIGN KEY ("gapId") REFERENCES "CompetenceGap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetenceGapActivity" ADD CONSTRAINT "CompetenceGapActivity_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetenceGapComment" ADD CONSTRAINT "CompetenceGapComment_gapId_fkey" FOREIGN KEY ("gapId") REFERENCES "CompetenceGap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetenceGapComment" ADD CONSTRAINT "CompetenceGapComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A gap may concern many departments and occupations: the single ones move into the link tables first.
INSERT INTO "CompetenceGapDepartment" ("gapId", "departmentId")
  SELECT "id", "departmentId" FROM "CompetenceGap" WHERE "departmentId" IS NOT NULL;

INSERT INTO "CompetenceGapOccupation" ("gapId", "occupationId")
  SELECT "id", "occupationId" FROM "CompetenceGap" WHERE "occupationId" IS NOT NULL;

-- DropForeignKey
ALTER TABLE "CompetenceGap" DROP CONSTRAINT "CompetenceGap_departmentId_fkey";

-- DropForeignKey
ALTER TABLE "CompetenceGap" DROP CONSTRAINT "CompetenceGap_occupationId_fkey";

-- AlterTable
ALTER TABLE "CompetenceGap" DROP COLUMN "departmentId",
DROP COLUMN "occupationId",
ADD COLUMN     "copiedFromId" TEXT,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "priority" "GapPriority" NOT NULL DEFAULT 'MEDIUM',
ADD COLUMN     "status" "RegisterStatus" NOT NULL DEFAULT 'OPEN',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- The comment trail is append-only: only the author link may change (set to null when a user is deleted);
-- rows go only with their gap.
CREATE FUNCTION "gap_comment_append_only"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF NEW."gapId" IS DISTINCT FROM OLD."gapId" OR NEW."text" IS DISTINCT FROM OLD."text" OR NEW."authorName" IS DISTINCT FROM OLD."authorName" OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt" THEN RAISE EXCEPTION ''CompetenceGapComment is append-only''\073 END IF\073 RETURN NEW\073 END\073';

CREATE TRIGGER "CompetenceGapComment_append_only" BEFORE UPDATE ON "CompetenceGapComment"
  FOR EACH ROW EXECUTE FUNCTION "gap_comment_append_only"();

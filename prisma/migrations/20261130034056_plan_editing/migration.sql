-- DropIndex
DROP INDEX "PlanSection_planId_title_key";

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "decisionDate" TIMESTAMP(3),
ADD COLUMN     "decisionReference" TEXT,
ADD COLUMN     "diarienummer" TEXT,
ADD COLUMN     "planVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "rolledOverFromId" TEXT;

-- AlterTable
ALTER TABLE "PlanSection" ADD COLUMN     "departmentId" TEXT,
ADD COLUMN     "kind" TEXT,
ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "removedAt" TIMESTAMP(3);

-- Existing HTML bodies become one plain-text paragraph each (tags dropped, entities decoded): nothing is lost
-- to the column change, and no markup survives into the JSON. Entities spell their semicolon as chr(59): the
-- migration runner splits the script on every literal semicolon.
ALTER TABLE "PlanSection" ALTER COLUMN "body" TYPE JSONB USING jsonb_build_object('type', 'doc', 'content', jsonb_build_array(CASE WHEN btrim(regexp_replace("body", '<[^>]+>', ' ', 'g')) = '' THEN jsonb_build_object('type', 'paragraph') ELSE jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', btrim(regexp_replace(replace(replace(replace(replace(replace(regexp_replace("body", '<[^>]+>', ' ', 'g'), '&lt' || chr(59), '<'), '&gt' || chr(59), '>'), '&quot' || chr(59), '"'), '&#39' || chr(59), ''''), '&amp' || chr(59), '&'), '\s+', ' ', 'g'))))) END));

-- AlterTable
ALTER TABLE "PlanSectionRevision" ALTER COLUMN "body" TYPE JSONB USING jsonb_build_object('type', 'doc', 'content', jsonb_build_array(CASE WHEN btrim(regexp_replace("body", '<[^>]+>', ' ', 'g')) = '' THEN jsonb_build_object('type', 'paragraph') ELSE jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', btrim(regexp_replace(replace(replace(replace(replace(replace(regexp_replace("body", '<[^>]+>', ' ', 'g'), '&lt' || chr(59), '<'), '&gt' || chr(59), '>'), '&quot' || chr(59), '"'), '&#39' || chr(59), ''''), '&amp' || chr(59), '&'), '\s+', ' ', 'g'))))) END));

-- AlterTable
ALTER TABLE "PlanSnapshot" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "planVersion" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "PlanSectionPresence" (
    "sectionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanSectionPresence_pkey" PRIMARY KEY ("sectionId","userId")
);

-- CreateIndex
CREATE INDEX "PlanSnapshot_planId_createdAt_idx" ON "PlanSnapshot"("planId", "createdAt");

-- AddForeignKey
ALTER TABLE "PlanSection" ADD CONSTRAINT "PlanSection_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSection" ADD CONSTRAINT "PlanSection_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSectionPresence" ADD CONSTRAINT "PlanSectionPresence_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PlanSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSectionPresence" ADD CONSTRAINT "PlanSectionPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSnapshot" ADD CONSTRAINT "PlanSnapshot_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

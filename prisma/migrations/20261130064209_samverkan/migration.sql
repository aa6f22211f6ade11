-- CreateEnum
CREATE TYPE "ReviewMeetingType" AS ENUM ('INFORMATION', 'MBL_11');

-- CreateEnum
CREATE TYPE "ReviewQuestionStatus" AS ENUM ('OPEN', 'ANSWERED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "ReviewMeeting" DROP COLUMN "protocolText",
ADD COLUMN     "adjusters" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "attendees" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "diarienummer" TEXT,
ADD COLUMN     "forum" TEXT NOT NULL DEFAULT 'Förvaltningsgrupp',
ADD COLUMN     "itemNumber" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "negotiationConcluded" BOOLEAN,
ADD COLUMN     "place" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "reviewedSnapshotId" TEXT,
ADD COLUMN     "type" "ReviewMeetingType" NOT NULL DEFAULT 'INFORMATION',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "ReviewQuestion" ADD COLUMN     "answerInMinutes" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "inMinutes" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "quote" TEXT,
ADD COLUMN     "status" "ReviewQuestionStatus" NOT NULL DEFAULT 'OPEN',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ReviewMeetingUnion" (
    "meetingId" TEXT NOT NULL,
    "unionOrganizationId" TEXT NOT NULL,

    CONSTRAINT "ReviewMeetingUnion_pkey" PRIMARY KEY ("meetingId","unionOrganizationId")
);

-- CreateTable
CREATE TABLE "ReviewQuestionRevision" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sectionId" TEXT,
    "quote" TEXT,
    "status" "ReviewQuestionStatus" NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewQuestionRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProtocolNote" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "unionOrganizationId" TEXT NOT NULL,
    "authorId" TEXT,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProtocolNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewMeetingUnion_unionOrganizationId_idx" ON "ReviewMeetingUnion"("unionOrganizationId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewQuestionRevision_questionId_version_key" ON "ReviewQuestionRevision"("questionId", "version");

-- CreateIndex
CREATE INDEX "ProtocolNote_meetingId_idx" ON "ProtocolNote"("meetingId");

-- CreateIndex
CREATE INDEX "ReviewAnswer_questionId_createdAt_idx" ON "ReviewAnswer"("questionId", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewMeeting_organizationId_date_idx" ON "ReviewMeeting"("organizationId", "date");

-- CreateIndex
CREATE INDEX "ReviewQuestion_meetingId_idx" ON "ReviewQuestion"("meetingId");

-- AddForeignKey
ALTER TABLE "ReviewMeeting" ADD CONSTRAINT "ReviewMeeting_reviewedSnapshotId_fkey" FOREIGN KEY ("reviewedSnapshotId") REFERENCES "PlanSnapshot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewMeeting" ADD CONSTRAINT "ReviewMeeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewMeetingUnion" ADD CONSTRAINT "ReviewMeetingUnion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ReviewMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewMeetingUnion" ADD CONSTRAINT "ReviewMeetingUnion_unionOrganizationId_fkey" FOREIGN KEY ("unionOrganizationId") REFERENCES "UnionOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewQuestionRevision" ADD CONSTRAINT "ReviewQuestionRevision_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "ReviewQuestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewQuestionRevision" ADD CONSTRAINT "ReviewQuestionRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProtocolNote" ADD CONSTRAINT "ProtocolNote_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ReviewMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProtocolNote" ADD CONSTRAINT "ProtocolNote_unionOrganizationId_fkey" FOREIGN KEY ("unionOrganizationId") REFERENCES "UnionOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProtocolNote" ADD CONSTRAINT "ProtocolNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A question from a union is an allmän handling once received: it is never deleted (only withdrawn), and every
-- wording it had stays as it was. Only the author link of a revision may change (set to null when a user goes).
CREATE FUNCTION "review_question_kept"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN RAISE EXCEPTION ''ReviewQuestion is never deleted: withdraw it''\073 END\073';

CREATE TRIGGER "ReviewQuestion_kept" BEFORE DELETE ON "ReviewQuestion"
  FOR EACH ROW EXECUTE FUNCTION "review_question_kept"();

CREATE FUNCTION "review_question_revision_append_only"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF TG_OP = ''DELETE'' OR NEW."questionId" IS DISTINCT FROM OLD."questionId" OR NEW."version" IS DISTINCT FROM OLD."version" OR NEW."text" IS DISTINCT FROM OLD."text" OR NEW."sectionId" IS DISTINCT FROM OLD."sectionId" OR NEW."quote" IS DISTINCT FROM OLD."quote" OR NEW."status" IS DISTINCT FROM OLD."status" OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt" THEN RAISE EXCEPTION ''ReviewQuestionRevision is append-only''\073 END IF\073 RETURN NEW\073 END\073';

CREATE TRIGGER "ReviewQuestionRevision_append_only" BEFORE UPDATE OR DELETE ON "ReviewQuestionRevision"
  FOR EACH ROW EXECUTE FUNCTION "review_question_revision_append_only"();

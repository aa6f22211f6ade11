-- CreateTable
CREATE TABLE "StatisticYear" (
    "organizationId" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "year" INTEGER NOT NULL,

    CONSTRAINT "StatisticYear_pkey" PRIMARY KEY ("organizationId","measure","year")
);

-- CreateTable
CREATE TABLE "OrganizationDataVersion" (
    "organizationId" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 1,

    CONSTRAINT "OrganizationDataVersion_pkey" PRIMARY KEY ("organizationId")
);

-- CreateIndex
CREATE INDEX "StaffStatistic_organizationId_year_measure_idx" ON "StaffStatistic"("organizationId", "year", "measure");

-- AddForeignKey
ALTER TABLE "StatisticYear" ADD CONSTRAINT "StatisticYear_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- StatisticYear follows StaffStatistic in the same statement, whoever writes (import, seed, data:city, psql).
-- Statement-level triggers with transition tables: one set-based statement per bulk insert, not one per row.
-- Bodies spell their semicolons as \073 (the migration runner splits the script on every literal semicolon).
CREATE FUNCTION "statistic_years_insert"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN INSERT INTO "StatisticYear" ("organizationId", "measure", "year") SELECT DISTINCT "organizationId", "measure", "year" FROM new_rows ON CONFLICT DO NOTHING\073 RETURN NULL\073 END\073';

CREATE FUNCTION "statistic_years_delete"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN DELETE FROM "StatisticYear" y USING (SELECT DISTINCT "organizationId", "measure", "year" FROM old_rows) o WHERE y."organizationId" = o."organizationId" AND y."measure" = o."measure" AND y."year" = o."year" AND NOT EXISTS (SELECT 1 FROM "StaffStatistic" s WHERE s."organizationId" = y."organizationId" AND s."measure" = y."measure" AND s."year" = y."year")\073 RETURN NULL\073 END\073';

CREATE TRIGGER "StaffStatistic_years_insert" AFTER INSERT ON "StaffStatistic"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistic_years_insert"();
CREATE TRIGGER "StaffStatistic_years_update_new" AFTER UPDATE ON "StaffStatistic"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistic_years_insert"();
CREATE TRIGGER "StaffStatistic_years_update_old" AFTER UPDATE ON "StaffStatistic"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistic_years_delete"();
CREATE TRIGGER "StaffStatistic_years_delete" AFTER DELETE ON "StaffStatistic"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistic_years_delete"();

INSERT INTO "StatisticYear" ("organizationId", "measure", "year")
  SELECT DISTINCT "organizationId", "measure", "year" FROM "StaffStatistic";

-- OrganizationDataVersion rises in the same transaction as every change to what the statistics pages show. The
-- argument names the table's organisation column, the transition table holds the changed rows.
CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN EXECUTE format(''INSERT INTO "OrganizationDataVersion" AS v ("organizationId", "version") SELECT DISTINCT %I, 1 FROM %I WHERE %I IS NOT NULL ON CONFLICT ("organizationId") DO UPDATE SET "version" = v."version" + 1'', TG_ARGV[0], CASE WHEN TG_OP = ''DELETE'' THEN ''old_rows'' ELSE ''new_rows'' END, TG_ARGV[0])\073 RETURN NULL\073 END\073';

CREATE TRIGGER "StaffStatistic_version_insert" AFTER INSERT ON "StaffStatistic"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('organizationId');
CREATE TRIGGER "StaffStatistic_version_update" AFTER UPDATE ON "StaffStatistic"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('organizationId');
CREATE TRIGGER "StaffStatistic_version_delete" AFTER DELETE ON "StaffStatistic"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('organizationId');
CREATE TRIGGER "StatisticGoal_version_insert" AFTER INSERT ON "StatisticGoal"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('organizationId');
CREATE TRIGGER "StatisticGoal_version_update" AFTER UPDATE ON "StatisticGoal"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('organizationId');
CREATE TRIGGER "StatisticGoal_version_delete" AFTER DELETE ON "StatisticGoal"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('organizationId');
CREATE TRIGGER "SurveyRound_version_insert" AFTER INSERT ON "SurveyRound"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('organizationId');
CREATE TRIGGER "SurveyRound_version_update" AFTER UPDATE ON "SurveyRound"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('organizationId');
CREATE TRIGGER "SurveyRound_version_delete" AFTER DELETE ON "SurveyRound"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('organizationId');
CREATE TRIGGER "ImportBatch_version_insert" AFTER INSERT ON "ImportBatch"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('organizationId');
CREATE TRIGGER "ImportBatch_version_update" AFTER UPDATE ON "ImportBatch"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('organizationId');
CREATE TRIGGER "ImportBatch_version_delete" AFTER DELETE ON "ImportBatch"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('organizationId');
CREATE TRIGGER "Department_version_insert" AFTER INSERT ON "Department"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('organizationId');
CREATE TRIGGER "Department_version_update" AFTER UPDATE ON "Department"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('organizationId');
CREATE TRIGGER "Department_version_delete" AFTER DELETE ON "Department"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('organizationId');
CREATE TRIGGER "Occupation_version_insert" AFTER INSERT ON "Occupation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('organizationId');
CREATE TRIGGER "Occupation_version_update" AFTER UPDATE ON "Occupation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('organizationId');
CREATE TRIGGER "Occupation_version_delete" AFTER DELETE ON "Occupation"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('organizationId');
CREATE TRIGGER "Organization_version_update" AFTER UPDATE ON "Organization"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('id');

-- Survey results reach their organisation through the round. An import's author's name is part of a figure's source.
CREATE FUNCTION "survey_result_bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN EXECUTE format(''INSERT INTO "OrganizationDataVersion" AS v ("organizationId", "version") SELECT DISTINCT r."organizationId", 1 FROM "SurveyRound" r WHERE r."id" IN (SELECT "roundId" FROM %I) ON CONFLICT ("organizationId") DO UPDATE SET "version" = v."version" + 1'', CASE WHEN TG_OP = ''DELETE'' THEN ''old_rows'' ELSE ''new_rows'' END)\073 RETURN NULL\073 END\073';

CREATE TRIGGER "SurveyResult_version_insert" AFTER INSERT ON "SurveyResult"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "survey_result_bump_data_version"();
CREATE TRIGGER "SurveyResult_version_update" AFTER UPDATE ON "SurveyResult"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "survey_result_bump_data_version"();
CREATE TRIGGER "SurveyResult_version_delete" AFTER DELETE ON "SurveyResult"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "survey_result_bump_data_version"();

CREATE FUNCTION "user_name_bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN INSERT INTO "OrganizationDataVersion" AS v ("organizationId", "version") SELECT DISTINCT b."organizationId", 1 FROM "ImportBatch" b JOIN new_rows n ON n."id" = b."userId" JOIN old_rows o ON o."id" = n."id" WHERE n."name" IS DISTINCT FROM o."name" ON CONFLICT ("organizationId") DO UPDATE SET "version" = v."version" + 1\073 RETURN NULL\073 END\073';

CREATE TRIGGER "User_name_version" AFTER UPDATE ON "User"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "user_name_bump_data_version"();

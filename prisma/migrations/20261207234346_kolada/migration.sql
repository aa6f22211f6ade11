-- CreateTable
CREATE TABLE "KoladaKpi" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "unit" TEXT NOT NULL DEFAULT 'percent',
    "higherIsBetter" BOOLEAN,
    "ownMeasure" TEXT,
    "definitionNote" TEXT NOT NULL DEFAULT '',
    "titleVerified" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KoladaKpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KoladaFetch" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "fileName" TEXT,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byUserId" TEXT,
    "byEmail" TEXT,
    "rowCount" INTEGER NOT NULL,

    CONSTRAINT "KoladaFetch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KoladaValue" (
    "id" TEXT NOT NULL,
    "kpi" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "period" INTEGER NOT NULL,
    "gender" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "status" TEXT NOT NULL DEFAULT '',
    "count" INTEGER,
    "fetchId" TEXT NOT NULL,

    CONSTRAINT "KoladaValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KoladaGroup" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "members" TEXT[],
    "example" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "KoladaGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KoladaSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "comparisonGroupId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KoladaSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KoladaValue_fetchId_idx" ON "KoladaValue"("fetchId");

-- CreateIndex
CREATE UNIQUE INDEX "KoladaValue_kpi_municipality_period_gender_key" ON "KoladaValue"("kpi", "municipality", "period", "gender");

-- AddForeignKey
ALTER TABLE "KoladaValue" ADD CONSTRAINT "KoladaValue_fetchId_fkey" FOREIGN KEY ("fetchId") REFERENCES "KoladaFetch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The default comparisons (issue 21). Titles are written from memory of Kolada's KPI list and are unverified until
-- "Hämta från Kolada" reads each one from /v3/kpi/{id} (titleVerified then becomes true).
INSERT INTO "KoladaKpi" ("id", "title", "unit", "higherIsBetter", "ownMeasure", "definitionNote", "sortOrder", "updatedAt") VALUES
('N00090', 'Sjukfrånvaro totalt, kommun, (%)', 'percent', false, 'sickLeave', 'Kolada: hela kommunens månadsavlönade, sjukfrånvarotimmar i procent av ordinarie arbetstid, kalenderår – egna siffror: förvaltningens anställda, enligt förvaltningens statistik.', 10, CURRENT_TIMESTAMP),
('N00091', 'Långtidssjukfrånvaro (> 59 dagar), andel av total sjukfrånvaro, kommun, (%)', 'percent', false, NULL, 'Kolada: andel av hela kommunens sjukfrånvaro som är 60 dagar eller längre – förvaltningens långtidssjukfrånvaro räknas i procent av arbetstiden och jämförs därför inte.', 20, CURRENT_TIMESTAMP),
('N00092', 'Sjukfrånvaro, anställda 29 år eller yngre, kommun, (%)', 'percent', false, NULL, 'Kolada: hela kommunens månadsavlönade 29 år eller yngre – förvaltningens sjukfrånvaro redovisas inte per åldersgrupp.', 30, CURRENT_TIMESTAMP),
('N00093', 'Sjukfrånvaro, anställda 30–49 år, kommun, (%)', 'percent', false, NULL, 'Kolada: hela kommunens månadsavlönade 30–49 år – förvaltningens sjukfrånvaro redovisas inte per åldersgrupp.', 40, CURRENT_TIMESTAMP),
('N00094', 'Sjukfrånvaro, anställda 50 år eller äldre, kommun, (%)', 'percent', false, NULL, 'Kolada: hela kommunens månadsavlönade 50 år eller äldre – förvaltningens sjukfrånvaro redovisas inte per åldersgrupp.', 50, CURRENT_TIMESTAMP),
('N00206', 'Heltidsanställda månadsavlönade, kommun, andel (%)', 'percent', true, 'fullTimeShare', 'Kolada: andel av hela kommunens månadsavlönade med heltidsanställning, i november – egna siffror: förvaltningens anställda med heltid.', 60, CURRENT_TIMESTAMP),
('N00209', 'Faktiskt arbetad heltid, månadsavlönade, kommun, andel (%)', 'percent', true, NULL, 'Kolada: andel av hela kommunens månadsavlönade som faktiskt arbetar heltid – förvaltningen redovisar inte faktiskt arbetad tid.', 70, CURRENT_TIMESTAMP),
('N00215', 'Nyanställda tillsvidareanställda månadsavlönade, kommun, andel (%)', 'percent', NULL, NULL, 'Kolada: nyanställda i procent av hela kommunens tillsvidareanställda – förvaltningen redovisar rekryteringar som antal.', 80, CURRENT_TIMESTAMP),
('N00216', 'Avgångna tillsvidareanställda månadsavlönade, kommun, andel (%)', 'percent', false, 'turnover', 'Kolada: alla som lämnat kommunen (även pensioneringar) i procent av hela kommunens tillsvidareanställda – egna siffror: förvaltningens personalomsättning enligt dess egen definition.', 90, CURRENT_TIMESTAMP),
('N00200', 'Tillsvidareanställda månadsavlönade, kommun, andel (%)', 'percent', true, 'permanentShare', 'Kolada: andel av hela kommunens månadsavlönade – egna siffror: förvaltningens tillsvidareanställda av alla anställda (även timavlönade, om de finns i statistiken).', 100, CURRENT_TIMESTAMP),
('N00201', 'Visstidsanställda månadsavlönade, kommun, andel (%)', 'percent', NULL, NULL, 'Kolada: andel av hela kommunens månadsavlönade.', 110, CURRENT_TIMESTAMP),
('N00202', 'Timavlönade, kommun, andel av alla anställda (%)', 'percent', NULL, NULL, 'Kolada: hela kommunen – förvaltningens statistik räknar inte timavlönade på samma sätt.', 120, CURRENT_TIMESTAMP),
('N00212', 'Anställda 29 år eller yngre, kommun, andel (%)', 'percent', NULL, NULL, 'Kolada: andel av hela kommunens månadsavlönade.', 130, CURRENT_TIMESTAMP),
('N00213', 'Anställda 30–49 år, kommun, andel (%)', 'percent', NULL, NULL, 'Kolada: andel av hela kommunens månadsavlönade.', 140, CURRENT_TIMESTAMP),
('N00214', 'Anställda 50 år och äldre, kommun, andel (%)', 'percent', NULL, 'age50plus', 'Kolada: andel av hela kommunens månadsavlönade, i november – egna siffror: förvaltningens anställda 50 år och äldre av alla anställda, i december.', 150, CURRENT_TIMESTAMP),
('N00219', 'Anställda 55 år och äldre, kommun, andel (%)', 'percent', NULL, NULL, 'Kolada: andel av hela kommunens månadsavlönade – förvaltningens åldersgrupper (50–59, 60–64) delas inte vid 55 år.', 160, CURRENT_TIMESTAMP),
('N00222', 'Kvinnor bland anställda, kommun, andel (%)', 'percent', NULL, 'womenShare', 'Kolada: andel kvinnor av hela kommunens månadsavlönade – egna siffror: förvaltningens anställda.', 170, CURRENT_TIMESTAMP),
('N00951', 'Kvinnors lön i procent av mäns lön, kommun, (%)', 'percent', true, NULL, 'Kolada: hela kommunen (lönegapet) – förvaltningen redovisar inte löner.', 180, CURRENT_TIMESTAMP);

INSERT INTO "KoladaSettings" ("id", "comparisonGroupId", "updatedAt") VALUES (1, NULL, CURRENT_TIMESTAMP);

-- Kolada's values, KPI list and groups are shown in every organisation's dashboard and live figures: a change raises
-- every organisation's data version (lib/statistics/cache.ts), in the same transaction.
CREATE FUNCTION "bump_every_data_version"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN INSERT INTO "OrganizationDataVersion" AS v ("organizationId", "version") SELECT "id", 1 FROM "Organization" ON CONFLICT ("organizationId") DO UPDATE SET "version" = v."version" + 1\073 RETURN NULL\073 END\073';

CREATE TRIGGER "KoladaValue_version" AFTER INSERT OR UPDATE OR DELETE ON "KoladaValue"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_every_data_version"();
CREATE TRIGGER "KoladaKpi_version" AFTER INSERT OR UPDATE OR DELETE ON "KoladaKpi"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_every_data_version"();
CREATE TRIGGER "KoladaGroup_version" AFTER INSERT OR UPDATE OR DELETE ON "KoladaGroup"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_every_data_version"();
CREATE TRIGGER "KoladaSettings_version" AFTER INSERT OR UPDATE OR DELETE ON "KoladaSettings"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_every_data_version"();

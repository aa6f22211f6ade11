-- The old table held one number per organisation, year and age group with no vintage or district: it was never
-- filled (nothing wrote it), and its rows could not be placed in a vintage, so they are dropped.
DELETE FROM "PopulationForecast";

-- DropIndex
DROP INDEX "PopulationForecast_organizationId_year_ageGroup_key";

-- AlterTable
ALTER TABLE "PopulationForecast" DROP COLUMN "ageGroup",
DROP COLUMN "population",
DROP COLUMN "year",
ADD COLUMN     "checksum" TEXT NOT NULL,
ADD COLUMN     "fileName" TEXT NOT NULL,
ADD COLUMN     "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "importedByEmail" TEXT,
ADD COLUMN     "vintageYear" INTEGER NOT NULL;

-- CreateTable
CREATE TABLE "District" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "successorId" TEXT,

    CONSTRAINT "District_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationDistrict" (
    "organizationId" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,

    CONSTRAINT "OrganizationDistrict_pkey" PRIMARY KEY ("organizationId","districtId")
);

-- CreateTable
CREATE TABLE "PopulationForecastRow" (
    "id" TEXT NOT NULL,
    "forecastId" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "ageGroup" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "population" DECIMAL(12,2) NOT NULL,

    CONSTRAINT "PopulationForecastRow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffingRatio" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "occupationId" TEXT NOT NULL,
    "ageGroup" TEXT NOT NULL,
    "staff" DECIMAL(10,2) NOT NULL,
    "perResidents" INTEGER NOT NULL,
    "validFrom" INTEGER NOT NULL,

    CONSTRAINT "StaffingRatio_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolumeChange" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "occupationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "change" DECIMAL(10,2) NOT NULL,

    CONSTRAINT "VolumeChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "District_name_key" ON "District"("name");

-- CreateIndex
CREATE UNIQUE INDEX "PopulationForecastRow_forecastId_districtId_ageGroup_year_key" ON "PopulationForecastRow"("forecastId", "districtId", "ageGroup", "year");

-- CreateIndex
CREATE UNIQUE INDEX "StaffingRatio_organizationId_occupationId_ageGroup_validFro_key" ON "StaffingRatio"("organizationId", "occupationId", "ageGroup", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "VolumeChange_organizationId_occupationId_year_key" ON "VolumeChange"("organizationId", "occupationId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "PopulationForecast_organizationId_vintageYear_key" ON "PopulationForecast"("organizationId", "vintageYear");

-- AddForeignKey
ALTER TABLE "District" ADD CONSTRAINT "District_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationDistrict" ADD CONSTRAINT "OrganizationDistrict_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationDistrict" ADD CONSTRAINT "OrganizationDistrict_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PopulationForecastRow" ADD CONSTRAINT "PopulationForecastRow_forecastId_fkey" FOREIGN KEY ("forecastId") REFERENCES "PopulationForecast"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PopulationForecastRow" ADD CONSTRAINT "PopulationForecastRow_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffingRatio" ADD CONSTRAINT "StaffingRatio_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffingRatio" ADD CONSTRAINT "StaffingRatio_occupationId_fkey" FOREIGN KEY ("occupationId") REFERENCES "Occupation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolumeChange" ADD CONSTRAINT "VolumeChange_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolumeChange" ADD CONSTRAINT "VolumeChange_occupationId_fkey" FOREIGN KEY ("occupationId") REFERENCES "Occupation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Stockholm's stadsdelsområden: the 11 since 2023-07-01 and the ones merged into them since 2020. Earlier changes
-- (before the 2007 division) are not recorded: no forecast in use is published under them.
INSERT INTO "District" ("id", "name", "validFrom") VALUES ('stockholm-bromma', 'Bromma', DATE '2007-01-01');
INSERT INTO "District" ("id", "name", "validFrom") VALUES ('stockholm-enskede-arsta-vantor', 'Enskede-Årsta-Vantör', DATE '2007-01-01');
INSERT INTO "District" ("id", "name", "validFrom") VALUES ('stockholm-farsta', 'Farsta', DATE '2007-01-01');
INSERT INTO "District" ("id", "name", "validFrom") VALUES ('stockholm-hagersten-alvsjo', 'Hägersten-Älvsjö', DATE '2020-01-01');
INSERT INTO "District" ("id", "name", "validFrom") VALUES ('stockholm-hasselby-vallingby', 'Hässelby-Vällingby', DATE '2007-01-01');
INSERT INTO "District" ("id", "name", "validFrom") VALUES ('stockholm-jarva', 'Järva', DATE '2023-07-01');
INSERT INTO "District" ("id", "name", "validFrom") VALUES ('stockholm-kungsholmen', 'Kungsholmen', DATE '2007-01-01');
INSERT INTO "District" ("id", "name", "validFrom") VALUES ('stockholm-norra-innerstaden', 'Norra innerstaden', DATE '2023-07-01');
INSERT INTO "District" ("id", "name", "validFrom") VALUES ('stockholm-skarpnack', 'Skarpnäck', DATE '2007-01-01');
INSERT INTO "District" ("id", "name", "validFrom") VALUES ('stockholm-skarholmen', 'Skärholmen', DATE '2007-01-01');
INSERT INTO "District" ("id", "name", "validFrom") VALUES ('stockholm-sodermalm', 'Södermalm', DATE '2007-01-01');
INSERT INTO "District" ("id", "name", "validFrom", "validTo", "successorId") VALUES ('stockholm-norrmalm', 'Norrmalm', DATE '2007-01-01', DATE '2023-06-30', 'stockholm-norra-innerstaden');
INSERT INTO "District" ("id", "name", "validFrom", "validTo", "successorId") VALUES ('stockholm-ostermalm', 'Östermalm', DATE '2007-01-01', DATE '2023-06-30', 'stockholm-norra-innerstaden');
INSERT INTO "District" ("id", "name", "validFrom", "validTo", "successorId") VALUES ('stockholm-rinkeby-kista', 'Rinkeby-Kista', DATE '2007-01-01', DATE '2023-06-30', 'stockholm-jarva');
INSERT INTO "District" ("id", "name", "validFrom", "validTo", "successorId") VALUES ('stockholm-spanga-tensta', 'Spånga-Tensta', DATE '2007-01-01', DATE '2023-06-30', 'stockholm-jarva');
INSERT INTO "District" ("id", "name", "validFrom", "validTo", "successorId") VALUES ('stockholm-hagersten-liljeholmen', 'Hägersten-Liljeholmen', DATE '2007-01-01', DATE '2019-12-31', 'stockholm-hagersten-alvsjo');
INSERT INTO "District" ("id", "name", "validFrom", "validTo", "successorId") VALUES ('stockholm-alvsjo', 'Älvsjö', DATE '2007-01-01', DATE '2019-12-31', 'stockholm-hagersten-alvsjo');

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

import { Prisma } from '../../lib/generated/prisma/client';
import type { SeedPopulation } from '../seed-data/population';
import type { Tx } from './reference';

/** A förvaltning's districts, population forecasts and staffing ratios (issue 19, Volymförändring). */
export async function seedPopulation(db: Tx, data: SeedPopulation): Promise<void> {
  const org = await db.organization.findUniqueOrThrow({ where: { slug: data.slug } });
  await db.organizationDistrict.createMany({
    data: data.districts.map((districtId) => ({ organizationId: org.id, districtId })),
  });
  for (const forecast of data.forecasts) {
    const saved = await db.populationForecast.create({
      data: {
        organizationId: org.id,
        vintageYear: forecast.vintageYear,
        fileName: forecast.fileName,
        // Not a file's checksum: the demo data was never a file. A re-import of any real file replaces it.
        checksum: '0'.repeat(64),
        importedByEmail: null,
        importedAt: new Date(Date.UTC(forecast.vintageYear, 4, 15)),
      },
    });
    await db.populationForecastRow.createMany({
      data: forecast.rows.map((row) => ({
        forecastId: saved.id,
        districtId: row.district,
        ageGroup: row.ageGroup,
        year: row.year,
        population: new Prisma.Decimal(row.population),
      })),
    });
  }
  for (const ratio of data.ratios) {
    const occupation = await db.occupation.findUniqueOrThrow({
      where: { organizationId_name: { organizationId: org.id, name: ratio.occupation } },
    });
    await db.staffingRatio.create({
      data: {
        organizationId: org.id,
        occupationId: occupation.id,
        ageGroup: ratio.ageGroup,
        staff: new Prisma.Decimal(ratio.staff),
        perResidents: ratio.perResidents,
        validFrom: ratio.validFrom,
      },
    });
  }
}

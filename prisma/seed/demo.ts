import type { PrismaClient } from '../../lib/generated/prisma/client';
import { SEED_ORGANIZATIONS } from '../seed-data';
import { SEED_POPULATION } from '../seed-data/population';
import { seedOrganization } from './organization';
import { seedPopulation } from './population';
import { seedReferenceData } from './reference';
import { seedDemoUsers } from './users';
import { seedKoladaExample } from './kolada';

/** The demo installation: reference data, the three förvaltningar of the seed documents and the demo accounts. */
export async function seedDemoData(db: PrismaClient): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await seedReferenceData(tx);
      for (const organization of SEED_ORGANIZATIONS) await seedOrganization(tx, organization);
      for (const population of SEED_POPULATION) await seedPopulation(tx, population);
      await seedDemoUsers(tx);
      await seedKoladaExample(tx);
      // The HR consultant owns every seeded section until sections are delegated.
      const hr = await tx.user.findUniqueOrThrow({ where: { email: 'hr@demo.test' } });
      await tx.planSection.updateMany({ where: { ownerId: null }, data: { ownerId: hr.id } });
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
}

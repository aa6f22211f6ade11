import type { PrismaClient } from '../../lib/generated/prisma/client';
import { SKR_2019, SKR_2019_TO_2024, SKR_2024, UBARA_PHASES, UNION_ORGANIZATIONS } from '../seed-data/reference';

type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/** SKR strategy sets, UBARA phases and union organisations: shared by every organisation. Idempotent. */
export async function seedReferenceData(db: Tx): Promise<void> {
  const sets = [
    { name: 'SKR:s strategier 2024', validFrom: 2024, validTo: null, isCurrent: true, strategies: SKR_2024 },
    { name: 'SKR:s strategier 2019', validFrom: 2019, validTo: 2023, isCurrent: false, strategies: SKR_2019 },
  ];
  const ids = new Map<string, string>();
  for (const { strategies, ...set } of sets) {
    const saved = await db.skrStrategySet.upsert({ where: { name: set.name }, update: {}, create: set });
    for (const [index, strategy] of strategies.entries()) {
      const row = await db.skrStrategy.upsert({
        where: { setId_name: { setId: saved.id, name: strategy.name } },
        update: {},
        create: { ...strategy, setId: saved.id, sortOrder: index + 1 },
      });
      ids.set(`${set.validFrom}:${strategy.name}`, row.id);
    }
  }
  // Only on a database with no mapping yet: an administrator's mapping is never overwritten.
  if ((await db.skrStrategyMapping.count()) === 0) {
    await db.skrStrategyMapping.createMany({
      data: SKR_2019_TO_2024.map(([from, to]) => ({ fromId: ids.get(`2019:${from}`)!, toId: ids.get(`2024:${to}`)! })),
      skipDuplicates: true,
    });
  }
  for (const [index, phase] of UBARA_PHASES.entries()) {
    await db.ubaraPhase.upsert({ where: { key: phase.key }, update: {}, create: { ...phase, sortOrder: index + 1 } });
  }
  for (const union of UNION_ORGANIZATIONS) {
    await db.unionOrganization.upsert({ where: { name: union.name }, update: {}, create: union });
  }
}

export type { Tx };

import 'server-only';
import type { Tx } from '../auth/guard';
import {
  FROZEN_ACTIVITIES_QUERY,
  FROZEN_GAPS_QUERY,
  FROZEN_RISKS_QUERY,
  type FrozenTables,
  frozenTables,
} from './frozen-tables';

/** The plan's tables as they read now, for a snapshot (frozen-tables.ts). */
export async function freezeTables(tx: Tx, planId: string): Promise<FrozenTables> {
  return frozenTables(
    await tx.activity.findMany({ where: { planId, removedAt: null }, ...FROZEN_ACTIVITIES_QUERY }),
    await tx.competenceGap.findMany({ where: { planId }, ...FROZEN_GAPS_QUERY }),
    await tx.risk.findMany({ where: { planId }, ...FROZEN_RISKS_QUERY }),
  );
}

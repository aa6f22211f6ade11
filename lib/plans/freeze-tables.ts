import 'server-only';
import type { Tx } from '../auth/guard';
import { FROZEN_ACTIVITIES_QUERY, type FrozenTables, frozenTables } from './frozen-tables';

/** The plan's tables as they read now, for a snapshot (frozen-tables.ts). */
export async function freezeTables(tx: Tx, planId: string): Promise<FrozenTables> {
  return frozenTables(await tx.activity.findMany({ where: { planId, removedAt: null }, ...FROZEN_ACTIVITIES_QUERY }));
}

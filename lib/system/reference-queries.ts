import 'server-only';
import { requireSystemPermission } from '../auth/data-access';
import type { SystemAccess } from '../auth/permissions';
import { getDb } from '../db/client';

/**
 * What the reference-data page shows: every SKR set with its strategies and how many plans use it, the mapping
 * between consecutive sets (older → newer), and the UBARA phases.
 */
export async function loadReferenceData(access: SystemAccess) {
  requireSystemPermission(access, 'read:reference-data');
  const db = await getDb();
  const [sets, phases, mappings] = await Promise.all([
    db.skrStrategySet.findMany({
      orderBy: { validFrom: 'desc' },
      include: { strategies: { orderBy: { sortOrder: 'asc' } }, _count: { select: { plans: true } } },
    }),
    db.ubaraPhase.findMany({ orderBy: { sortOrder: 'asc' } }),
    db.skrStrategyMapping.findMany({ select: { fromId: true, toId: true } }),
  ]);
  const mapped = new Set(mappings.map((m) => `${m.fromId}>${m.toId}`));
  // Newest first, so each set is mapped from the one listed after it.
  const transitions = sets.slice(0, -1).map((to, index) => {
    const from = sets[index + 1]!;
    return {
      from: { id: from.id, name: from.name },
      to: { id: to.id, name: to.name },
      rows: from.strategies.map((source) => ({
        id: source.id,
        name: source.name,
        targets: to.strategies.map((target) => ({
          id: target.id,
          name: target.name,
          checked: mapped.has(`${source.id}>${target.id}`),
        })),
      })),
    };
  });
  return { sets, phases, transitions };
}

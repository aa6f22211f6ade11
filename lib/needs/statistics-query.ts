import 'server-only';
import type { Db } from '../db/client';
import type { Tx } from '../auth/guard';
import { loadStatRows } from '../statistics/rows-query';
import type { VolumeInput } from './forecast';
import { type NeedsStatistics, needsStatistics } from './statistics-input';

/** How many statistics years before the plan the forecast looks back for its newest figures. */
const LOOK_BACK = 4;

/** The demand change per occupation from the population forecast; null until one is imported ("saknas"). */
async function volumeFor(): Promise<VolumeInput> {
  return null;
}

/**
 * What the forecast needs from the database for one plan: its statistics, read as the dashboards read them. Called
 * only behind a caller's authorization (loadNeedsPage, the plan's live tables) or by the benchmark.
 */
export async function loadNeedsStatistics(
  db: Db | Tx,
  organizationId: string,
  startYear: number,
): Promise<{ stats: NeedsStatistics; volume: VolumeInput; departments: string[] }> {
  const years = Array.from({ length: LOOK_BACK }, (_, i) => startYear - 1 - i);
  const [rows, organization, departments] = await Promise.all([
    loadStatRows(db, {
      organizationId,
      years,
      perDepartment: true,
      measures: ['headcount', 'retirements', 'turnover', 'partTimeCount', 'fullTimeShare'],
    }),
    db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { turnoverDefinition: true } }),
    db.department.findMany({
      where: { organizationId },
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      select: { name: true },
    }),
  ]);
  return {
    stats: needsStatistics(rows, startYear, organization.turnoverDefinition),
    volume: await volumeFor(),
    departments: departments.map((d) => d.name),
  };
}

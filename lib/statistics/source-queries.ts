import 'server-only';
import type { Db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import { type FigureSource, type SourceEntry, describeSources } from './sources';
import { organizationFigures } from './import/visible';

/**
 * The sources of an organisation's figures per measure and year, for the viewer's departments when given
 * (a department view names only the files its own figures came from).
 */
export async function loadSources(
  db: Db,
  input: { organizationId: string; years: number[]; departmentIds?: string[] },
): Promise<(measure: string, years: readonly number[]) => FigureSource | null> {
  const where: Prisma.StaffStatisticWhereInput = {
    ...organizationFigures(input.organizationId),
    year: { in: input.years },
    ...(input.departmentIds?.length ? { departmentId: { in: input.departmentIds } } : {}),
  };
  const groups = await db.staffStatistic.groupBy({
    by: ['measure', 'year', 'origin', 'seedDocument', 'importBatchId'],
    where,
  });
  const batchIds = [...new Set(groups.map((g) => g.importBatchId).filter((id): id is string => id !== null))];
  const batches = new Map(
    (
      await db.importBatch.findMany({
        where: { id: { in: batchIds } },
        select: { id: true, fileName: true, createdAt: true, user: { select: { name: true } } },
      })
    ).map((b) => [b.id, { fileName: b.fileName, createdAt: b.createdAt, user: b.user?.name ?? null }]),
  );
  const byKey = new Map<string, SourceEntry[]>();
  for (const g of groups) {
    const entry: SourceEntry =
      g.origin === 'IMPORT'
        ? { origin: 'IMPORT', batch: g.importBatchId ? (batches.get(g.importBatchId) ?? null) : null }
        : { origin: g.origin, seedDocument: g.seedDocument };
    const key = `${g.measure}|${g.year}`;
    byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  return (measure, years) => describeSources(years.flatMap((year) => byKey.get(`${measure}|${year}`) ?? []));
}

/** The source of a survey round. */
export function surveySource(round: {
  origin: 'IMPORT' | 'SEED_STATED' | 'SEED_GENERATED';
  seedDocument: string | null;
  importBatch: { fileName: string; createdAt: Date; user: { name: string } | null } | null;
}): FigureSource | null {
  return describeSources([
    round.origin === 'IMPORT'
      ? {
          origin: 'IMPORT',
          batch: round.importBatch
            ? {
                fileName: round.importBatch.fileName,
                createdAt: round.importBatch.createdAt,
                user: round.importBatch.user?.name ?? null,
              }
            : null,
        }
      : { origin: round.origin, seedDocument: round.seedDocument },
  ]);
}

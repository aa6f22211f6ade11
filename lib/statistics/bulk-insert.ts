import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { type StatisticInsert, UNNEST_COLUMNS, statisticColumns, unnestStatistics } from './statistic-columns';

export type { StatisticInsert } from './statistic-columns';

const CHUNK = 10_000;

/**
 * Inserts many statistic rows with one set-based statement per chunk (the dashboard benchmark's data; imports
 * stage their rows instead, see import-staging.ts): the columns travel as arrays and
 * unnest() turns them into rows. About ten times faster than createMany for an import of 100 000 rows
 * (see npm run bench:import), on PostgreSQL and PGlite alike.
 */
export async function insertStatistics(
  tx: Prisma.TransactionClient,
  organizationId: string,
  importBatchId: string | null,
  rows: StatisticInsert[],
  onProgress?: (written: number) => void,
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    await tx.$executeRawUnsafe(
      `INSERT INTO "StaffStatistic" ("id", "organizationId", "importBatchId", "measure", "year", "tertial",
         "departmentId", "occupationId", "employmentForm", "gender", "ageBand", "category", "subcategory",
         "value", "decimals", "population")
       SELECT gen_random_uuid()::text, $1, $2, u.*
       FROM ${unnestStatistics(3)} AS u(${UNNEST_COLUMNS})`,
      organizationId,
      importBatchId,
      ...statisticColumns(chunk),
    );
    onProgress?.(start + chunk.length);
  }
}

import 'server-only';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Db } from '../../db/client';
import type { Prisma } from '../../generated/prisma/client';
import { type StatisticInsert, UNNEST_COLUMNS, statisticColumns, unnestStatistics } from '../statistic-columns';

export type { StatisticInsert } from '../statistic-columns';

/**
 * Inserts many statistic rows with one set-based statement per chunk (an import's figures under its pending
 * batch, see pending.ts; the dashboard benchmark's data): the columns travel as arrays and unnest() turns
 * them into rows. About ten times faster than createMany for an import of 100 000 rows (see npm run bench:import),
 * on PostgreSQL and PGlite alike. With `pause`, the event loop is free between chunks (other requests' queries
 * run in between on the embedded database).
 */
export async function insertStatistics(
  db: Prisma.TransactionClient | Db,
  organizationId: string,
  importBatchId: string | null,
  rows: readonly StatisticInsert[],
  options: { chunkSize?: number; pause?: boolean; onProgress?: (written: number) => void } = {},
): Promise<void> {
  const chunkSize = options.chunkSize ?? 10_000;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    await db.$executeRawUnsafe(
      `INSERT INTO "StaffStatistic" ("id", "organizationId", "importBatchId", "measure", "year", "tertial",
         "departmentId", "occupationId", "employmentForm", "gender", "ageBand", "category", "subcategory",
         "value", "decimals", "population")
       SELECT gen_random_uuid()::text, $1, $2, u.*
       FROM ${unnestStatistics(3)} AS u(${UNNEST_COLUMNS})`,
      organizationId,
      importBatchId,
      ...statisticColumns(chunk),
    );
    options.onProgress?.(start + chunk.length);
    if (options.pause) await yieldToEventLoop();
  }
}

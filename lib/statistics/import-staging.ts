import 'server-only';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import { type StatisticInsert, UNNEST_COLUMNS, statisticColumns, unnestStatistics } from './statistic-columns';

/**
 * Large imports are written in two steps so that nobody else waits long. PGlite runs one query at a time and
 * a transaction holds it for its whole length: 100 000 rows written inside one transaction froze every page
 * for seconds. So the rows first go to ImportStagingRow in small statements, outside any transaction, with
 * the event loop free between them; then one short transaction moves them into StaffStatistic with a single
 * INSERT … SELECT. Staged rows are invisible to every reader, and a failure leaves only staging rows, which
 * are removed (also those of a crashed process, after a day).
 */

/** Final ids; a name the import creates has its id chosen up front (created in the final transaction). */
export type StagedStatistic = StatisticInsert;

/** Small enough that one statement takes a few milliseconds on PGlite. */
export const STAGE_CHUNK = 2_000;
const DELETE_CHUNK = 5_000;

export async function stageStatistics(
  db: Db,
  stagingId: string,
  rows: readonly StagedStatistic[],
  onProgress?: (written: number) => void,
): Promise<void> {
  for (let start = 0; start < rows.length; start += STAGE_CHUNK) {
    const chunk = rows.slice(start, start + STAGE_CHUNK);
    await db.$executeRawUnsafe(
      `INSERT INTO "ImportStagingRow" ("stagingId", "seq", "measure", "year", "tertial", "departmentId",
         "occupationId", "employmentForm", "gender", "ageBand", "category", "subcategory", "value", "decimals",
         "population")
       SELECT $1, $2::int + u.n - 1, u.measure, u.year, u.tertial, u.department_id, u.occupation_id,
              u.employment_form, u.gender, u.age_band, u.category, u.subcategory, u.value, u.decimals, u.population
       FROM ${unnestStatistics(3)} WITH ORDINALITY AS u(${UNNEST_COLUMNS}, n)`,
      stagingId,
      start,
      ...statisticColumns(chunk),
    );
    onProgress?.(start + chunk.length);
    await yieldToEventLoop(); // let other requests' queries in between the chunks
  }
}

/** Moves the staged rows into StaffStatistic in one statement, inside the import's transaction. */
export async function moveStagedStatistics(
  tx: Prisma.TransactionClient,
  input: { stagingId: string; organizationId: string; importBatchId: string; rowCount: number },
): Promise<void> {
  // A plain copy in slices: one statement for 100 000 rows queues 400 000 foreign-key checks at once.
  for (let start = 0; start < input.rowCount; start += MOVE_CHUNK) {
    await moveSlice(tx, input, start, start + MOVE_CHUNK);
  }
}

const MOVE_CHUNK = 10_000;

function moveSlice(
  tx: Prisma.TransactionClient,
  input: { stagingId: string; organizationId: string; importBatchId: string },
  from: number,
  to: number,
): Promise<number> {
  return tx.$executeRawUnsafe(
    `INSERT INTO "StaffStatistic" ("id", "organizationId", "importBatchId", "measure", "year", "tertial",
       "departmentId", "occupationId", "employmentForm", "gender", "ageBand", "category", "subcategory", "value",
       "decimals", "population", "origin")
     SELECT gen_random_uuid()::text, $1, $2, "measure", "year", "tertial", "departmentId", "occupationId",
            "employmentForm", "gender", "ageBand", "category", "subcategory", "value", "decimals", "population",
            'IMPORT'::"FigureOrigin"
     FROM "ImportStagingRow"
     WHERE "stagingId" = $3 AND "seq" >= $4 AND "seq" < $5`,
    input.organizationId,
    input.importBatchId,
    input.stagingId,
    from,
    to,
  );
}

/** Deletes stored statistics by id in chunks (inside the import's transaction). */
export async function deleteStatistics(tx: Prisma.TransactionClient, ids: readonly string[]): Promise<void> {
  for (let start = 0; start < ids.length; start += DELETE_CHUNK) {
    await tx.$executeRawUnsafe(
      `DELETE FROM "StaffStatistic" WHERE "id" = ANY($1::text[])`,
      ids.slice(start, start + DELETE_CHUNK),
    );
  }
}

/** Removes one import's staging rows in short statements. */
export async function discardStaging(db: Db, stagingId: string, rowCount: number): Promise<void> {
  for (let start = 0; start < rowCount; start += DELETE_CHUNK) {
    await db.$executeRawUnsafe(
      `DELETE FROM "ImportStagingRow" WHERE "stagingId" = $1 AND "seq" >= $2 AND "seq" < $3`,
      stagingId,
      start,
      start + DELETE_CHUNK,
    );
    await yieldToEventLoop();
  }
}

/** Staging rows left by a process that stopped mid-import. */
export async function discardStaleStaging(db: Db): Promise<void> {
  await db.$executeRawUnsafe(`DELETE FROM "ImportStagingRow" WHERE "createdAt" < now() - interval '1 day'`);
}

/**
 * Imports of one organisation run one at a time: the first statement of the import's transaction waits for
 * the previous import to commit (PostgreSQL releases the lock at the end of the transaction).
 */
export async function lockOrganizationImports(tx: Prisma.TransactionClient, organizationId: string): Promise<void> {
  await tx.$queryRawUnsafe(
    `SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext('kompetensplan:statistics-import'), hashtext($1))`,
    organizationId,
  );
}

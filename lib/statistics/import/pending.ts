import 'server-only';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Db } from '../../db/client';
import type { Prisma } from '../../generated/prisma/client';

/**
 * Large imports are written so that nobody else waits long. PGlite runs one query at a time and a transaction
 * holds it for its whole length: 100 000 rows written inside one transaction froze every page for seconds, and
 * even one INSERT … SELECT of them took 5 s. So an import's figures are written before its final transaction, in
 * short statements with the event loop free between them, under a pending ImportBatch that makes them invisible
 * to every reader (visible.ts); the final transaction deletes what they replace and flips the batch. An import that
 * does not land leaves a pending batch, which is removed (also one of a crashed process, after a day).
 */

/** Small enough that one statement holds the embedded database for tens of milliseconds. */
export const PENDING_CHUNK = 2_000;
const DELETE_CHUNK = 5_000;

/** Deletes stored statistics by id in chunks (inside the import's final transaction). */
export async function deleteStatistics(tx: Prisma.TransactionClient, ids: readonly string[]): Promise<void> {
  for (let start = 0; start < ids.length; start += DELETE_CHUNK) {
    await tx.$executeRawUnsafe(
      `DELETE FROM "StaffStatistic" WHERE "id" = ANY($1::text[])`,
      ids.slice(start, start + DELETE_CHUNK),
    );
  }
}

/**
 * Removes a pending import's figures in short statements, then its batch. Only ever a pending batch: a committed
 * one's figures are the organisation's data (and deleting a batch first would make its figures visible, SET NULL).
 */
export async function discardPendingImport(db: Db, batchId: string): Promise<void> {
  for (;;) {
    const deleted = await db.$executeRawUnsafe(
      `DELETE FROM "StaffStatistic" WHERE "id" IN (
         SELECT s."id" FROM "StaffStatistic" s JOIN "ImportBatch" b ON b."id" = s."importBatchId"
         WHERE s."importBatchId" = $1 AND b."pending" LIMIT ${DELETE_CHUNK})`,
      batchId,
    );
    if (deleted === 0) break;
    await yieldToEventLoop();
  }
  await db.importBatch.deleteMany({ where: { id: batchId, pending: true } });
}

/** Pending imports left by a process that stopped mid-import. */
export async function discardStaleImports(db: Db): Promise<void> {
  const stale = await db.importBatch.findMany({
    where: { pending: true, createdAt: { lt: new Date(Date.now() - 24 * 60 * 60 * 1000) } },
    select: { id: true },
  });
  for (const { id } of stale) await discardPendingImport(db, id);
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

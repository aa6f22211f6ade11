import type { Prisma } from '../../generated/prisma/client';

/**
 * An import writes its figures in short statements under a pending batch, outside its final transaction (a
 * transaction holds the embedded database for everyone, issue 6), and the final transaction only flips the batch.
 * Until then the figures must be invisible: every read of StaffStatistic starts from this filter, in the same
 * statement as the read (one snapshot: a reader never sees the new figures beside the ones they replace).
 */
export function organizationFigures(organizationId: string) {
  return {
    organizationId,
    NOT: { importBatch: { is: { pending: true } } },
  } satisfies Prisma.StaffStatisticWhereInput;
}

/** The organisation's committed imports (a pending batch is an import still being written). */
export function committedImports(organizationId: string) {
  return { organizationId, pending: false } satisfies Prisma.ImportBatchWhereInput;
}

import 'server-only';
import type { Prisma } from './generated/prisma/client';
import type { Db } from './db/client';

export type AuditEntry = {
  action: string; // e.g. "access.denied", "auth.sign-in", "statistics.import"
  userId?: string | null;
  userEmail?: string | null;
  organizationId?: string | null;
  entityType?: string;
  entityId?: string;
  details?: Prisma.InputJsonValue;
};

/** Appends to the audit log (the table refuses updates and deletes). Pass a transaction client to write atomically. */
export async function recordAudit(db: Pick<Db, 'auditLog'>, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({ data: entry });
}

import 'server-only';
import type { Prisma } from './generated/prisma/client';
import type { Db } from './db/client';
import { stripInvisibleControls } from './schemas';

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
  await db.auditLog.create({
    data: { ...entry, details: entry.details && (withoutControls(entry.details) as Prisma.InputJsonValue) },
  });
}

/** A refusal's details quote what the caller sent, which may hold NUL (jsonb cannot) or bidi overrides. */
function withoutControls(value: unknown): unknown {
  if (typeof value === 'string') return stripInvisibleControls(value);
  if (Array.isArray(value)) return value.map(withoutControls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutControls(item)]));
  }
  return value;
}

import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { type Db, getDb } from '../db/client';
import type { OrgContext } from '../auth/session';
import type { AuditFilter } from './schemas';
import { organizationFor } from '../auth/data-access';
import type { OrgAccess } from '../auth/permissions';

export const AUDIT_PAGE_SIZE = 50;

/** Organisations whose log the viewer may read: those where they hold read:audit-log. */
export function auditOrganizations(context: OrgContext, canRead: (orgId: string) => boolean) {
  return context.viewer.organizations
    .filter((o) => canRead(o.id))
    .map((o) => ({ id: o.id, slug: o.slug, name: o.name }));
}

/**
 * The audit log, newest first, limited to the given organisations (the caller passes only those where the viewer
 * is administrator; entries without an organisation, such as sign-ins, stay out). Keyset pagination on
 * (createdAt, id) so a page never skips or repeats an entry while new ones arrive.
 */
export async function searchAuditLog(accesses: OrgAccess[], filter: AuditFilter) {
  const organizationIds = accesses.map((access) => organizationFor(access, 'read:audit-log'));
  const db = await getDb();
  const where: Prisma.AuditLogWhereInput[] = [{ organizationId: { in: organizationIds } }];
  const q = filter.q?.trim();
  if (q) {
    const users = await db.user.findMany({
      where: { OR: [{ email: { contains: q, mode: 'insensitive' } }, { name: { contains: q, mode: 'insensitive' } }] },
      select: { id: true },
      take: 200,
    });
    const ids = users.map((u) => u.id);
    where.push({
      OR: [
        { userEmail: { contains: q, mode: 'insensitive' } },
        { userId: { in: ids } },
        { entityType: 'User', entityId: { in: ids } },
      ],
    });
  }
  if (filter.handelse) where.push({ action: filter.handelse });
  const { rows: page, more } = await auditLogPage(db, where, filter, AUDIT_PAGE_SIZE);
  const entityNames = await namesFor(page);
  return {
    entries: page.map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      action: r.action,
      userEmail: r.userEmail,
      organizationId: r.organizationId,
      entity: r.entityType && r.entityId ? (entityNames.get(`${r.entityType}:${r.entityId}`) ?? null) : null,
      entityType: r.entityType,
      details: r.details,
    })),
    next: more ? page.at(-1)!.id : null,
  };
}

/** Present names of the users and departments the entries mention (the log itself keeps only ids). */
async function namesFor(rows: { entityType: string | null; entityId: string | null }[]) {
  const db = await getDb();
  const ids = (type: string) => [...new Set(rows.filter((r) => r.entityType === type).map((r) => r.entityId!))];
  const [users, departments, organizations] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids('User') } }, select: { id: true, name: true, email: true } }),
    db.department.findMany({ where: { id: { in: ids('Department') } }, select: { id: true, name: true } }),
    db.organization.findMany({ where: { id: { in: ids('Organization') } }, select: { id: true, name: true } }),
  ]);
  return new Map<string, string>([
    ...users.map((u) => [`User:${u.id}`, `${u.name} (${u.email})`] as const),
    ...departments.map((d) => [`Department:${d.id}`, d.name] as const),
    ...organizations.map((o) => [`Organization:${o.id}`, o.name] as const),
  ]);
}

/**
 * One page of the audit log, newest first, within the dates and after the entry `fore`: keyset pagination on
 * (createdAt, id), so a page never skips or repeats an entry while new ones arrive. Shared by the organisation's
 * log and the system's sign-in log.
 */
export async function auditLogPage(
  db: Db,
  where: Prisma.AuditLogWhereInput[],
  filter: { fran?: string | undefined; till?: string | undefined; fore?: string | undefined },
  size: number,
) {
  const conditions = [...where];
  if (filter.fran) conditions.push({ createdAt: { gte: stockholmMidnight(filter.fran) } });
  if (filter.till) conditions.push({ createdAt: { lt: stockholmMidnight(filter.till, 1) } });
  if (filter.fore) {
    const cursor = await db.auditLog.findUnique({ where: { id: filter.fore }, select: { id: true, createdAt: true } });
    if (cursor) {
      conditions.push({
        OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }],
      });
    }
  }
  const found = await db.auditLog.findMany({
    where: { AND: conditions },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: size + 1,
  });
  return { rows: found.slice(0, size), more: found.length > size };
}

/** Midnight in Stockholm (CET or CEST) at the start of the given day, plus `days`: the dates the user typed. */
export function stockholmMidnight(day: string, days = 0): Date {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  const iso = date.toISOString().slice(0, 10);
  // The offset at midnight itself (a DST change happens at 02:00 or 03:00, later that day).
  const first = new Date(`${iso}T00:00:00${stockholmOffset(date)}`);
  return new Date(`${iso}T00:00:00${stockholmOffset(first)}`);
}

function stockholmOffset(instant: Date): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const offset = name?.replace('GMT', '');
  return offset ? offset : '+00:00';
}

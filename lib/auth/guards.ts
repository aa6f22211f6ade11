import 'server-only';
import { forbidden } from 'next/navigation';
import { recordAudit } from '../audit';
import { getDb } from '../db/client';
import type { OrgContext, Viewer } from './session';
import { orgSlug } from './guard-schemas';

/** Logs the refused attempt and renders "Behörighet saknas" (HTTP 403). */
export async function denyAccess(viewer: Viewer, organizationId: string | null, what: string): Promise<never> {
  const db = await getDb();
  await recordAudit(db, {
    action: 'access.denied',
    userId: viewer.id,
    userEmail: viewer.email,
    organizationId,
    details: { what },
  });
  forbidden();
}

/**
 * The organisation a refused non-member asked for, so that its administrators see the attempt in their log;
 * null for a slug that names no organisation. Read only to file the audit row: the caller learns nothing.
 */
export async function organizationIdOfSlug(slug: string): Promise<string | null> {
  if (!orgSlug.safeParse(slug).success) return null; // no organisation is named so (and NUL cannot be queried)
  const db = await getDb();
  const org = await db.organization.findUnique({ where: { slug: slug.slice(0, 100) }, select: { id: true } });
  return org?.id ?? null;
}

/** For pages whose rule is more than one permission. */
export async function forbiddenUnless(context: OrgContext, allowed: boolean, what: string): Promise<void> {
  if (!allowed) await denyAccess(context.viewer, context.org.id, what);
}

import 'server-only';
import { forbidden } from 'next/navigation';
import { recordAudit } from '../audit';
import { getDb } from '../db/client';
import type { OrgContext, Viewer } from './session';

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

/** For pages whose rule is more than one permission. */
export async function forbiddenUnless(context: OrgContext, allowed: boolean, what: string): Promise<void> {
  if (!allowed) await denyAccess(context.viewer, context.org.id, what);
}

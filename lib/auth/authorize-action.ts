import 'server-only';
import { getDb } from '../db/client';
import { MESSAGES, logDenied } from './guard';
import { type Permission, can } from './permissions';
import { type OrgContext, getViewer } from './session';

export type ActionFailure = { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/**
 * The guard's authorization step for the streamed upload, which reports its refusals inside its NDJSON stream:
 * signed in, member of the organisation, holding the permission; refusals logged, answered in Swedish.
 */
export async function authorizeAction(
  orgSlug: string,
  permission: Permission,
): Promise<{ ok: true; context: OrgContext } | ActionFailure> {
  const viewer = await getViewer();
  if (!viewer) {
    await logDenied(await getDb(), null, null, permission, 'signed-out');
    return { ok: false, error: MESSAGES.signedOut };
  }
  const org = viewer.organizations.find((o) => o.slug === orgSlug);
  if (!org || !can(org.access, permission)) {
    await logDenied(await getDb(), viewer, org?.id ?? null, 'action', permission);
    return { ok: false, error: MESSAGES.denied };
  }
  return { ok: true, context: { viewer, org } };
}

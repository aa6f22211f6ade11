import 'server-only';
import { recordAudit } from '../audit';
import { getDb } from '../db/client';
import { type Permission, can } from './permissions';
import { type OrgContext, getViewer } from './session';

export type ActionFailure = { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/**
 * Every server action authorizes on the server, whatever the page showed: signed in, member of the
 * organisation, holding the permission. Refusals are logged and returned as a Swedish message.
 */
export async function authorizeAction(
  orgSlug: string,
  permission: Permission,
): Promise<{ ok: true; context: OrgContext } | ActionFailure> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, error: 'Du är inte inloggad. Logga in och försök igen.' };
  const org = viewer.organizations.find((o) => o.slug === orgSlug);
  if (!org || !can(org.access, permission)) {
    await recordAudit(await getDb(), {
      action: 'access.denied',
      userId: viewer.id,
      userEmail: viewer.email,
      organizationId: org?.id ?? null,
      details: { what: permission, via: 'action' },
    });
    return { ok: false, error: 'Behörighet saknas för den här åtgärden.' };
  }
  return { ok: true, context: { viewer, org } };
}

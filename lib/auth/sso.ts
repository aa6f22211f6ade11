import 'server-only';
import { recordAudit } from '../audit';
import type { Db } from '../db/client';

/**
 * The user an SSO sign-in belongs to: an active user an administrator created with this e-mail. The identity
 * provider's subject (Entra ID "oid") is stored on the user; when it changes, that is a different account at the
 * provider taking over this user, so the change is written to the audit log, before → after, in the same
 * transaction. A subject already bound to another user is refused.
 */
export async function matchSsoUser(
  db: Db,
  input: { email: string; subject: string | null },
): Promise<{ id: string } | null> {
  const email = input.email.trim().toLowerCase();
  const known = email ? await db.user.findUnique({ where: { email } }) : null;
  if (!known || !known.isActive) {
    await recordAudit(db, { action: 'auth.sso-refused', userEmail: email || null });
    return null;
  }
  if (input.subject && known.externalId !== input.subject) {
    const subject = input.subject;
    const holder = await db.user.findUnique({ where: { externalId: subject }, select: { id: true } });
    if (holder) {
      // The provider's account already belongs to another user here: never move it silently.
      await recordAudit(db, {
        action: 'auth.sso-refused',
        userId: known.id,
        userEmail: email,
        details: { reason: 'subject-bound-to-another-user', otherUserId: holder.id },
      });
      return null;
    }
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: known.id }, data: { externalId: subject } });
      await recordAudit(tx, {
        action: 'auth.sso-subject-changed',
        userId: known.id,
        userEmail: known.email,
        entityType: 'User',
        entityId: known.id,
        details: { before: { externalId: known.externalId }, after: { externalId: subject } },
      });
    });
  }
  return { id: known.id };
}

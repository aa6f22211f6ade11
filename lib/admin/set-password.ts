import 'server-only';
import { z } from 'zod';
import { recordAudit } from '../audit';
import { MESSAGES, TRANSACTION_OPTIONS } from '../auth/guard';
import type { ActionResult } from '../auth/guard-schemas';
import { hashPassword } from '../auth/password';
import { revokeUserSessions } from '../auth/sessions';
import { getDb } from '../db/client';
import { findUsableLink } from './password-links';
import { setPasswordSchema } from './schemas';

export const LINK_INVALID = 'Länken är ogiltig, redan använd eller har gått ut. Be administratören om en ny länk.';

/**
 * The one action a signed-out visitor may call: the one-time token is the authorization. The link is spent in
 * the same transaction that stores the password (a second use, even at the same moment, finds it spent), the
 * user's other sessions end, and the change is audited without the token.
 */
export async function setPasswordWithLink(raw: unknown): Promise<ActionResult<{ email: string }>> {
  try {
    const parsed = setPasswordSchema.safeParse(raw);
    if (!parsed.success) {
      const { fieldErrors } = z.flattenError(parsed.error) as { fieldErrors: Record<string, string[]> };
      if (fieldErrors.token) return { ok: false, error: LINK_INVALID, code: 'invalid' };
      return { ok: false, error: MESSAGES.invalid, fieldErrors, code: 'invalid' };
    }
    const db = await getDb();
    const link = await findUsableLink(db, parsed.data.token);
    if (!link) return { ok: false, error: LINK_INVALID, code: 'invalid' };
    const passwordHash = await hashPassword(parsed.data.password); // slow: before the transaction, not inside it
    const spent = await db.$transaction(async (tx) => {
      const { count } = await tx.passwordLink.updateMany({
        where: { id: link.id, usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      });
      if (count === 0) return false;
      await tx.user.update({ where: { id: link.userId }, data: { passwordHash } });
      await revokeUserSessions(tx, link.userId, 'password-changed');
      await recordAudit(tx, {
        action: 'auth.password-set',
        userId: link.userId,
        userEmail: link.user.email,
        entityType: 'User',
        entityId: link.userId,
        details: { before: null, after: { lösenord: 'valt av användaren via engångslänk' } },
      });
      return true;
    }, TRANSACTION_OPTIONS);
    if (!spent) return { ok: false, error: LINK_INVALID, code: 'invalid' };
    return { ok: true, data: { email: link.user.email } };
  } catch (error) {
    console.error('[action auth.password-set] failed', error);
    return { ok: false, error: MESSAGES.failed, code: 'failed' };
  }
}

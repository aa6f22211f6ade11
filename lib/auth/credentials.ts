import 'server-only';
import { z } from 'zod';
import { recordAudit } from '../audit';
import { getDb } from '../db/client';
import { timingDummyHash, verifyPassword } from './password';

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

export type AuthenticatedUser = { id: string; email: string; name: string };

/** Local sign-in. Every failure is the same null (no hint which part was wrong) and is logged. */
export async function authenticateWithPassword(raw: unknown): Promise<AuthenticatedUser | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email: parsed.data.email } });
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await timingDummyHash()));
  if (!user || !user.isActive || !user.passwordHash || !ok) {
    await recordAudit(db, { action: 'auth.sign-in-failed', userEmail: parsed.data.email });
    return null;
  }
  return { id: user.id, email: user.email, name: user.name };
}

import 'server-only';
import { decode } from 'next-auth/jwt';

/** What a session cookie holds (lib/auth/options.ts, lib/auth/sign-in.ts): the user and the session row. */
export type SessionToken = { userId: string; sessionId: string; expiresAtMs: number };

/**
 * Session cookies already decoded by this process, by value. Decoding (an HKDF key derivation and a JWE
 * decryption per request, then next-auth re-encrypting the token it never sends) was a large share of a signed-in
 * page's server CPU. The result depends only on the cookie and the secret, so keeping it takes nothing back from
 * revocation: whether the session still counts is read from its row on every request (lib/auth/session.ts).
 */
const decoded = new Map<string, { secret: string; token: SessionToken | null }>();
/** Oldest first out beyond this: a few hundred bytes each, and a session a day per user. */
const MAX_DECODED = 10_000;

export async function decodeSessionCookie(
  value: string,
  secret: string,
  now: number = Date.now(),
): Promise<SessionToken | null> {
  let entry = decoded.get(value);
  if (!entry || entry.secret !== secret) {
    entry = { secret, token: await decodeOnce(value, secret) };
    if (decoded.size >= MAX_DECODED) decoded.delete(decoded.keys().next().value!);
    decoded.set(value, entry);
  }
  const token = entry.token;
  return token && token.expiresAtMs > now ? token : null;
}

async function decodeOnce(value: string, secret: string): Promise<SessionToken | null> {
  const payload = await decode({ token: value, secret }).catch(() => null);
  if (typeof payload?.userId !== 'string' || typeof payload.sessionId !== 'string') return null;
  if (typeof payload.exp !== 'number') return null;
  return { userId: payload.userId, sessionId: payload.sessionId, expiresAtMs: payload.exp * 1000 };
}

'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { LOCAL_LOGIN_OFF, authenticateWithPassword } from '@/lib/auth/credentials';
import { safeReturnPath } from '@/lib/auth/return-path';
import { clientAddress, startPasswordSession } from '@/lib/auth/sign-in';
import { env, parseEnv } from '@/lib/env';
import { startRequestLog } from '@/lib/log/logger';

export type SignInState = { error: string; email: string } | null;

/**
 * The sign-in form posts here, with or without JavaScript (the password never travels in a URL). Success sets
 * the session cookie and goes to the checked return path; a failure re-renders the form with one Swedish message.
 */
export async function signInWithPassword(_previous: SignInState, form: FormData): Promise<SignInState> {
  // Outside the guard (no session yet), so it logs its own line: the outcome and, once known, the user's id.
  const done = await startRequestLog('auth.sign-in', 'action');
  const email = String(form.get('email') ?? '').slice(0, 320);
  // Read now, not cached: LOCAL_LOGIN=false refuses here too, not only by hiding the form. Nothing is checked or
  // written (no throttle count, no session), whatever the password.
  if (!parseEnv(process.env).LOCAL_LOGIN) {
    done('local-login-off');
    return { error: LOCAL_LOGIN_OFF, email };
  }
  const address = clientAddress(await headers());
  const result = await authenticateWithPassword({ email, password: form.get('password') }, address);
  if (!result.ok) {
    done('refused');
    return { error: result.error, email };
  }
  await startPasswordSession(result.user, address);
  done('ok', { userId: result.user.id });
  redirect(safeReturnPath(String(form.get('returnTo') ?? ''), env().NEXTAUTH_URL));
}

/** The guard's shared input fields and result type; no server code, so forms and client components may import it. */
import { z } from 'zod';

// zod's own messages (a type, a length without a message of the field's own) in Swedish too: every schema of the
// app imports this file, so no refusal reaches a user in English.
z.config(z.locales.sv());

/** Every action's input names its organisation by slug; the guard resolves it against the viewer's memberships. */
export const orgSlug = z.string().regex(/^[a-z0-9-]{1,100}$/, 'Okänd förvaltning.');

/** Optional idempotency key a form sends once per submission: a double click or retry then writes once. */
export const requestIdField = z.uuid('Ogiltig förfrågan.').optional();

export type FailureCode = 'signed-out' | 'denied' | 'invalid' | 'conflict' | 'failed';

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string[]>; code?: FailureCode };

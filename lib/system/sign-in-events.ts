/**
 * The sign-in log's vocabulary: which audit actions are sign-in and password events, how a system administrator
 * filters them, and each entry's outcome in words. Pure (the page and the tests share it).
 */
import { z } from 'zod';
import { dateParam } from '../admin/schemas';
import { formatDateTime } from '../format';

/** Filter values as they appear in the address, with the actions each one covers. */
export const SIGN_IN_EVENT_KINDS = {
  lyckade: { label: 'Inloggningar', actions: ['auth.sign-in'] },
  misslyckade: { label: 'Misslyckade inloggningar', actions: ['auth.sign-in-failed', 'auth.sso-refused'] },
  sparrar: { label: 'Spärrar efter misslyckade försök', actions: ['auth.sign-in-locked'] },
  losenord: { label: 'Lösenord valda och engångslänkar', actions: ['auth.password-set', 'admin.user.password-link'] },
  utloggningar: { label: 'Utloggningar', actions: ['auth.sign-out'] },
  sso: { label: 'Ändrad koppling till stadens inloggning', actions: ['auth.sso-subject-changed'] },
} as const satisfies Record<string, { label: string; actions: readonly string[] }>;
export type SignInEventKind = keyof typeof SIGN_IN_EVENT_KINDS;

export const SIGN_IN_ACTIONS: string[] = Object.values(SIGN_IN_EVENT_KINDS).flatMap((k) => [...k.actions]);

export const signInLogFilterSchema = z.object({
  konto: z.string().trim().max(100, 'Högst 100 tecken.').optional(),
  handelse: z
    .enum(Object.keys(SIGN_IN_EVENT_KINDS) as [SignInEventKind, ...SignInEventKind[]], 'Välj en händelse i listan.')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  fran: dateParam,
  till: dateParam,
  fore: z.string().max(100).optional(),
});
export type SignInLogFilter = z.infer<typeof signInLogFilterSchema>;

type Details = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** What happened, in words: "Lyckad (lösenord)", "Spärrad till 7 dec. 2026 14:05 (kontot, 5 försök)". */
export function signInOutcome(action: string, details: unknown, actorEmail: string | null): string {
  const d: Details = details && typeof details === 'object' && !Array.isArray(details) ? (details as Details) : {};
  switch (action) {
    case 'auth.sign-in':
      return d.provider === 'credentials' ? 'Lyckad (lösenord)' : 'Lyckad (stadens konto)';
    case 'auth.sign-in-failed':
      return 'Misslyckad: fel e-post eller lösenord';
    case 'auth.sign-in-locked': {
      const until = text(d.until);
      const scope = d.scope === 'address' ? 'adressen' : 'kontot';
      const failures = typeof d.failures === 'number' ? `, ${d.failures} försök` : '';
      return `Spärrad${until ? ` till ${formatDateTime(new Date(until))}` : ''} (${scope}${failures})`;
    }
    case 'auth.sso-refused':
      return d.reason === 'subject-bound-to-another-user'
        ? 'Nekad: kontot hos stadens inloggning hör till en annan användare'
        : 'Nekad: inget aktivt konto med den e-postadressen';
    case 'auth.sso-subject-changed':
      return 'Kontot kopplat till ett nytt konto hos stadens inloggning';
    case 'auth.sign-out':
      return 'Utloggad';
    case 'auth.password-set':
      return 'Lösenord valt via engångslänk';
    case 'admin.user.password-link':
      return `Engångslänk skapad${actorEmail ? ` av ${actorEmail}` : ''}`;
    default:
      return '–';
  }
}

/** The client's address, where the event recorded one. */
export function signInAddress(details: unknown): string {
  const d: Details = details && typeof details === 'object' && !Array.isArray(details) ? (details as Details) : {};
  return text(d.address) ?? '–';
}

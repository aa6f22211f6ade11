import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { z } from 'zod';
import { DateField } from '@/components/ui/date-field';
import { TableScroll } from '@/components/ui/table-scroll';
import { auditActionLabel } from '@/lib/admin/audit-labels';
import { formatDateTime } from '@/lib/format';
import { SIGN_IN_EVENT_KINDS, type SignInLogFilter, signInLogFilterSchema } from '@/lib/system/sign-in-events';
import { SIGN_IN_LOG_PAGE_SIZE, searchSignInLog } from '@/lib/system/sign-in-log';
import { requireSystemAdmin, systemAccessOf } from '@/lib/system/queries';

export const metadata: Metadata = { title: 'Inloggningar' };

type Search = Record<string, string | string[] | undefined>;

/** Sign-ins, failed sign-ins, lock-outs and password events of every account, for system administrators. */
export default async function SignInLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireSystemAdmin();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, [v].flat()[0]]));
  const parsed = signInLogFilterSchema.safeParse(raw);
  const filter: SignInLogFilter = parsed.success ? parsed.data : {};
  const errors = parsed.success
    ? {}
    : (z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>);
  const { entries, next } = await searchSignInLog(systemAccessOf(viewer), filter);
  const query = (fore?: string) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(filter)) if (v && k !== 'fore') params.set(k, String(v));
    if (fore) params.set('fore', fore);
    return `?${params.toString()}`;
  };
  return (
    <div className="stack">
      <h1>Inloggningar</h1>
      <p className="lead">
        Inloggningar, misslyckade försök, spärrar och lösenordshändelser för alla konton, nyaste först. Använd listan
        för att upptäcka försök att gissa lösenord.
      </p>
      <form method="get" role="search" aria-label="Sök bland inloggningar" className="card">
        <div className="filters">
          <div className="form-field">
            <label htmlFor="signin-account">Konto (e-post)</label>
            <input
              id="signin-account"
              name="konto"
              type="search"
              defaultValue={filter.konto ?? ''}
              aria-invalid={errors.konto ? true : undefined}
              aria-describedby={errors.konto ? 'signin-account-error' : undefined}
            />
            {errors.konto && (
              <p id="signin-account-error" className="field-error">
                {errors.konto[0]}
              </p>
            )}
          </div>
          <div className="form-field">
            <label htmlFor="signin-kind">Händelse</label>
            <select id="signin-kind" name="handelse" defaultValue={filter.handelse ?? ''}>
              <option value="">Alla händelser</option>
              {Object.entries(SIGN_IN_EVENT_KINDS).map(([value, kind]) => (
                <option key={value} value={value}>
                  {kind.label}
                </option>
              ))}
            </select>
          </div>
          <DateField id="signin-from" name="fran" label="Från och med" value={filter.fran} error={errors.fran?.[0]} />
          <DateField id="signin-to" name="till" label="Till och med" value={filter.till} error={errors.till?.[0]} />
        </div>
        <button type="submit" className="button">
          Sök
        </button>{' '}
        <Link href="/system/inloggningar">Rensa</Link>
      </form>
      {!parsed.success && (
        <p className="alert alert--error" role="alert">
          Sökningen kunde inte göras: rätta det som är markerat.
        </p>
      )}
      <p aria-live="polite">
        {entries.length === 0
          ? 'Inga händelser matchar sökningen.'
          : `Visar ${entries.length} händelser${next ? ` (de ${SIGN_IN_LOG_PAGE_SIZE} senaste som matchar)` : ''}.`}
      </p>
      {entries.length > 0 && (
        <TableScroll label="Inloggningar">
          <table>
            <caption className="visually-hidden">Inloggningshändelser, nyaste först</caption>
            <thead>
              <tr>
                <th scope="col">Tid</th>
                <th scope="col">Konto</th>
                <th scope="col">Händelse</th>
                <th scope="col">Utfall</th>
                <th scope="col">Adress</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.createdAt)}</td>
                  <td>{e.account}</td>
                  <td>{auditActionLabel(e.action)}</td>
                  <td>{e.outcome}</td>
                  <td>{e.address}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p>
        {filter.fore && <Link href={query()}>← Till de senaste</Link>}{' '}
        {next && <Link href={query(next)}>Äldre händelser →</Link>}
      </p>
    </div>
  );
}

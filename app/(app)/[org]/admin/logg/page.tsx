import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { z } from 'zod';
import { DateField } from '@/components/ui/date-field';
import { AdminNav } from '@/components/admin/admin-nav';
import { AuditTable } from '@/components/admin/audit-table';
import { AUDIT_PAGE_SIZE, searchAuditLog } from '@/lib/admin/audit-log';
import { AUDIT_ACTION_LABELS } from '@/lib/admin/audit-labels';
import { type AuditFilter, auditFilterSchema } from '@/lib/admin/schemas';
import { forbiddenUnless } from '@/lib/auth/guards';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Logg' };

type Search = Record<string, string | string[] | undefined>;

export default async function AuditLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Search>;
}) {
  const { org: slug } = await params;
  const context = await requirePermission(slug, 'read:audit-log');
  const { org, viewer } = context;
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, [v].flat()[0]]));
  const parsed = auditFilterSchema.safeParse(raw);
  const filter: AuditFilter = parsed.success ? parsed.data : {};
  const errors = parsed.success
    ? {}
    : (z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>);
  // Only organisations where the viewer reads the log; naming another one is refused and logged.
  const readable = viewer.organizations.filter((o) => can(o.access, 'read:audit-log'));
  const chosen = filter.forvaltning ?? org.slug;
  await forbiddenUnless(
    context,
    chosen === 'alla' || readable.some((o) => o.slug === chosen),
    `read:audit-log:${chosen}`,
  );
  const searched = chosen === 'alla' ? readable : [readable.find((o) => o.slug === chosen)!];
  const { entries, next } = await searchAuditLog(
    searched.map((o) => o.access),
    filter,
  );
  const orgNames = new Map(readable.map((o) => [o.id, o.name]));
  const query = (extra: Record<string, string>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filter, forvaltning: chosen, ...extra })) {
      if (v && k !== 'fore') params.set(k, String(v));
    }
    if (extra.fore) params.set('fore', extra.fore);
    return `?${params.toString()}`;
  };
  return (
    <div className="stack">
      <h1>Logg</h1>
      <p className="lead">Vem ändrade vad och när, och nekade försök. Loggen kan inte ändras i efterhand.</p>
      <AdminNav orgSlug={org.slug} current="log" />
      <form method="get" role="search" aria-label="Sök i loggen" className="card">
        <div className="filters">
          <div className="form-field">
            <label htmlFor="log-q">Användare (namn eller e-post)</label>
            <input id="log-q" name="q" type="search" defaultValue={filter.q ?? ''} />
          </div>
          <div className="form-field">
            <label htmlFor="log-org">Förvaltning</label>
            <select id="log-org" name="forvaltning" defaultValue={chosen}>
              {readable.map((o) => (
                <option key={o.id} value={o.slug}>
                  {o.name}
                </option>
              ))}
              {readable.length > 1 && <option value="alla">Alla där jag är administratör</option>}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor="log-action">Händelse</label>
            <select id="log-action" name="handelse" defaultValue={filter.handelse ?? ''}>
              <option value="">Alla händelser</option>
              {Object.entries(AUDIT_ACTION_LABELS).map(([key, label]) => (
                <option key={key} value={key}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <DateField id="log-from" name="fran" label="Från och med" value={filter.fran} error={errors.fran?.[0]} />
          <DateField id="log-to" name="till" label="Till och med" value={filter.till} error={errors.till?.[0]} />
        </div>
        <button type="submit" className="button">
          Sök
        </button>{' '}
        <Link href={`/${org.slug}/admin/logg`}>Rensa</Link>
      </form>
      {!parsed.success && (
        <p className="alert alert--error" role="alert">
          Sökningen kunde inte göras: rätta det som är markerat.
        </p>
      )}
      <p aria-live="polite">
        {entries.length === 0
          ? 'Inga händelser matchar sökningen.'
          : `Visar ${entries.length} händelser${next ? ` (de ${AUDIT_PAGE_SIZE} senaste som matchar)` : ''}.`}
      </p>
      {entries.length > 0 && (
        <AuditTable
          entries={entries.map((e) => ({
            ...e,
            organization: chosen === 'alla' && e.organizationId ? (orgNames.get(e.organizationId) ?? null) : null,
          }))}
        />
      )}
      <p>
        {filter.fore && <Link href={query({})}>← Till de senaste</Link>}{' '}
        {next && <Link href={query({ fore: next })}>Äldre händelser →</Link>}
      </p>
    </div>
  );
}

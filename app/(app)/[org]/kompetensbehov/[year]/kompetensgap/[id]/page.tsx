import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { GapCommentForm } from '@/components/gaps/gap-comment-form';
import { GapForm } from '@/components/gaps/gap-form';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { GAP_PRIORITY_LABELS, GAP_STATUS_LABELS, SUGGESTED_AREAS } from '@/lib/gaps/labels';
import { loadGap, registerFormOptions } from '@/lib/gaps/queries';
import { parsePlanYearParam } from '@/lib/plans/schemas';
import { notFoundUnlessAddressable } from '@/lib/route-params';

export const metadata: Metadata = { title: 'Kompetensgap' };

type Params = Promise<{ org: string; year: string; id: string }>;

/** One competence gap with its dated comment trail; HR adds comments and edits it. */
export default async function GapPage({ params }: { params: Params }) {
  const { org: slug, year, id } = await params;
  notFoundUnlessAddressable({ year, id });
  const { org } = await requirePermission(slug, 'read:activity');
  const gap = await loadGap(org.access, id);
  if (!gap || gap.plan.startYear !== parsePlanYearParam(year)) notFound();
  const editable = can(org.access, 'edit:plan');
  const options = editable ? await registerFormOptions(org.access, gap.plan.id) : null;
  const base = `/${slug}/kompetensbehov/${gap.plan.startYear}`;
  return (
    <div className="stack">
      <p>
        <Link href={`${base}/kompetensgap`}>← Kompetensgap</Link>
      </p>
      <h1>{gap.description}</h1>
      <p className="lead">
        {gap.area} · <Link href={`/${slug}/plan/${gap.plan.startYear}`}>{gap.plan.title}</Link>
      </p>
      <dl className="card">
        <dt>Prioritet</dt>
        <dd>{GAP_PRIORITY_LABELS[gap.priority]}</dd>
        <dt>Status</dt>
        <dd>{GAP_STATUS_LABELS[gap.status]}</dd>
        <dt>Avdelningar</dt>
        <dd>{gap.departments.length ? gap.departments.map((d) => d.name).join(', ') : 'Hela förvaltningen'}</dd>
        <dt>Befattningar</dt>
        <dd>{gap.occupations.length ? gap.occupations.map((o) => o.name).join(', ') : '–'}</dd>
        <dt>Aktiviteter som sluter gapet</dt>
        <dd>{gap.activities.length ? gap.activities.map((a) => a.title).join('; ') : 'Ingen ännu'}</dd>
        <dt>Risker</dt>
        <dd>
          {gap.risks.length
            ? gap.risks.map((r, i) => (
                <span key={r.id}>
                  {i > 0 && '; '}
                  <Link href={`${base}/risker/${r.id}`}>{r.title}</Link>
                </span>
              ))
            : '–'}
        </dd>
      </dl>
      <section aria-labelledby="kommentarer" className="stack">
        <h2 id="kommentarer">Kommentarer</h2>
        {gap.comments.length === 0 ? (
          <p>Inga kommentarer ännu.</p>
        ) : (
          <ol className="comment-trail">
            {gap.comments.map((c) => (
              <li key={c.id}>
                <p className="muted">
                  <time dateTime={c.date}>{c.date}</time> · {c.author}
                </p>
                <p>{c.text}</p>
              </li>
            ))}
          </ol>
        )}
        {editable && <GapCommentForm orgSlug={slug} gapId={gap.id} />}
      </section>
      {options && (
        <details className="card">
          <summary>Ändra kompetensgapet</summary>
          <GapForm
            orgSlug={slug}
            target={{ gapId: gap.id, version: gap.version }}
            values={{
              area: gap.area,
              description: gap.description,
              priority: gap.priority,
              status: gap.status,
              departmentIds: gap.departments.map((d) => d.id),
              occupationIds: gap.occupations.map((o) => o.id),
              activityIds: gap.activities.map((a) => a.id),
            }}
            options={{ ...options, areas: [...new Set([...SUGGESTED_AREAS, ...options.areas])] }}
          />
        </details>
      )}
    </div>
  );
}

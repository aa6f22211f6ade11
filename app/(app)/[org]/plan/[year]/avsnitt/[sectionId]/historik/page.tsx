import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { restoreRevision } from '@/app/(app)/_actions/sections';
import { ActionForm } from '@/components/plans/action-form';
import { DiffView } from '@/components/plans/diff-view';
import { requirePermission } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format';
import { diffDocuments, diffSummary } from '@/lib/plans/diff';
import { loadSectionHistory } from '@/lib/plans/editing';
import { notFoundUnlessAddressable } from '@/lib/route-params';

export const metadata: Metadata = { title: 'Historik' };

type Params = Promise<{ org: string; year: string; sectionId: string }>;
type Search = Promise<{ fran?: string; till?: string }>;

export default async function SectionHistoryPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { org: slug, year, sectionId } = await params;
  notFoundUnlessAddressable({ year, sectionId });
  const query = await searchParams;
  const { org } = await requirePermission(slug, 'edit:plan');
  const startYear = Number(year);
  if (!Number.isInteger(startYear)) notFound();
  const history = await loadSectionHistory(org.access, startYear, sectionId);
  if (!history) notFound();
  const { section, plan, revisions } = history;
  const byVersion = new Map(revisions.map((r) => [String(r.version), r]));
  const newest = revisions[0];
  const from = byVersion.get(query.fran ?? '') ?? revisions[1] ?? newest;
  const to = byVersion.get(query.till ?? '') ?? newest;
  const diff = from && to ? diffDocuments(from.body, to.body) : [];
  const summary = diffSummary(diff);
  const editable = plan.status !== 'ADOPTED' && !section.removedAt;
  return (
    <div className="stack">
      <p>
        <Link href={`/${slug}/plan/${startYear}`}>Tillbaka till {plan.title}</Link>
      </p>
      <h1>Historik: {section.title}</h1>
      {section.removedAt && <p className="alert alert--info">Avsnittet är borttaget; historiken finns kvar.</p>}
      <table>
        <caption>Sparade versioner</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Sparad av</th>
            <th scope="col">Tid</th>
            <th scope="col">Rubrik</th>
            {editable && <th scope="col">Åtgärd</th>}
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => (
            <tr key={r.id}>
              <td>{r.version}</td>
              <td>{r.authorName}</td>
              <td>{formatDateTime(r.createdAt)}</td>
              <td>{r.title}</td>
              {editable && (
                <td>
                  {r.version !== section.version && (
                    <ActionForm
                      action={restoreRevision}
                      hidden={{ org: slug, sectionId: section.id, revisionId: r.id, version: section.version }}
                      submitLabel="Återställ"
                      submitName={`Återställ version ${r.version}`}
                    />
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {revisions.length > 1 && (
        <form method="get" className="card inline-form" aria-label="Välj versioner att jämföra">
          <label htmlFor="fran">Från version</label>
          <select id="fran" name="fran" defaultValue={from ? String(from.version) : undefined}>
            {revisions.map((r) => (
              <option key={r.id} value={r.version}>
                {r.version}
              </option>
            ))}
          </select>
          <label htmlFor="till">Till version</label>
          <select id="till" name="till" defaultValue={to ? String(to.version) : undefined}>
            {revisions.map((r) => (
              <option key={r.id} value={r.version}>
                {r.version}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--secondary">
            Jämför
          </button>
        </form>
      )}
      {from && to && (
        <section aria-labelledby="jamforelse">
          <h2 id="jamforelse">
            Version {from.version} jämförd med version {to.version}
          </h2>
          <p className="muted">
            {summary.changed} stycken ändrade, {summary.added} tillagda, {summary.removed} borttagna.{' '}
            <ins>Understruket</ins> är tillagt, <del>genomstruket</del> borttaget.
          </p>
          {from.title !== to.title && (
            <p>
              Rubriken ändrades från ”{from.title}” till ”{to.title}”.
            </p>
          )}
          <DiffView blocks={diff} label={`Skillnader mellan version ${from.version} och ${to.version}`} />
        </section>
      )}
    </div>
  );
}

import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { EMPTY_GAP, GapForm } from '@/components/gaps/gap-form';
import { TableScroll } from '@/components/ui/table-scroll';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { GAP_PRIORITY_LABELS, GAP_STATUS_LABELS, SUGGESTED_AREAS } from '@/lib/gaps/labels';
import { loadGapRegister, registerFormOptions } from '@/lib/gaps/queries';
import { parsePlanYearParam } from '@/lib/plans/schemas';
import { notFoundUnlessAddressable } from '@/lib/route-params';

export const metadata: Metadata = { title: 'Kompetensgap' };

type Params = Promise<{ org: string; year: string }>;

/** The competence gap register of one plan: read by HR and managers (their scope), kept by HR. */
export default async function GapRegisterPage({ params }: { params: Params }) {
  const { org: slug, year } = await params;
  notFoundUnlessAddressable({ year });
  const { org } = await requirePermission(slug, 'read:activity');
  const register = await loadGapRegister(org.access, parsePlanYearParam(year)!);
  if (!register) notFound();
  const { plan, gaps } = register;
  const editable = can(org.access, 'edit:plan');
  const options = editable ? await registerFormOptions(org.access, plan.id) : null;
  const base = `/${slug}/kompetensbehov/${plan.startYear}`;
  const caption = `Kompetensgap i ${plan.title}`;
  return (
    <div className="stack">
      <h1>Kompetensgap</h1>
      <p className="lead">
        <Link href={`/${slug}/plan/${plan.startYear}`}>{plan.title}</Link> · Vilken kompetens behöver vi stärka? ·{' '}
        <Link href={`${base}/risker`}>Riskbedömning</Link>
      </p>
      {!can(org.access, 'edit:plan') && (
        <p className="muted">Du ser kompetensgapen för dina avdelningar och de som gäller hela förvaltningen.</p>
      )}
      {gaps.length === 0 ? (
        <p>Planen har inga kompetensgap{editable ? ' ännu' : ' som du kan se'}.</p>
      ) : (
        <TableScroll label={caption}>
          <table className="stack-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Område</th>
                <th scope="col">Kompetensgap</th>
                <th scope="col">Berör</th>
                <th scope="col">Prioritet</th>
                <th scope="col">Aktiviteter</th>
                <th scope="col">Status</th>
                <th scope="col">Senaste kommentar</th>
              </tr>
            </thead>
            <tbody>
              {gaps.map((g) => {
                const latest = g.comments.at(-1);
                return (
                  <tr key={g.id}>
                    <td data-label="Område">{g.area}</td>
                    <td data-label="Kompetensgap">
                      <Link href={`${base}/kompetensgap/${g.id}`}>{g.description}</Link>
                    </td>
                    <td data-label="Berör">
                      {g.departments.length ? g.departments.map((d) => d.name).join(', ') : 'Hela förvaltningen'}
                      {g.occupations.length > 0 && (
                        <div className="muted">{g.occupations.map((o) => o.name).join(', ')}</div>
                      )}
                    </td>
                    <td data-label="Prioritet">{GAP_PRIORITY_LABELS[g.priority]}</td>
                    <td data-label="Aktiviteter">
                      {g.activities.length === 0 ? (
                        <span className="muted">{editable ? 'Ingen ännu' : 'Ingen som du kan se'}</span>
                      ) : (
                        <ul className="plain-list">
                          {g.activities.map((a) => (
                            <li key={a.id}>{a.title}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td data-label="Status">{GAP_STATUS_LABELS[g.status]}</td>
                    <td data-label="Senaste kommentar">
                      {latest ? (
                        <>
                          <span className="nowrap">{latest.date}</span> {latest.text}
                          {g.comments.length > 1 && <div className="muted">{g.comments.length} kommentarer</div>}
                        </>
                      ) : (
                        <span className="muted">–</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {options && (
        <details className="card">
          <summary>Nytt kompetensgap</summary>
          <GapForm
            orgSlug={slug}
            target={{ planId: plan.id }}
            values={EMPTY_GAP}
            options={{ ...options, areas: [...new Set([...SUGGESTED_AREAS, ...options.areas])] }}
          />
        </details>
      )}
    </div>
  );
}

import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { StatChart } from '@/components/charts/stat-chart';
import { DownloadGroup } from '@/components/export/download-group';
import { NoDepartment } from '@/components/no-department';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { loadDashboard } from '@/lib/statistics/dashboard/queries';
import { KoladaComparisons } from '@/components/kolada/kolada-comparisons';
import { loadKoladaComparisons } from '@/lib/kolada/queries';

export const metadata: Metadata = { title: 'Personalstatistik' };

type SearchParams = Promise<{ ar?: string; avdelning?: string }>;

export default async function StatisticsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: SearchParams;
}) {
  const { org: slug } = await params;
  const query = await searchParams;
  const { org } = await requirePermission(slug, 'read:statistics');
  const [view, kolada] = await Promise.all([
    loadDashboard(org.access, {
      year: query.ar ? Number(query.ar) : undefined,
      departmentId: query.avdelning || undefined,
    }),
    loadKoladaComparisons(org.access, org.name),
  ]);
  const scopeName = view.departmentIds.length
    ? view.departments
        .filter((d) => view.departmentIds.includes(d.id))
        .map((d) => d.name)
        .join(', ')
    : 'Hela förvaltningen';
  if (view.noDepartment) {
    return (
      <div className="stack">
        <h1>Personalstatistik</h1>
        <NoDepartment what="ingen statistik" />
      </div>
    );
  }
  // A manager of several departments chooses one of them; others choose the organisation or a department.
  const departmentChoice = !view.departmentLocked || view.departments.length > 1;
  // The downloads carry the selection shown, so the file holds exactly these figures.
  const exportHref = (format: 'xlsx' | 'csv') => {
    const selection = new URLSearchParams({ format });
    if (view.year !== null) selection.set('ar', String(view.year));
    if (view.departmentIds[0]) selection.set('avdelning', view.departmentIds[0]);
    return `/${org.slug}/statistik/export?${selection}`;
  };
  return (
    <div className="stack">
      <div className="page-heading">
        <h1>Personalstatistik</h1>
        {can(org.access, 'import:statistics') && (
          <Link className="button" href={`/${org.slug}/statistik/import`}>
            Importera statistik
          </Link>
        )}
      </div>
      <p className="lead">
        {org.name} · {scopeName}
        {view.years.length > 0 &&
          (view.year !== null ? (
            <>
              {' '}
              · {view.year} jämfört med {view.year - 1}
            </>
          ) : (
            <> · senaste uppgift för varje mått, jämfört med året före</>
          ))}
      </p>
      {view.years.length > 0 && (
        <form method="get" className="filter-bar" aria-label="Urval">
          <div className="form-field">
            <label htmlFor="ar">År</label>
            <select id="ar" name="ar" defaultValue={view.year ?? ''}>
              <option value="">Senaste per mått</option>
              {view.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          {departmentChoice && (
            <div className="form-field">
              <label htmlFor="avdelning">Avdelning</label>
              <select id="avdelning" name="avdelning" defaultValue={view.departmentIds[0] ?? ''}>
                {!view.departmentLocked && <option value="">Hela förvaltningen</option>}
                {view.departments.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <button type="submit" className="button button--secondary">
            Visa
          </button>
        </form>
      )}
      {view.departmentLocked && (
        <p className="alert alert--info">
          {view.departments.length > 1
            ? `Du ser statistiken för en av dina avdelningar i taget: ${scopeName}.`
            : `Du ser statistiken för din avdelning: ${scopeName}.`}
        </p>
      )}
      {view.suppressed && (
        <p className="alert alert--info">
          Uppgifter om färre än 5 personer visas inte, så att ingen enskild medarbetare kan identifieras.
        </p>
      )}
      {view.years.length > 0 && (
        <DownloadGroup
          links={[
            { label: 'Excel (.xlsx)', href: exportHref('xlsx') },
            { label: 'CSV', href: exportHref('csv') },
          ]}
        />
      )}
      {view.years.length === 0 ? (
        <p>Ingen personalstatistik är inläst ännu.</p>
      ) : (
        view.sections.map((section) => (
          <section key={section.id} aria-labelledby={`sektion-${section.id}`}>
            <h2 id={`sektion-${section.id}`}>{section.heading}</h2>
            <div className="grid grid--wide">
              {section.charts.map((chart) => (
                <StatChart key={chart.id} data={chart} />
              ))}
            </div>
          </section>
        ))
      )}
      <KoladaComparisons
        model={kolada}
        scopeNote={
          !kolada.ownShown
            ? 'Egna siffror visas bredvid Kolada bara för hela förvaltningen, som du inte har behörighet att se.'
            : view.departmentIds.length
              ? 'Egna siffror i jämförelserna gäller hela förvaltningen, inte den valda avdelningen.'
              : null
        }
      />
    </div>
  );
}

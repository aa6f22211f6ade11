import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StatChart } from '@/components/charts/stat-chart';
import { NoDepartment } from '@/components/no-department';
import { InsertForecastForm } from '@/components/needs/insert-forecast-form';
import { NeedsTable } from '@/components/needs/needs-table';
import { RetirementSummaryTable } from '@/components/needs/retirement-summary';
import { SaveScenarioForm } from '@/components/needs/save-scenario-form';
import { ScenarioComparison } from '@/components/needs/scenario-comparison';
import { RetirementAgeForm, ScenarioForm } from '@/components/needs/scenario-form';
import { can } from '@/lib/auth/permissions';
import { forbiddenUnless } from '@/lib/auth/guards';
import { requireOrg } from '@/lib/auth/session';
import { formatDecimal, formatPercent } from '@/lib/format';
import { needsChart } from '@/lib/needs/chart';
import { NEED_PART_LABELS } from '@/lib/needs/formulas';
import { loadNeedsPage } from '@/lib/needs/queries';
import { totalsInView } from '@/lib/needs/protection';
import { type Search, parseNeedsRequest } from '@/lib/needs/request';
import { fieldsFromLevers } from '@/lib/needs/schemas';
import { parsePlanYearParam } from '@/lib/plans/schemas';
import { notFoundUnlessAddressable } from '@/lib/route-params';
import { SUPPRESSION_NOTE } from '@/lib/statistics/suppression/rule';

export const metadata: Metadata = { title: 'Kompetensbehov' };

type Params = Promise<{ org: string; year: string }>;

export default async function NeedsPage({ params, searchParams }: { params: Params; searchParams: Promise<Search> }) {
  const { org: slug, year } = await params;
  notFoundUnlessAddressable({ year });
  const context = await requireOrg(slug);
  const access = context.org.access;
  await forbiddenUnless(context, can(access, 'read:plan:draft') || can(access, 'read:plan:published'), 'read:plan');
  const startYear = parsePlanYearParam(year);
  if (startYear === null) notFound();
  const request = parseNeedsRequest(await searchParams);
  const page = await loadNeedsPage(access, startYear, request);
  if (!page) notFound(); // no plan, or one a union rep has not been sent
  const base = `/${context.org.slug}/kompetensbehov/${page.plan.startYear}`;
  const heading = (
    <>
      <h1>Rekryteringsbehov</h1>
      <p className="lead">
        Kompetensbehov · {page.plan.title}
        {page.departmentLocked && ' · visar dina avdelningar'}
      </p>
    </>
  );
  if (page.noDepartment)
    return (
      <>
        {heading}
        <NoDepartment what="inget rekryteringsbehov" />
      </>
    );
  const scenario = page.scenario;
  const scenarioLabel = scenario ? (scenario.name ?? request.presetName ?? 'Scenario') : null;
  const leverFields = scenario ? fieldsFromLevers(scenario.levers) : request.leverFields;
  const hasLeverErrors = Object.keys(request.leverErrors).length > 0;
  return (
    <>
      {heading}
      {page.missing.length > 0 && (
        <div className="alert alert--info">
          <p>Uppgifter som saknas visas som ”saknas”, aldrig som 0; summorna räknar bara de delar som finns:</p>
          <ul>
            {page.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <RetirementSummaryTable summary={page.summary} statisticsYear={page.statisticsYear} />
      <RetirementAgeForm
        base={base}
        fields={request.retirementFields}
        error={request.retirementError}
        leverFields={leverFields}
        describedAs={page.retirementAgesText}
      />
      <section className="card stack" aria-labelledby="sa-raknas">
        <h2 id="sa-raknas">Så räknas delarna</h2>
        <dl className="summary-list">
          <dt>{NEED_PART_LABELS.retirements}</dt>
          <dd>{page.formulas.retirements}</dd>
          <dt>{NEED_PART_LABELS.otherDepartures}</dt>
          <dd>{page.formulas.otherDepartures}</dd>
          <dt>{NEED_PART_LABELS.volume}</dt>
          <dd>{page.formulas.volume}</dd>
          <dt>Summa</dt>
          <dd>{page.formulas.total}</dd>
        </dl>
        {page.suppressed && <p className="muted">{SUPPRESSION_NOTE}</p>}
      </section>
      <StatChart headingLevel={2} data={needsChart(page.chart, scenarioLabel, page.formulas.total, page.suppressed)} />
      <ScenarioForm
        base={base}
        fields={leverFields}
        errors={request.leverErrors}
        retirementFields={request.retirementFields}
        occupations={page.occupations}
      />
      {hasLeverErrors && (
        <p className="alert alert--error" role="alert">
          Scenariot kunde inte beräknas. Rätta det som är markerat i formuläret.
        </p>
      )}
      {scenario && (
        <section className="card stack" aria-labelledby="scenario-resultat">
          <h2 id="scenario-resultat">Scenario: {scenarioLabel}</h2>
          <ul>
            {scenario.leverTexts.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
          {scenario.fteGained !== null && (
            <p>Heltidsspaken ger {formatDecimal(Math.round(scenario.fteGained * 10) / 10)} årsarbetare.</p>
          )}
          {scenario.notes.map((n) => (
            <p key={n} className="alert alert--warning">
              {n}
            </p>
          ))}
          <p>
            <strong>Lokalt:</strong>{' '}
            {scenario.reduction === null
              ? 'minskningen kan inte räknas ut i den här vyn.'
              : `behovet under planperioden ${scenario.reduction >= 0 ? 'minskar' : 'ökar'} med ${formatPercent(
                  Math.round(Math.abs(scenario.reduction) * 1000) / 10,
                )} jämfört med grundprognosen.`}
          </p>
          <p>
            <strong>Nationellt:</strong> {page.skrNational}
          </p>
          {page.canEdit && (
            <SaveScenarioForm
              orgSlug={context.org.slug}
              year={page.plan.startYear}
              leverFields={leverFields}
              name={scenario.name ?? request.presetName ?? ''}
              scenarioId={scenario.savedId}
              version={scenario.savedVersion}
            />
          )}
          <NeedsTable
            id="scenario-tabell"
            table={scenario.table}
            caption={`Scenario ${scenarioLabel}: behov per avdelning, befattning och år`}
          />
        </section>
      )}
      <section className="stack" aria-labelledby="grundprognos">
        <h2 id="grundprognos">Grundprognos per avdelning och befattning</h2>
        <p className="muted">
          Pension = pensionsavgångar, Övriga = övriga avgångar, Volym = volymförändring. Statistik från{' '}
          {page.statisticsYear ?? 'saknas'}.
        </p>
        <NeedsTable
          id="grundprognos-tabell"
          table={page.baseline}
          caption="Grundprognos: behov per avdelning, befattning och år"
        />
      </section>
      <ScenarioComparison years={page.years} baseline={totalsInView(page.baseline)} saved={page.saved} base={base} />
      {page.canEdit && page.plan.status === 'ADOPTED' && (
        <p className="alert alert--info">
          Planen är fastställd: prognosen kan inte infogas i den. Infoga den i nästa plan eller i en ny version.
        </p>
      )}
      {page.sections.length > 0 && (
        <InsertForecastForm
          orgSlug={context.org.slug}
          year={page.plan.startYear}
          sections={page.sections}
          scenarios={page.saved.map((s) => ({ id: s.id, name: s.name }))}
          chosenScenarioId={scenario?.savedId ?? null}
          retirementFields={request.retirementFields}
        />
      )}
    </>
  );
}

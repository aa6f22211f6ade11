import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { RiskHeatMap } from '@/components/risks/heat-map';
import { RiskTable } from '@/components/risks/risk-table';
import { EMPTY_RISK, RiskForm } from '@/components/risks/risk-form';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { registerFormOptions } from '@/lib/gaps/queries';
import { parsePlanYearParam } from '@/lib/plans/schemas';
import { loadRiskRegister } from '@/lib/risks/queries';
import { notFoundUnlessAddressable } from '@/lib/route-params';

export const metadata: Metadata = { title: 'Riskbedömning' };

type Params = Promise<{ org: string; year: string }>;

/** The plan's risk assessment: the 4 × 4 matrix and the risks by score; kept by HR. */
export default async function RiskRegisterPage({ params }: { params: Params }) {
  const { org: slug, year } = await params;
  notFoundUnlessAddressable({ year });
  const { org } = await requirePermission(slug, 'read:activity');
  const register = await loadRiskRegister(org.access, parsePlanYearParam(year)!);
  if (!register) notFound();
  const { plan, risks } = register;
  const options = can(org.access, 'edit:plan') ? await registerFormOptions(org.access, plan.id) : null;
  const base = `/${slug}/kompetensbehov/${plan.startYear}`;
  const numbered = risks.map((r, i) => ({ ...r, key: r.id, number: i + 1 }));
  return (
    <div className="stack">
      <h1>Riskbedömning</h1>
      <p className="lead">
        <Link href={`/${slug}/plan/${plan.startYear}`}>{plan.title}</Link> · Sannolikhet × konsekvens, 1–4 vardera ·{' '}
        <Link href={`${base}/kompetensgap`}>Kompetensgap</Link>
      </p>
      {risks.length === 0 ? (
        <p>Planen har ingen riskbedömning ännu.</p>
      ) : (
        <>
          <RiskHeatMap risks={numbered} caption="Riskmatris: sannolikhet och konsekvens" />
          <RiskTable
            caption="Risker efter riskvärde (sannolikhet × konsekvens), högst först"
            risks={numbered.map((r) => ({
              ...r,
              href: `${base}/risker/${r.id}`,
              gaps: r.gaps.map((g) => g.description),
              activities: r.activities.map((a) => a.title),
            }))}
          />
        </>
      )}
      {options && (
        <details className="card">
          <summary>Ny risk</summary>
          <RiskForm orgSlug={slug} target={{ planId: plan.id }} values={EMPTY_RISK} options={options} />
        </details>
      )}
    </div>
  );
}

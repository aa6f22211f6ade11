import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { RiskForm } from '@/components/risks/risk-form';
import { RiskTable } from '@/components/risks/risk-table';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { registerFormOptions } from '@/lib/gaps/queries';
import { parsePlanYearParam } from '@/lib/plans/schemas';
import { loadRisk } from '@/lib/risks/queries';
import { notFoundUnlessAddressable } from '@/lib/route-params';

export const metadata: Metadata = { title: 'Risk' };

type Params = Promise<{ org: string; year: string; id: string }>;

/** One risk of the assessment; HR edits it. */
export default async function RiskPage({ params }: { params: Params }) {
  const { org: slug, year, id } = await params;
  notFoundUnlessAddressable({ year, id });
  const { org } = await requirePermission(slug, 'read:activity');
  const risk = await loadRisk(org.access, id);
  if (!risk || risk.plan.startYear !== parsePlanYearParam(year)) notFound();
  const options = can(org.access, 'edit:plan') ? await registerFormOptions(org.access, risk.plan.id) : null;
  const base = `/${slug}/kompetensbehov/${risk.plan.startYear}`;
  return (
    <div className="stack">
      <p>
        <Link href={`${base}/risker`}>← Riskbedömning</Link>
      </p>
      <h1>{risk.title}</h1>
      <p className="lead">
        <Link href={`/${slug}/plan/${risk.plan.startYear}`}>{risk.plan.title}</Link>
      </p>
      <RiskTable
        caption="Risken"
        risks={[
          {
            ...risk,
            key: risk.id,
            number: 1,
            gaps: risk.gaps.map((g) => g.description),
            activities: risk.activities.map((a) => a.title),
          },
        ]}
      />
      {options && (
        <details className="card">
          <summary>Ändra risken</summary>
          <RiskForm
            orgSlug={slug}
            target={{ riskId: risk.id, version: risk.version }}
            values={{
              title: risk.title,
              description: risk.description,
              likelihood: risk.likelihood,
              consequence: risk.consequence,
              ownerText: risk.owner,
              mitigation: risk.mitigation,
              status: risk.status,
              gapIds: risk.gaps.map((g) => g.id),
              activityIds: risk.activities.map((a) => a.id),
            }}
            options={options}
          />
        </details>
      )}
    </div>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { can } from '@/lib/auth/permissions';
import { forbiddenUnless } from '@/lib/auth/guards';
import { requireOrg } from '@/lib/auth/session';
import { PLAN_STATUS_LABELS, getPlanByYear } from '@/lib/plans/queries';
import { parsePlanYearParam } from '@/lib/plans/schemas';

type Params = Promise<{ org: string; year: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { org: slug, year } = await params;
  const { org } = await requireOrg(slug);
  const startYear = parsePlanYearParam(year);
  const plan = startYear === null ? null : await getPlanByYear(org.access, startYear);
  return { title: plan ? `${plan.title} – ${org.name}` : 'Plan' };
}

export default async function PlanPage({ params }: { params: Params }) {
  const { org: slug, year } = await params;
  const context = await requireOrg(slug);
  const access = context.org.access;
  await forbiddenUnless(context, can(access, 'read:plan:draft') || can(access, 'read:plan:published'), 'read:plan');
  const startYear = parsePlanYearParam(year);
  if (startYear === null) notFound();
  const plan = await getPlanByYear(access, startYear);
  if (!plan) notFound();
  return (
    <article>
      <h1>{plan.title}</h1>
      <p className="lead">
        {plan.startYear}–{plan.endYear} · <span className="badge badge--info">{PLAN_STATUS_LABELS[plan.status]}</span>
      </p>
      {plan.focusStrategies.length > 0 && (
        <section className="card" aria-labelledby="fokus">
          <h2 id="fokus">Fokus bland SKR:s strategier</h2>
          <ul>
            {plan.focusStrategies.map((f) => (
              <li key={f.strategyId}>{f.strategy.name}</li>
            ))}
          </ul>
        </section>
      )}
      <nav aria-labelledby="innehall-rubrik" className="card" style={{ marginTop: '1rem' }}>
        <h2 id="innehall-rubrik">Innehåll</h2>
        <ol>
          {plan.sections.map((s) => (
            <li key={s.id}>
              <a href={`#avsnitt-${s.sortOrder}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {plan.sections.map((section) => (
        <section key={section.id} id={`avsnitt-${section.sortOrder}`} className="plan-section">
          <h2>{section.title}</h2>
          {/* Sanitised HTML: written by the seed's escaper and, later, by the editor's sanitiser only. */}
          <div dangerouslySetInnerHTML={{ __html: section.body }} />
        </section>
      ))}
    </article>
  );
}

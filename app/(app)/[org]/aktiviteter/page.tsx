import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ActivityRowActions, RestoreActivityButton } from '@/components/activities/activity-row-actions';
import { CoverageMatrix } from '@/components/activities/coverage-matrix';
import { PlanActivities } from '@/components/activities/plan-activities';
import { RegisterFilterForm } from '@/components/activities/register-filters';
import { RegisterPages } from '@/components/activities/register-pages';
import { coverageMatrix } from '@/lib/activities/coverage';
import { loadRegister, registerScope } from '@/lib/plans/activity-register';
import { groupByPhase, parseFilters, parsePage, registerQuery, shownSummary } from '@/lib/activities/register-model';
import { can } from '@/lib/auth/permissions';
import { forbiddenUnless } from '@/lib/auth/guards';
import { requireOrg } from '@/lib/auth/session';
import { NoDepartment } from '@/components/no-department';

export const metadata: Metadata = { title: 'Aktiviteter' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ActivitiesPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: SearchParams;
}) {
  const { org: slug } = await params;
  const context = await requireOrg(slug);
  const access = context.org.access;
  // Union reps read the activities of plans under samverkan or adopted (loadRegister limits the plans).
  await forbiddenUnless(context, can(access, 'read:activity') || can(access, 'read:plan:published'), 'read:activity');
  const query = await searchParams;
  const planId = typeof query.plan === 'string' ? query.plan : undefined;
  const filters = parseFilters(query);
  const register = await loadRegister(access, planId, { filters, page: parsePage(query) });
  const editable = can(access, 'edit:activity');
  const orgSlug = context.org.slug;
  const plan = register.plan;
  return (
    <div className="stack">
      <h1>Aktiviteter</h1>
      {plan ? (
        <p className="lead">
          {plan.title} · {plan.statusText}
          {registerScope(access).kind === 'departments' && ' · visar din avdelnings aktiviteter'}
          {!editable && !can(access, 'read:activity') && ' · endast läsning'}
        </p>
      ) : (
        <p className="lead">Det finns ingen plan att visa aktiviteter för.</p>
      )}
      {registerScope(access).kind === 'none' && <NoDepartment what="inga aktiviteter" />}
      {plan && (
        <>
          <p className="page-actions">
            {editable && (
              <Link className="button" href={`/${orgSlug}/aktiviteter/ny?plan=${plan.id}`}>
                Ny aktivitet
              </Link>
            )}{' '}
            {editable && (
              <Link className="button button--secondary" href={`/${orgSlug}/aktiviteter/uppfoljning`}>
                Uppföljning per avdelning
              </Link>
            )}{' '}
            {can(access, 'follow-up:activity') && (
              <Link className="button button--secondary" href={`/${orgSlug}/aktiviteter/mina`}>
                Mina aktiviteter – följ upp
              </Link>
            )}
          </p>
          <RegisterFilterForm orgSlug={orgSlug} register={register} filters={filters} />
          <p role="status">{shownSummary(register)}</p>
          <PlanActivities
            groups={groupByPhase(register.activities, register.phases, plan.mergeRecruitIntroduce)}
            emptyText="Inga aktiviteter matchar filtret."
            rowActions={
              editable
                ? (a) => <ActivityRowActions orgSlug={orgSlug} activityId={a.id} version={a.version} title={a.title} />
                : undefined
            }
          />
          <RegisterPages
            page={register.page}
            pageCount={register.pageCount}
            hrefFor={(page) => `/${orgSlug}/aktiviteter?${registerQuery(plan.id, filters, page)}`}
          />
          <CoverageMatrix
            {...coverageMatrix({
              strategies: register.strategies,
              phases: register.phases,
              counts: register.coverage,
              focusStrategyIds: new Set(register.focusStrategyIds),
              mergeRecruitIntroduce: plan.mergeRecruitIntroduce,
            })}
            hrefFor={({ strategy, phase }) =>
              `/${orgSlug}/aktiviteter?${new URLSearchParams({ plan: plan.id, strategi: strategy, ...(phase ? { fas: phase } : {}) })}`
            }
          />
          {editable && register.removed.length > 0 && (
            <section aria-labelledby="borttagna">
              <h2 id="borttagna">Borttagna aktiviteter</h2>
              <p className="muted">Borttagna aktiviteter finns kvar med sin uppföljning och kan återställas.</p>
              <ul className="list-plain">
                {register.removed.map((a) => (
                  <li key={a.id}>
                    <strong>{a.title}</strong> <span className="muted">(borttagen {a.removedAt})</span>
                    <RestoreActivityButton orgSlug={orgSlug} activityId={a.id} version={a.version} title={a.title} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}

import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { ActivityForm } from '@/components/activities/activity-form';
import { activityFormOptions, planForNewActivity } from '@/lib/activities/edit-queries';
import { requirePermission } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Ny aktivitet' };

export default async function NewActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org: slug } = await params;
  const { org } = await requirePermission(slug, 'edit:activity');
  const { plan: planId } = await searchParams;
  const plan = await planForNewActivity(org.access, typeof planId === 'string' ? planId : null);
  if (!plan) notFound();
  const options = await activityFormOptions(org.access, plan.strategySetId);
  return (
    <div className="stack">
      <p>
        <Link href={`/${org.slug}/aktiviteter?plan=${plan.id}`}>← Aktiviteter</Link>
      </p>
      <h1>Ny aktivitet</h1>
      <p className="lead">{plan.title}</p>
      <ActivityForm
        orgSlug={org.slug}
        target={{ planId: plan.id }}
        options={options}
        values={{
          goal: '',
          title: '',
          phaseId: options.phases[0]?.id ?? '',
          strategyIds: [],
          boardGoalId: '',
          departmentId: '',
          dueDate: '',
          ownerText: '',
          status: 'NOT_STARTED',
          indicator: '',
          indicatorTarget: '',
          indicatorOutcome: '',
        }}
      />
    </div>
  );
}

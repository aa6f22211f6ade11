import type { Metadata } from 'next';
import { ActivityTable } from '@/components/activity-table';
import { listActivities } from '@/lib/activities/queries';
import { periodLabel } from '@/lib/activities/periods';
import { departmentScope } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Aktiviteter' };

export default async function ActivitiesPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requirePermission(slug, 'read:activity');
  const { period, activities } = await listActivities(org.access);
  const scoped = departmentScope(org.access).kind === 'departments';
  const planTitle = activities[0]?.planTitle;
  return (
    <div className="stack">
      <h1>Aktiviteter</h1>
      <p className="lead">
        {planTitle ?? 'Ingen plan'} · uppföljning för {periodLabel(period).toLowerCase()}
        {scoped && ' · visar din avdelnings aktiviteter'}
      </p>
      <ActivityTable activities={activities} caption="Aktiviteter i planen" />
    </div>
  );
}

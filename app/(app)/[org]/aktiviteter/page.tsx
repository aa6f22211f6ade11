import type { Metadata } from 'next';
import { ActivityTable } from '@/components/activity-table';
import { NoDepartment } from '@/components/no-department';
import { listActivities } from '@/lib/activities/queries';
import { periodLabel } from '@/lib/activities/periods';
import { scopeFor } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Aktiviteter' };

export default async function ActivitiesPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requirePermission(slug, 'read:activity');
  const { period, activities } = await listActivities(org.access);
  const scope = scopeFor(org.access, 'read:activity');
  const scoped = scope.kind === 'departments';
  const planTitle = activities[0]?.planTitle;
  return (
    <div className="stack">
      <h1>Aktiviteter</h1>
      <p className="lead">
        {planTitle ?? 'Ingen plan'} · uppföljning för {periodLabel(period).toLowerCase()}
        {scoped && ' · visar din avdelnings aktiviteter'}
      </p>
      {scope.kind === 'none' ? (
        <NoDepartment what="inga aktiviteter" />
      ) : (
        <ActivityTable activities={activities} caption="Aktiviteter i planen" />
      )}
    </div>
  );
}

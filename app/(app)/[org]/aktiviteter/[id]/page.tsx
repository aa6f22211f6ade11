import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActivityForm } from '@/components/activities/activity-form';
import { activityForEdit, activityFormOptions } from '@/lib/activities/edit-queries';
import { requirePermission } from '@/lib/auth/session';
import { notFoundUnlessAddressable } from '@/lib/route-params';

export const metadata: Metadata = { title: 'Ändra aktivitet' };

export default async function EditActivityPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  notFoundUnlessAddressable({ id });
  const { org } = await requirePermission(slug, 'edit:activity');
  const activity = await activityForEdit(org.access, id);
  if (!activity) notFound();
  const options = await activityFormOptions(org.access, activity.plan.strategySetId);
  return (
    <div className="stack">
      <p>
        <Link href={`/${org.slug}/aktiviteter?plan=${activity.plan.id}`}>← Aktiviteter</Link>
      </p>
      <h1>Ändra aktivitet</h1>
      <p className="lead">
        {activity.plan.title}
        {activity.removed && ' · borttagen (återställ den i listan för att den ska synas igen)'}
      </p>
      <ActivityForm
        orgSlug={org.slug}
        target={{ activityId: activity.id, version: activity.version }}
        options={options}
        values={activity.values}
      />
    </div>
  );
}

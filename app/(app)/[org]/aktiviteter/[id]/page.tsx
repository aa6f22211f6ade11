import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { ActivityForm } from '@/components/activities/activity-form';
import { activityForEdit, activityFormOptions } from '@/lib/activities/edit-queries';
import { requirePermission } from '@/lib/auth/session';
import { gapsClosedByActivity } from '@/lib/gaps/queries';
import { notFoundUnlessAddressable } from '@/lib/route-params';

export const metadata: Metadata = { title: 'Ändra aktivitet' };

export default async function EditActivityPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  notFoundUnlessAddressable({ id });
  const { org } = await requirePermission(slug, 'edit:activity');
  const activity = await activityForEdit(org.access, id);
  if (!activity) notFound();
  const options = await activityFormOptions(org.access, activity.plan.strategySetId);
  const gaps = await gapsClosedByActivity(org.access, activity.id);
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
      <section aria-labelledby="kompetensgap" className="card">
        <h2 id="kompetensgap">Kompetensgap som aktiviteten sluter</h2>
        {gaps.length === 0 ? (
          <p>Aktiviteten är inte kopplad till något kompetensgap. Koppla den från kompetensgapet.</p>
        ) : (
          <ul>
            {gaps.map((g) => (
              <li key={g.id}>
                <Link href={`/${org.slug}/kompetensbehov/${g.startYear}/kompetensgap/${g.id}`}>{g.description}</Link> (
                {g.area})
              </li>
            ))}
          </ul>
        )}
      </section>
      <ActivityForm
        orgSlug={org.slug}
        target={{ activityId: activity.id, version: activity.version }}
        options={options}
        values={activity.values}
      />
    </div>
  );
}

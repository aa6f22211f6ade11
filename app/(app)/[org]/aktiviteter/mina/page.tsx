import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { FollowUpCard, type FollowUpCardItem } from '@/components/activities/follow-up-card';
import { periodLabel } from '@/lib/activities/periods';
import { type WorklistItem, followUpWorklist } from '@/lib/activities/worklist';
import { requirePermission } from '@/lib/auth/session';
import { formatDate, formatDateTime, formatInteger } from '@/lib/format';

export const metadata: Metadata = { title: 'Mina aktiviteter' };

export default async function MyActivitiesPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requirePermission(slug, 'follow-up:activity');
  const worklist = await followUpWorklist(org.access);
  const label = periodLabel(worklist.period);
  const period = { year: worklist.period.year, period: worklist.period.period, label };
  return (
    <div className="stack">
      <h1>Mina aktiviteter</h1>
      <p className="lead">
        Uppföljning för {label.toLowerCase()}
        {worklist.planTitle ? ` · ${worklist.planTitle}` : ''}
      </p>
      {worklist.items.length === 0 ? (
        <p>
          Det finns inga aktiviteter att följa upp för perioden.{' '}
          <Link href={`/${org.slug}/aktiviteter`}>Se alla aktiviteter</Link>
        </p>
      ) : (
        <>
          <p role="status">
            {worklist.missing === 0
              ? `Alla ${formatInteger(worklist.items.length)} aktiviteter är uppföljda för perioden.`
              : `${formatInteger(worklist.missing)} av ${formatInteger(worklist.items.length)} aktiviteter behöver följas upp.`}
          </p>
          <ol className="follow-up-list list-plain">
            {worklist.items.map((item) => (
              <li key={item.id}>
                <FollowUpCard orgSlug={org.slug} period={period} item={toCardItem(item)} />
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

function toCardItem(item: WorklistItem): FollowUpCardItem {
  return {
    id: item.id,
    version: item.version,
    title: item.title,
    goal: item.goal,
    department: item.department,
    dueDate: item.dueDate ? formatDate(item.dueDate) : null,
    owner: item.owner,
    status: item.status,
    displayStatus: item.displayStatus,
    current: item.current && {
      status: item.current.status,
      comment: item.current.comment,
      savedAt: formatDateTime(item.current.createdAt),
      authorName: item.current.authorName,
    },
    previous: item.previous && {
      periodLabel: periodLabel(item.previous),
      status: item.previous.status,
      comment: item.previous.comment,
    },
  };
}

import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ActionForm } from '@/components/plans/action-form';
import { requirePermission } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format';
import { listNotifications } from '@/lib/notifications/queries';
import { markNotificationsRead } from '../../_actions/notifications';

export const metadata: Metadata = { title: 'Notiser' };

export default async function NotificationsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const context = await requirePermission(slug, 'read:notifications');
  const notifications = await listNotifications(context.viewer.id, context.org.access);
  const unread = notifications.filter((n) => !n.readAt).length;
  return (
    <div className="stack">
      <h1>Notiser</h1>
      <p className="lead">{unread ? `${unread} olästa.` : 'Inga olästa notiser.'}</p>
      {unread > 0 && (
        <ActionForm action={markNotificationsRead} hidden={{ org: slug }} submitLabel="Markera alla som lästa" />
      )}
      {notifications.length === 0 ? (
        <p>Du har inga notiser.</p>
      ) : (
        <ul className="list-plain">
          {notifications.map((n) => (
            <li key={n.id}>
              {!n.readAt && <span className="badge badge--info">Ny</span>} <Link href={n.link}>{n.title}</Link>{' '}
              <span className="muted">{formatDateTime(n.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

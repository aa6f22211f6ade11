import 'server-only';
import { defineAction } from '../auth/guard';
import { markNotificationsSchema } from '../review/schemas';

/** "Markera alla som lästa": the caller's own notifications in this organisation, nobody else's. */
export const markNotificationsReadAction = defineAction({
  name: 'notifications.mark-read',
  schema: markNotificationsSchema,
  permission: 'read:notifications',
  run: async ({ tx, context }) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: context.viewer.id, organizationId: context.org.id, readAt: null },
      data: { readAt: new Date() },
    });
    return {
      ok: true,
      data: { message: count ? `${count} notiser markerade som lästa.` : 'Inga olästa notiser.' },
      audit: { entityType: 'Notification', entityId: context.viewer.id, details: { after: { read: count } } },
    };
  },
  revalidate: ({ context }) => [`/${context.org.slug}`],
});

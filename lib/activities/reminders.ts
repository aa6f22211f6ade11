import 'server-only';
import { memberOrganization } from '../auth/data-access';
import { type OrgAccess, scopeFor } from '../auth/permissions';
import { getDb } from '../db/client';
import { formatDate } from '../format';
import { requestOrigin } from '../http/request-origin';
import { absoluteLink, sendNotificationEmail } from '../notifications/email';
import { defaultDeadline, reportingPeriod } from './periods';
import { reminderFor } from './reminder-rule';
import { followUpWorklist } from './worklist';

/**
 * A manager's in-app reminder when follow-ups of the reporting period are missing and the deadline (HR's, or
 * the default) is near or passed. Called as the manager signs in (lib/auth/sign-in.ts) and by the daily job
 * (lib/jobs/follow-up-reminders.ts), never while a page renders: cheap until the window opens (one lookup of the
 * deadline), and written once per period and organisation (the notification's dedupe key is unique per user, so two
 * sign-ins at once, or a sign-in and the job, cannot remind twice), and mailed too where SMTP is configured.
 * Without follow-up duties, nothing. Returns whether this call wrote the reminder.
 */
export async function remindOfMissingFollowUps(
  input: { userId: string; access: OrgAccess; orgSlug: string },
  today: Date = new Date(),
): Promise<boolean> {
  const organizationId = memberOrganization(input.access);
  if (scopeFor(input.access, 'follow-up:activity').kind !== 'departments') return false;
  const period = reportingPeriod(today);
  const db = await getDb();
  const set = await db.followUpDeadline.findUnique({
    where: { organizationId_year_period: { organizationId, ...period } },
    select: { dueDate: true },
  });
  const deadline = set?.dueDate ?? defaultDeadline(period);
  // The window is checked before anything heavier: most page loads stop here.
  if (!reminderFor({ today, deadline, period, missing: 1, formatDate })) return false;
  const dedupeKey = `${organizationId}:follow-up-due:${period.year}:${period.period}`;
  if (await db.notification.findUnique({ where: { userId_dedupeKey: { userId: input.userId, dedupeKey } } }))
    return false;
  const worklist = await followUpWorklist(input.access, today);
  const reminder = reminderFor({ today, deadline, period, missing: worklist.missing, formatDate });
  if (!reminder) return false;
  const link = `/${input.orgSlug}/aktiviteter/mina`;
  const { count } = await db.notification.createMany({
    data: [
      {
        userId: input.userId,
        organizationId,
        kind: 'follow-up-due',
        title: reminder.title,
        link,
        dedupeKey,
      },
    ],
    skipDuplicates: true,
  });
  // Only the call that wrote the reminder mails it, so concurrent sign-ins (and the job) send one e-mail.
  if (count === 1) {
    const user = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { email: true } });
    await sendNotificationEmail({
      to: user.email,
      subject: 'Påminnelse: uppföljning av aktiviteter',
      text: `${reminder.title}\n\nFölj upp dem under Mina aktiviteter: ${absoluteLink(link, await requestOrigin())}\n\n– Kompetensplan`,
    });
  }
  return count === 1;
}

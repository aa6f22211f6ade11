import 'server-only';
import { remindOfMissingFollowUps } from '../activities/reminders';
import { recordAudit } from '../audit';
import { loadViewer } from '../auth/session';
import { ROLES, grantsOf } from '../auth/permissions';
import type { Db } from '../db/client';
import { log } from '../log/logger';
import type { JobSummary } from './definitions';

/** The roles that follow up their own departments' activities: those the reminder is for. */
const FOLLOW_UP_ROLES = ROLES.filter((role) => grantsOf(role).includes('follow-up:activity:own-department'));

/**
 * The daily reminder: every active manager with follow-up duties whose follow-ups are missing in the reminder
 * window gets the in-app reminder and, where SMTP is configured, one e-mail, whether or not they sign in. The
 * same function as at sign-in (lib/activities/reminders.ts) with the same dedupe key, so sign-in and job never
 * remind twice, and a rerun after a failure reminds nobody again. One audit row per organisation reminded.
 */
export async function remindManagersOfMissingFollowUps(db: Db, now: Date): Promise<JobSummary> {
  const managers = await db.user.findMany({
    where: { isActive: true, memberships: { some: { role: { in: FOLLOW_UP_ROLES } } } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  const remindedPerOrganization = new Map<string, number>();
  let failed = 0;
  for (const { id: userId } of managers) {
    try {
      const viewer = await loadViewer(userId);
      for (const org of viewer?.organizations ?? []) {
        if (await remindOfMissingFollowUps({ userId, access: org.access, orgSlug: org.slug }, now)) {
          remindedPerOrganization.set(org.id, (remindedPerOrganization.get(org.id) ?? 0) + 1);
        }
      }
    } catch (error) {
      failed++; // the others are still reminded; the job fails below and its retry picks this one up
      log('warn', 'job step failed', { entry: 'follow-up-reminders', kind: 'job', userId, outcome: 'failed', error });
    }
  }
  for (const [organizationId, reminded] of remindedPerOrganization) {
    await recordAudit(db, {
      action: 'jobs.follow-up-reminders',
      organizationId,
      details: { påmindaChefer: reminded },
    });
  }
  if (failed > 0) throw new Error(`${failed} av ${managers.length} chefers påminnelser misslyckades`);
  const reminded = [...remindedPerOrganization.values()].reduce((sum, n) => sum + n, 0);
  return { managers: managers.length, reminded };
}

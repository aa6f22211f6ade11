import { reportingPeriod } from '@/lib/activities/periods';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createOrganization, createUser } from './factories';

/**
 * An organisation whose follow-ups of the current reporting period are due today (by the real clock, which the
 * scheduled jobs read), with one activity in Äldreomsorg and one in Förskola: a manager of either is due a
 * reminder until they follow it up.
 */
export async function organizationDueForFollowUp(db: PrismaClient, now = new Date()) {
  const current = reportingPeriod(now);
  const activity = (title: string, department: string) => ({
    goal: 'Rätt kompetens',
    title,
    phases: ['UTVECKLA' as const],
    strategies: [],
    department,
    owner: 'Avdelningschef',
    status: 'IN_PROGRESS' as const,
    followUps: [],
  });
  const org = await createOrganization(db, {
    plans: [
      {
        startYear: current.year,
        title: 'Plan',
        status: 'ADOPTED',
        focusStrategies: [],
        sections: [],
        activities: [activity('Handledning', 'Äldreomsorg'), activity('Ledarskap', 'Förskola')],
        gaps: [],
        risks: [],
      },
    ],
  });
  await db.followUpDeadline.create({ data: { organizationId: org.id, ...current, dueDate: now } });
  const user = async (email: string, role: 'MANAGER' | 'HR', departments: string[] = [], isActive = true) => {
    const { id } = await createUser(db, {
      email,
      name: email,
      memberships: [{ org: org.slug, role, ...(role === 'MANAGER' && { departments }) }],
    });
    if (!isActive) await db.user.update({ where: { id }, data: { isActive: false } });
    return id;
  };
  return { ...org, user };
}

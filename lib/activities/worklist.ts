import 'server-only';
import { memberOrganization } from '../auth/data-access';
import { type OrgAccess, scopeFor } from '../auth/permissions';
import { getDb } from '../db/client';
import { type FollowUpRow, currentForPeriod, isUnderFollowUp, previousFollowUp } from './follow-up-state';
import { type FollowUpPeriodRef, reportingPeriod } from './periods';
import { activityScopeWhere, findActivePlan } from './queries';
import { type DisplayStatus, type StoredStatus, displayStatus } from './status';

export type WorklistFollowUp = FollowUpPeriodRef & {
  status: StoredStatus;
  comment: string;
  createdAt: Date;
  authorName: string | null;
};

export type WorklistItem = {
  id: string;
  version: number;
  title: string;
  goal: string;
  department: string | null;
  phase: string;
  dueDate: Date | null;
  owner: string;
  status: StoredStatus;
  displayStatus: DisplayStatus;
  /** This period's follow-up (its latest row), if reported. */
  current: WorklistFollowUp | null;
  /** The latest follow-up of an earlier period, shown for reference. */
  previous: WorklistFollowUp | null;
};

export type Worklist = { period: FollowUpPeriodRef; planTitle: string | null; items: WorklistItem[]; missing: number };

/**
 * The activities the caller follows up in the reporting period, with what is reported so far. The one source of
 * both "Mina aktiviteter" and the start page's "behöver följas upp" count, so the two cannot disagree.
 * A manager gets only their departments' activities (the scope is folded into the query).
 */
export async function followUpWorklist(access: OrgAccess, today: Date = new Date()): Promise<Worklist> {
  memberOrganization(access);
  const period = reportingPeriod(today);
  const plan = await findActivePlan(access);
  if (!plan) return { period, planTitle: null, items: [], missing: 0 };
  const db = await getDb();
  const rows = await db.activity.findMany({
    where: { planId: plan.id, removedAt: null, ...activityScopeWhere(scopeFor(access, 'follow-up:activity')) },
    include: {
      department: { select: { name: true } },
      ubaraPhase: { select: { name: true } },
      followUps: { include: { author: { select: { name: true } } } },
    },
    orderBy: [{ department: { sortOrder: 'asc' } }, { sortOrder: 'asc' }, { createdAt: 'asc' }],
  });
  const items: WorklistItem[] = [];
  for (const row of rows) {
    const history: WorklistFollowUp[] = row.followUps.map((f) => ({
      year: f.year,
      period: f.period,
      status: f.status,
      comment: f.comment,
      createdAt: f.createdAt,
      authorName: f.author?.name ?? null,
    }));
    if (!isUnderFollowUp(row, history satisfies FollowUpRow[], period)) continue;
    items.push({
      id: row.id,
      version: row.version,
      title: row.title,
      goal: row.goal,
      department: row.department?.name ?? null,
      phase: row.ubaraPhase.name,
      dueDate: row.dueDate,
      owner: row.ownerText,
      status: row.status,
      displayStatus: displayStatus(row, today),
      current: currentForPeriod(history, period),
      previous: previousFollowUp(history, period),
    });
  }
  return { period, planTitle: plan.title, items, missing: items.filter((i) => !i.current).length };
}

import 'server-only';
import { organizationFor } from '../auth/data-access';
import { type OrgAccess, scopeFor } from '../auth/permissions';
import { getDb } from '../db/client';
import { formatDate } from '../format';
import { planVisibilityWhere } from '../plans/queries';
import { type GapPriority, type RegisterStatus, compareGaps } from './labels';
import { gapScopeWhere, linkedActivityWhere } from './scope';

/**
 * The competence gap register of a plan as its readers see it: HR the whole register, a manager the gaps of their
 * departments and the organisation-wide ones, with only the activities their scope reaches. Union reps read the
 * register only as frozen with the version sent to their meeting (frozen-tables.ts), never live.
 */

type Named = { id: string; name: string };

export type GapView = {
  id: string;
  version: number;
  area: string;
  description: string;
  priority: GapPriority;
  status: RegisterStatus;
  sortOrder: number;
  departments: Named[];
  occupations: Named[];
  activities: { id: string; title: string }[];
  risks: { id: string; title: string }[];
  comments: { id: string; date: string; author: string; text: string }[];
};

export type RegisterPlan = { id: string; title: string; startYear: number; endYear: number };

function gapInclude(access: OrgAccess) {
  const scope = scopeFor(access, 'read:activity');
  return {
    departments: { include: { department: { select: { id: true, name: true, sortOrder: true } } } },
    occupations: { include: { occupation: { select: { id: true, name: true } } } },
    activities: {
      where: { activity: linkedActivityWhere(scope) },
      include: { activity: { select: { id: true, title: true, sortOrder: true } } },
      orderBy: { activity: { sortOrder: 'asc' } },
    },
    risks: { include: { risk: { select: { id: true, title: true } } } },
    comments: { orderBy: { createdAt: 'asc' } },
  } as const;
}

type GapRow = Awaited<ReturnType<typeof readGaps>>[number];

const readGaps = async (access: OrgAccess, where: { planId?: string; id?: string }) =>
  (await getDb()).competenceGap.findMany({
    where: { AND: [where, { plan: planVisibilityWhere(access) }, gapScopeWhere(scopeFor(access, 'read:activity'))] },
    include: gapInclude(access),
  });

function toView(g: GapRow): GapView {
  return {
    id: g.id,
    version: g.version,
    area: g.area,
    description: g.description,
    priority: g.priority,
    status: g.status,
    sortOrder: g.sortOrder,
    departments: g.departments
      .map((d) => d.department)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'sv'))
      .map(({ id, name }) => ({ id, name })),
    occupations: g.occupations.map((o) => o.occupation).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    activities: g.activities.map(({ activity: { id, title } }) => ({ id, title })),
    risks: g.risks.map((r) => r.risk),
    comments: g.comments.map((c) => ({
      id: c.id,
      date: formatDate(c.createdAt),
      author: c.authorName,
      text: c.text,
    })),
  };
}

/** The plan of the given start year the caller may read, or null. */
export async function readablePlan(access: OrgAccess, startYear: number): Promise<RegisterPlan | null> {
  organizationFor(access, 'read:activity');
  const db = await getDb();
  return db.plan.findFirst({
    where: { ...planVisibilityWhere(access), startYear },
    select: { id: true, title: true, startYear: true, endYear: true },
  });
}

/** The register of the plan starting `startYear`: open gaps first, high priority first. Null: no such plan. */
export async function loadGapRegister(
  access: OrgAccess,
  startYear: number,
): Promise<{ plan: RegisterPlan; gaps: GapView[] } | null> {
  const plan = await readablePlan(access, startYear);
  if (!plan) return null;
  const gaps = (await readGaps(access, { planId: plan.id })).map(toView).sort(compareGaps);
  return { plan, gaps };
}

/** One gap the caller may read, with its plan, or null. */
export async function loadGap(access: OrgAccess, gapId: string): Promise<(GapView & { plan: RegisterPlan }) | null> {
  organizationFor(access, 'read:activity');
  const [row] = await readGaps(access, { id: gapId.slice(0, 64) });
  if (!row) return null;
  const plan = await (
    await getDb()
  ).plan.findUniqueOrThrow({
    where: { id: row.planId },
    select: { id: true, title: true, startYear: true, endYear: true },
  });
  return { ...toView(row), plan };
}

/** The gaps an activity closes (the activity's side of the link), as far as the caller reads them. */
export async function gapsClosedByActivity(
  access: OrgAccess,
  activityId: string,
): Promise<{ id: string; area: string; description: string; startYear: number }[]> {
  organizationFor(access, 'read:activity');
  const db = await getDb();
  const rows = await db.competenceGap.findMany({
    where: {
      AND: [
        { activities: { some: { activityId: activityId.slice(0, 64) } } },
        { plan: planVisibilityWhere(access) },
        gapScopeWhere(scopeFor(access, 'read:activity')),
      ],
    },
    select: { id: true, area: true, description: true, sortOrder: true, plan: { select: { startYear: true } } },
    orderBy: { sortOrder: 'asc' },
  });
  return rows.map((g) => ({ id: g.id, area: g.area, description: g.description, startYear: g.plan.startYear }));
}

type Option = { id: string; label: string };

/** The choices of HR's gap and risk forms for one plan: open departments, occupations, the plan's activities and gaps. */
export async function registerFormOptions(
  access: OrgAccess,
  planId: string,
): Promise<{ departments: Option[]; occupations: Option[]; activities: Option[]; gaps: Option[]; areas: string[] }> {
  const organizationId = organizationFor(access, 'edit:plan');
  const db = await getDb();
  const [departments, occupations, activities, gaps, areas] = await Promise.all([
    db.department.findMany({
      where: { organizationId, closedAt: null },
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    }),
    db.occupation.findMany({ where: { organizationId }, orderBy: { name: 'asc' } }),
    db.activity.findMany({
      where: { planId, plan: { organizationId }, removedAt: null },
      orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, title: true },
    }),
    db.competenceGap.findMany({
      where: { planId, plan: { organizationId } },
      orderBy: { sortOrder: 'asc' },
      select: { id: true, area: true, description: true },
    }),
    db.competenceGap.findMany({
      where: { plan: { organizationId } },
      distinct: ['area'],
      select: { area: true },
      orderBy: { area: 'asc' },
    }),
  ]);
  return {
    departments: departments.map((d) => ({ id: d.id, label: d.name })),
    occupations: occupations.map((o) => ({ id: o.id, label: o.name })),
    activities: activities.map((a) => ({ id: a.id, label: a.title })),
    gaps: gaps.map((g) => ({ id: g.id, label: `${g.area}: ${g.description}` })),
    areas: areas.map((a) => a.area),
  };
}

import 'server-only';
import type { OrgAccess } from '../auth/permissions';
import { getDb } from '../db/client';
import { MEASURES } from '../statistics/measures';
import { collectFigures, type Doc } from './document';
import { resolveFigures } from './figure-queries';
import { figureAvailability } from './figure-availability';
import { MEASURE_LABELS, displayFigure, isMeasure } from './figures';
import { organizationFigures } from '../statistics/import/visible';
import { organizationFor } from '../auth/data-access';
import { koladaInsertChoices } from '../kolada/insert-choices';

/** Presence older than this is someone who closed the tab without saying goodbye. */
export const PRESENCE_TTL_MS = 60_000;

/** What the edit route needs: the section, its plan, the statistics one can bind figures to. */
export async function loadSectionForEditing(access: OrgAccess, startYear: number, sectionId: string) {
  const organizationId = organizationFor(access, 'edit:plan');
  const db = await getDb();
  const section = await db.planSection.findFirst({
    where: { id: sectionId, plan: { organizationId, startYear } },
    include: { plan: { select: { id: true, title: true, status: true, startYear: true } } },
  });
  if (!section) return null;
  const [available, departments, occupations, figures, comparisons] = await Promise.all([
    // The yearly figures' measure, year and picker dimensions: what "Infoga siffra" can offer with data behind it.
    db.staffStatistic.groupBy({
      by: ['measure', 'year', 'departmentId', 'occupationId', 'employmentForm', 'gender'],
      where: { ...organizationFigures(organizationId), measure: { in: [...MEASURES] }, tertial: null },
    }),
    db.department.findMany({
      where: { organizationId },
      orderBy: { sortOrder: 'asc' },
      select: { id: true, name: true, parentId: true },
    }),
    db.occupation.findMany({
      where: { organizationId },
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
    }),
    resolveFigures(db, organizationId, collectFigures(section.body as Doc)),
    koladaInsertChoices(db),
  ]);
  const measures = [...new Set(available.map((a) => a.measure))].filter(isMeasure);
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  const occupationName = new Map(occupations.map((o) => [o.id, o.name]));
  const availability = figureAvailability(
    available.map((a) => ({
      measure: a.measure,
      year: a.year,
      department: a.departmentId ? (departmentName.get(a.departmentId) ?? null) : null,
      occupation: a.occupationId ? (occupationName.get(a.occupationId) ?? null) : null,
      employmentForm: a.employmentForm,
      gender: a.gender,
    })),
  );
  const previews = Object.fromEntries([...figures].map(([key, f]) => [key, displayFigure(f)]));
  return {
    section: { ...section, body: section.body as Doc },
    choices: {
      measures: MEASURES.filter((m) => measures.includes(m)).map((m) => ({ value: m, label: MEASURE_LABELS[m] })),
      departments: departments.filter((d) => d.parentId === null).map((d) => d.name),
      occupations: occupations.map((o) => o.name),
      years: [...new Set(available.map((a) => a.year))].sort((a, b) => b - a),
      availability,
      comparisons,
    },
    previews,
  };
}

/** Records that the user has the section open and returns who else has had it open within the last minute. */
export async function touchPresence(access: OrgAccess, sectionId: string, userId: string) {
  const organizationId = organizationFor(access, 'edit:plan');
  const db = await getDb();
  const inOrg = await db.planSection.count({ where: { id: sectionId, plan: { organizationId } } });
  if (!inOrg) return null;
  const now = new Date();
  await db.planSectionPresence.upsert({
    where: { sectionId_userId: { sectionId, userId } },
    create: { sectionId, userId, seenAt: now },
    update: { seenAt: now },
  });
  const others = await db.planSectionPresence.findMany({
    where: { sectionId, userId: { not: userId }, seenAt: { gte: new Date(now.getTime() - PRESENCE_TTL_MS) } },
    include: { user: { select: { name: true } } },
    orderBy: { seenAt: 'desc' },
  });
  return others.map((o) => o.user.name);
}

/** A section's every saved version, newest first, with authors (kept after the section is removed). */
export async function loadSectionHistory(access: OrgAccess, startYear: number, sectionId: string) {
  const organizationId = organizationFor(access, 'edit:plan');
  const db = await getDb();
  const section = await db.planSection.findFirst({
    where: { id: sectionId, plan: { organizationId, startYear } },
    include: {
      plan: { select: { title: true, status: true } },
      revisions: { orderBy: { version: 'desc' }, include: { createdBy: { select: { name: true } } } },
    },
  });
  if (!section) return null;
  return {
    section: { id: section.id, title: section.title, version: section.version, removedAt: section.removedAt },
    plan: section.plan,
    revisions: section.revisions.map((r) => ({
      id: r.id,
      version: r.version,
      title: r.title,
      body: r.body as Doc,
      createdAt: r.createdAt,
      authorName: r.createdBy?.name ?? 'Okänd',
    })),
  };
}

/** Every section of a plan (removed ones too, marked), with the people and departments to choose among. */
export async function loadSectionsForManaging(access: OrgAccess, startYear: number) {
  const organizationId = organizationFor(access, 'edit:plan');
  const db = await getDb();
  const plan = await db.plan.findFirst({
    where: { organizationId, startYear },
    include: {
      sections: {
        orderBy: { sortOrder: 'asc' },
        select: { id: true, title: true, version: true, ownerId: true, departmentId: true, removedAt: true },
      },
    },
  });
  if (!plan) return null;
  const [members, departments] = await Promise.all([
    db.membership.findMany({
      where: { organizationId, user: { isActive: true } },
      include: { user: { select: { id: true, name: true } } },
      orderBy: { user: { name: 'asc' } },
    }),
    db.department.findMany({
      where: { organizationId, parentId: null },
      orderBy: { sortOrder: 'asc' },
      select: { id: true, name: true },
    }),
  ]);
  const people = [...new Map(members.map((m) => [m.user.id, m.user])).values()];
  return {
    plan: { id: plan.id, title: plan.title, status: plan.status },
    sections: plan.sections,
    people,
    departments,
  };
}

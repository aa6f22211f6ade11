import 'server-only';
import { memberOrganization } from '../auth/data-access';
import { cache } from 'react';
import { type OrgAccess, can } from '../auth/permissions';
import { getDb } from '../db/client';
import { cached, dataVersion } from '../statistics/cache';
import type { PlanSnapshotKind, PlanStatus } from '../generated/prisma/client';
import { CLAIMS, type Contradiction, findContradictions } from './contradictions';
import { bindingKey, collectFigures, type Doc, plainText } from './document';
import { figuresForReader, resolveFigures } from './figure-queries';
import type { ResolvedFigure } from './figures';
import { planVisibilityWhere } from './queries';
import { type FrozenTables, readFrozenTables } from './frozen-tables';
import { type InForce, versionInForce } from './in-force';
import { readSnapshotContent } from './snapshot-content';

export const SNAPSHOT_KIND_LABELS: Record<PlanSnapshotKind, string> = {
  REVIEW: 'Skickad till samverkan',
  ADOPTED: 'Fastställd',
};

export type ReadingSection = {
  id: string;
  title: string;
  body: Doc;
  version: number | null;
  departmentName: string | null;
  ownerName: string | null;
};

export type SnapshotListItem = {
  id: string;
  kind: PlanSnapshotKind;
  planVersion: number;
  createdAt: Date;
  authorName: string | null;
};

export type PlanReading = {
  plan: {
    id: string;
    title: string;
    startYear: number;
    endYear: number;
    status: PlanStatus;
    version: number;
    planVersion: number;
    decisionDate: Date | null;
    decisionReference: string | null;
    diarienummer: string | null;
    focusStrategies: string[];
    /** The adopted version still in force while a later version is worked on. */
    inForce: InForce | null;
  };
  /** The frozen version shown, or null for the live plan. */
  snapshot: SnapshotListItem | null;
  /** The snapshot's frozen tables (null for the live plan, or a snapshot frozen before tables were). */
  tables: FrozenTables | null;
  sections: ReadingSection[];
  figures: Record<string, ResolvedFigure>;
  snapshots: SnapshotListItem[];
  /** Hand-typed numbers that contradict the statistics (live plans, for those who may edit). */
  contradictions: Contradiction[];
};

/**
 * The reading view of a plan. Readers who may see drafts read the live plan (figures resolved now, in one
 * query) unless they ask for a snapshot; union representatives always read the latest frozen snapshot, since
 * what was sent to samverkan is what they review.
 */
export const loadPlanReading = cache(
  async (access: OrgAccess, startYear: number, snapshotId: string | null): Promise<PlanReading | null> => {
    memberOrganization(access);
    const db = await getDb();
    const plan = await db.plan.findFirst({
      where: { ...planVisibilityWhere(access), startYear },
      include: {
        focusStrategies: { include: { strategy: true } },
        snapshots: {
          orderBy: { createdAt: 'desc' },
          select: { id: true, kind: true, planVersion: true, createdAt: true, createdBy: { select: { name: true } } },
        },
      },
    });
    if (!plan) return null;
    const snapshots: SnapshotListItem[] = plan.snapshots.map((s) => ({
      id: s.id,
      kind: s.kind,
      planVersion: s.planVersion,
      createdAt: s.createdAt,
      authorName: s.createdBy?.name ?? null,
    }));
    const base = {
      id: plan.id,
      title: plan.title,
      startYear: plan.startYear,
      endYear: plan.endYear,
      status: plan.status,
      version: plan.version,
      planVersion: plan.planVersion,
      decisionDate: plan.decisionDate,
      decisionReference: plan.decisionReference,
      diarienummer: plan.diarienummer,
      focusStrategies: plan.focusStrategies.map((f) => f.strategy.name),
      inForce: versionInForce(
        plan,
        await db.planSnapshot.findMany({
          where: { planId: plan.id, kind: 'ADOPTED', planVersion: { lt: plan.planVersion } },
          select: { planVersion: true, content: true },
        }),
      ),
    };
    const wanted = snapshotId ?? (can(access, 'read:plan:draft') ? null : (snapshots[0]?.id ?? null));
    if (wanted || !can(access, 'read:plan:draft')) {
      const chosen = snapshots.find((s) => s.id === wanted);
      if (!chosen) return null;
      const row = await db.planSnapshot.findUniqueOrThrow({ where: { id: chosen.id } });
      const content = readSnapshotContent(row.content);
      if (!content) return null;
      const departments = await departmentNames(access.organizationId);
      return {
        plan: base,
        snapshot: chosen,
        tables: readFrozenTables(row.content),
        sections: content.sections.map((s) => ({
          id: s.id,
          title: s.title,
          body: s.body,
          version: null,
          departmentName: s.departmentId ? (departments.get(s.departmentId) ?? null) : null,
          ownerName: null,
        })),
        figures: await figuresForReader(db, access, content.figures),
        snapshots,
        contradictions: [],
      };
    }
    const sections = await db.planSection.findMany({
      where: { planId: plan.id, removedAt: null },
      orderBy: { sortOrder: 'asc' },
      include: { owner: { select: { name: true } }, department: { select: { name: true } } },
    });
    const bindings = sections.flatMap((s) => collectFigures(s.body as Doc));
    // The contradiction check's figures are resolved in the same query as the page's live figures.
    const checkYear = can(access, 'edit:plan') ? await latestStatisticsYear(access.organizationId) : null;
    const claimBindings = checkYear ? CLAIMS.map((c) => c.binding(checkYear)) : [];
    // The same figures for every reader (they do not depend on the viewer): kept under the organisation's data
    // version (lib/statistics/cache.ts), so a plan of many figures costs one query per change of the statistics.
    const wantedFigures = [...bindings, ...claimBindings];
    const version = await dataVersion(db, access.organizationId);
    const figures = await cached(
      'plan-figures',
      access.organizationId,
      version,
      [...new Set(wantedFigures.map(bindingKey))].sort().join('\n'),
      () => resolveFigures(db, access.organizationId, wantedFigures),
    );
    const contradictions = checkYear
      ? findContradictions(
          sections.map((s) => ({ title: s.title, text: plainText(s.body as Doc) })),
          figures,
          checkYear,
          bindingKey,
        )
      : [];
    return {
      plan: base,
      snapshot: null,
      tables: null,
      sections: sections.map((s) => ({
        id: s.id,
        title: s.title,
        body: s.body as Doc,
        version: s.version,
        departmentName: s.department?.name ?? null,
        ownerName: s.owner?.name ?? null,
      })),
      figures: await figuresForReader(db, access, Object.fromEntries(figures)),
      snapshots,
      contradictions,
    };
  },
);

async function departmentNames(organizationId: string): Promise<Map<string, string>> {
  const db = await getDb();
  const rows = await db.department.findMany({ where: { organizationId }, select: { id: true, name: true } });
  return new Map(rows.map((d) => [d.id, d.name]));
}

async function latestStatisticsYear(organizationId: string): Promise<number | null> {
  const db = await getDb();
  const latest = await db.statisticYear.aggregate({
    where: { organizationId, measure: 'headcount' },
    _max: { year: true },
  });
  return latest._max.year;
}

import 'server-only';
import { loadRegister } from '../plans/activity-register';
import { type OrgAccess, can } from '../auth/permissions';
import { loadGapRegister } from '../gaps/queries';
import { loadRiskRegister } from '../risks/queries';
import type { RegisterTables } from './plan-registers';
import { getDb } from '../db/client';
import { type PlanReading, loadPlanReading } from '../plans/reading';
import { exportFileName } from './file-name';
import { type PlanDocument, planDocument } from './plan-document-model';

/**
 * The plan as this reader may export it (issue 18), read through the same data access as the plan page: the
 * plan's reading (lib/plans/reading.ts, figures suppressed for this reader by the one model) and the register
 * in the reader's scope (lib/activities/register.ts). Which version:
 *   `?version=` a snapshot the reader may open, as on the page;
 *   otherwise an adopted plan exports its adopted version exactly as frozen (what the nämnd decided), and
 *   every other plan what the page shows (union representatives: the version sent to samverkan).
 */
export type PlanExport = {
  doc: PlanDocument;
  planId: string;
  snapshotId: string | null;
  /** Without extension: `Kompetensforsorjningsplan-2026-Socialforvaltningen-faststalld`. */
  baseName: string;
};

export async function loadPlanExport(
  access: OrgAccess,
  startYear: number,
  version: string | null,
  today: Date = new Date(),
): Promise<PlanExport | null> {
  let reading = await loadPlanReading(access, startYear, version);
  if (!reading) return null;
  const adopted = !version && !reading.snapshot && reading.plan.status === 'ADOPTED' ? adoptedSnapshot(reading) : null;
  if (adopted) reading = (await loadPlanReading(access, startYear, adopted)) ?? reading;
  const db = await getDb();
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: access.organizationId },
    select: { name: true, boardName: true },
  });
  const register = reading.snapshot ? null : await loadRegister(access, reading.plan.id, { pageSize: 100_000, today });
  const doc = planDocument({
    reading,
    organization,
    activities: register?.activities ?? null,
    registers: reading.snapshot ? null : await liveRegisters(access, startYear),
    phases: register?.phases ?? [],
    mergeRecruitIntroduce: register?.plan?.mergeRecruitIntroduce ?? false,
    today,
  });
  return {
    doc,
    planId: reading.plan.id,
    snapshotId: reading.snapshot?.id ?? null,
    baseName: exportFileName(
      ['Kompetensforsorjningsplan', String(startYear), organization.name, doc.status.toLowerCase()],
      'x',
    ).slice(0, -2),
  };
}

function adoptedSnapshot(reading: PlanReading): string | null {
  const { plan, snapshots } = reading;
  return snapshots.find((s) => s.kind === 'ADOPTED' && s.planVersion === plan.planVersion)?.id ?? null;
}

/** A live plan's gaps and risks in the reader's scope, shaped as frozen (none for a reader of no live register). */
async function liveRegisters(access: OrgAccess, startYear: number): Promise<RegisterTables | null> {
  if (!can(access, 'read:activity')) return null;
  const [gaps, risks] = await Promise.all([loadGapRegister(access, startYear), loadRiskRegister(access, startYear)]);
  return {
    gaps: gaps?.gaps.map((g) => ({
      id: g.id,
      area: g.area,
      description: g.description,
      departments: g.departments.map((d) => d.name),
      occupations: g.occupations.map((o) => o.name),
      priority: g.priority,
      status: g.status,
      activities: g.activities.map((a) => a.title),
      comments: g.comments.map(({ date, author, text }) => ({ date, author, text })),
    })),
    risks: risks?.risks.map((r) => ({
      id: r.id,
      title: r.title,
      description: r.description,
      likelihood: r.likelihood,
      consequence: r.consequence,
      owner: r.owner,
      mitigation: r.mitigation,
      status: r.status,
      gaps: r.gaps.map((g) => g.description),
      activities: r.activities.map((a) => a.title),
    })),
  };
}

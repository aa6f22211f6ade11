/**
 * Which adopted version of a plan is in force. After "Öppna ny version" the plan row is a draft again, but the
 * version the board adopted still governs until the next one is adopted: every list of plans says so. Pure.
 */
import type { PlanStatus } from '../generated/prisma/client';
import { PLAN_STATUS_LABELS } from './plan-status-labels';

export type InForce = { planVersion: number; decisionDate: string | null };

type PlanLike = { status: PlanStatus; planVersion: number };
type AdoptedSnapshot = { planVersion: number; content: unknown };

/** The newest adopted version older than the one worked on; null when the plan itself is the adopted version. */
export function versionInForce(plan: PlanLike, adopted: readonly AdoptedSnapshot[]): InForce | null {
  if (plan.status === 'ADOPTED') return null;
  const newest = adopted
    .filter((s) => s.planVersion < plan.planVersion)
    .reduce<AdoptedSnapshot | null>((best, s) => (!best || s.planVersion > best.planVersion ? s : best), null);
  if (!newest) return null;
  const decision = (newest.content as { decision?: { decisionDate?: unknown } } | null)?.decision;
  const date = typeof decision?.decisionDate === 'string' ? decision.decisionDate : null;
  return { planVersion: newest.planVersion, decisionDate: date };
}

/** "Fastställd version 1 gäller (beslut 2026-03-12)". */
export function inForceText(inForce: InForce): string {
  return `Fastställd version ${inForce.planVersion} gäller${inForce.decisionDate ? ` (beslut ${inForce.decisionDate})` : ''}`;
}

/** The status as a list shows it: "Utkast, version 2 · Fastställd version 1 gäller (beslut 2026-03-12)". */
export function planStatusText(plan: PlanLike, inForce: InForce | null): string {
  const status = PLAN_STATUS_LABELS[plan.status];
  return inForce ? `${status}, version ${plan.planVersion} · ${inForceText(inForce)}` : status;
}

/** The registers' choices as the UI names them. Pure and client-safe (forms import them). */

export const GAP_PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type GapPriority = (typeof GAP_PRIORITIES)[number];

export const GAP_PRIORITY_LABELS: Record<GapPriority, string> = { HIGH: 'Hög', MEDIUM: 'Medel', LOW: 'Låg' };

export const REGISTER_STATUSES = ['OPEN', 'IN_PROGRESS', 'CLOSED'] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];

export const GAP_STATUS_LABELS: Record<RegisterStatus, string> = {
  OPEN: 'Identifierat',
  IN_PROGRESS: 'Åtgärder pågår',
  CLOSED: 'Åtgärdat',
};

export const RISK_STATUS_LABELS: Record<RegisterStatus, string> = {
  OPEN: 'Aktuell',
  IN_PROGRESS: 'Åtgärder pågår',
  CLOSED: 'Hanterad',
};

/** Open and in-progress gaps and risks roll over into next year's plan; closed ones stay behind. */
export const isOpen = (status: RegisterStatus) => status !== 'CLOSED';

const PRIORITY_RANK: Record<GapPriority, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

/** The register's order: open before closed, high priority first, then as HR ordered them. */
export function compareGaps(
  a: { status: RegisterStatus; priority: GapPriority; sortOrder: number },
  b: { status: RegisterStatus; priority: GapPriority; sortOrder: number },
): number {
  return (
    Number(a.status === 'CLOSED') - Number(b.status === 'CLOSED') ||
    PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
    a.sortOrder - b.sortOrder
  );
}

/** The areas seed 003 groups its gaps under, offered as suggestions (HR may write another). */
export const SUGGESTED_AREAS = [
  'Teknik, IT-system och digitalisering',
  'Säkerhet och riskhantering',
  'Våld och kriminalitet',
  'Pedagogik och kommunikation',
  'Lagar och avtal',
  'Ledarskap och organisationsutveckling',
] as const;

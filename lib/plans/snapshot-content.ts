/** What a frozen snapshot holds: the sections as they read, and every live figure's value as it was shown. Pure. */
import type { Doc } from './document';
import type { ResolvedFigure } from './figures';

export type FrozenSection = { id: string; title: string; departmentId: string | null; body: Doc };

export type SnapshotContent = {
  title: string;
  startYear: number;
  endYear: number;
  sections: FrozenSection[];
  /** By binding key (lib/plans/document.ts bindingKey). */
  figures: Record<string, ResolvedFigure>;
};

type PlanLike = { title: string; startYear: number; endYear: number };
type SectionLike = { id: string; title: string; departmentId: string | null; body: unknown; removedAt?: Date | null };

export function frozenContent(
  plan: PlanLike,
  sections: SectionLike[],
  figures: Map<string, ResolvedFigure>,
): SnapshotContent {
  return {
    title: plan.title,
    startYear: plan.startYear,
    endYear: plan.endYear,
    sections: sections
      .filter((s) => !s.removedAt)
      .map((s) => ({ id: s.id, title: s.title, departmentId: s.departmentId, body: s.body as Doc })),
    figures: Object.fromEntries(figures),
  };
}

/** Reads a stored snapshot defensively: older or hand-edited rows must not break the reading view. */
export function readSnapshotContent(raw: unknown): SnapshotContent | null {
  if (!raw || typeof raw !== 'object') return null;
  const c = raw as Partial<SnapshotContent>;
  if (!Array.isArray(c.sections) || typeof c.title !== 'string') return null;
  return {
    title: c.title,
    startYear: Number(c.startYear),
    endYear: Number(c.endYear),
    sections: c.sections,
    figures: c.figures && typeof c.figures === 'object' ? c.figures : {},
  };
}

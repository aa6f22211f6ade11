/**
 * After samverkan: the version the unions reviewed against the adopted one, section by section (sections matched
 * by id, blocks by blockId through lib/plans/diff.ts), with each question beside its section and the passage it
 * quoted as it reads now — so a union can see whether its point was taken up. Pure.
 */
import type { Doc } from '../plans/document';
import { type BlockDiff, diffDocuments, diffSummary } from '../plans/diff';
import type { SnapshotContent } from '../plans/snapshot-content';
import { type PassageNow, passageNow } from './passages';

export type ComparedQuestion = {
  id: string;
  sectionId: string | null;
  union: string | null;
  text: string;
  quote: string | null;
  status: 'OPEN' | 'ANSWERED' | 'WITHDRAWN';
};

export type SectionComparison = {
  id: string;
  title: string;
  /** The heading it had when reviewed, if it was renamed. */
  titleBefore: string | null;
  /** Where the section stands in the adopted plan (1-based), for the link to it; null when removed. */
  indexNow: number | null;
  status: 'same' | 'changed' | 'added' | 'removed';
  counts: Record<BlockDiff['status'], number>;
  blocks: BlockDiff[];
  questions: (ComparedQuestion & { passage: PassageNow | null })[];
};

const EMPTY: Doc = { type: 'doc', content: [] };

export function compareForReview(
  reviewed: SnapshotContent,
  adopted: SnapshotContent,
  questions: ComparedQuestion[],
): SectionComparison[] {
  const adoptedById = new Map(adopted.sections.map((s, i) => [s.id, { section: s, index: i + 1 }]));
  const reviewedIds = new Set(reviewed.sections.map((s) => s.id));
  const result: SectionComparison[] = [];
  const compare = (id: string, title: string, before: Doc | null, after: Doc | null, titleBefore: string | null) => {
    // An empty paragraph the editor leaves behind is no change a reader can see.
    const blocks = diffDocuments(before ?? EMPTY, after ?? EMPTY).filter(
      (b) => b.status === 'same' || b.status === 'changed' || b.parts.some((p) => p.text.trim()),
    );
    const counts = diffSummary(blocks);
    const status: SectionComparison['status'] = !before
      ? 'added'
      : !after
        ? 'removed'
        : counts.changed + counts.added + counts.removed > 0 || titleBefore
          ? 'changed'
          : 'same';
    result.push({
      id,
      title,
      titleBefore,
      indexNow: adoptedById.get(id)?.index ?? null,
      status,
      counts,
      blocks,
      questions: questions
        .filter((q) => q.sectionId === id)
        .map((q) => ({ ...q, passage: q.quote && before ? passageNow(before, after, q.quote) : null })),
    });
  };
  for (const section of reviewed.sections) {
    const now = adoptedById.get(section.id)?.section ?? null;
    const renamed = now && now.title !== section.title ? section.title : null;
    compare(section.id, now?.title ?? section.title, section.body, now?.body ?? null, renamed);
  }
  for (const section of adopted.sections) {
    if (!reviewedIds.has(section.id)) compare(section.id, section.title, null, section.body, null);
  }
  return result;
}

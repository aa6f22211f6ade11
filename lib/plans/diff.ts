/**
 * Word-level comparison of two versions of a section, block by block. Blocks are matched by their stable
 * `blockId` (so a paragraph edited in place is compared with itself, not with whatever now stands at its index);
 * blocks only in one version are whole additions or removals. Pure: used by "Jämför" and the conflict view.
 */
import { diffWords } from 'diff';
import { type Doc, type DocNode, plainText } from './document';

export type WordPart = { text: string; change: 'same' | 'added' | 'removed' };
export type BlockDiff = { id: string; status: 'same' | 'changed' | 'added' | 'removed'; parts: WordPart[] };

function blockKey(block: DocNode, index: number): string {
  return typeof block.attrs?.blockId === 'string' ? block.attrs.blockId : `#${index}`;
}

export function diffDocuments(before: Doc, after: Doc): BlockDiff[] {
  const oldBlocks = (before.content ?? []).map((b, i) => ({ id: blockKey(b, i), text: plainText(b) }));
  const newBlocks = (after.content ?? []).map((b, i) => ({ id: blockKey(b, i), text: plainText(b) }));
  const oldById = new Map(oldBlocks.map((b, i) => [b.id, { ...b, index: i }]));
  const newIds = new Set(newBlocks.map((b) => b.id));
  const result: BlockDiff[] = [];
  // Removed blocks are shown where they stood: before the next surviving block that followed them.
  let cursor = 0;
  const emitRemovedBefore = (limit: number) => {
    for (; cursor < limit; cursor++) {
      const block = oldBlocks[cursor]!;
      if (!newIds.has(block.id)) {
        result.push({ id: block.id, status: 'removed', parts: [{ text: block.text, change: 'removed' }] });
      }
    }
  };
  for (const block of newBlocks) {
    const old = oldById.get(block.id);
    if (!old) {
      result.push({ id: block.id, status: 'added', parts: [{ text: block.text, change: 'added' }] });
      continue;
    }
    emitRemovedBefore(old.index + 1);
    if (old.text === block.text) {
      result.push({ id: block.id, status: 'same', parts: [{ text: block.text, change: 'same' }] });
      continue;
    }
    const parts = diffWords(old.text, block.text).map((part): WordPart => ({
      text: part.value,
      change: part.added ? 'added' : part.removed ? 'removed' : 'same',
    }));
    result.push({ id: block.id, status: 'changed', parts });
  }
  emitRemovedBefore(oldBlocks.length);
  return result;
}

/** Counts for a summary line ("3 stycken ändrade, 1 tillagt, 0 borttagna"). */
export function diffSummary(blocks: BlockDiff[]): Record<BlockDiff['status'], number> {
  const counts = { same: 0, changed: 0, added: 0, removed: 0 };
  for (const b of blocks) counts[b.status]++;
  return counts;
}

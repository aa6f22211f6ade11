/**
 * Questions are anchored to a section of the frozen plan and, optionally, to a passage of its text. A passage is
 * kept only if it occurs in that section as frozen (whitespace and typographic quotes aside), so a quote in the
 * minutes is always one the unions were actually sent; after adoption the same block (matched by its stable
 * `blockId`) shows how the passage reads now. Pure.
 */
import { type Doc, type DocNode, plainText } from '../plans/document';

/** Whitespace runs become one space, typographic quotes and dashes their plain forms. */
export function normalizePassage(text: string): string {
  return text
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function sectionText(body: Doc): string {
  return plainText(body);
}

export function passageOccursIn(body: Doc, passage: string): boolean {
  const wanted = normalizePassage(passage);
  return wanted.length > 0 && normalizePassage(sectionText(body)).includes(wanted);
}

function blockId(block: DocNode, index: number): string {
  return typeof block.attrs?.blockId === 'string' ? block.attrs.blockId : `#${index}`;
}

/** The block of the section that holds the passage (the first one that does), or null. */
export function blockWithPassage(body: Doc, passage: string): { id: string; text: string } | null {
  const wanted = normalizePassage(passage);
  if (!wanted) return null;
  const blocks = body.content ?? [];
  for (const [index, block] of blocks.entries()) {
    const text = plainText(block);
    if (normalizePassage(text).includes(wanted)) return { id: blockId(block, index), text };
  }
  return null;
}

export type PassageNow =
  | { kind: 'unchanged'; text: string }
  | { kind: 'changed'; before: string; now: string }
  | { kind: 'removed'; before: string }
  | { kind: 'not-found' };

/** How the block that held the passage in the reviewed version reads in the later one. */
export function passageNow(reviewed: Doc, later: Doc | null, passage: string): PassageNow {
  const before = blockWithPassage(reviewed, passage);
  if (!before) return { kind: 'not-found' };
  const block = (later?.content ?? []).find((b, i) => blockId(b, i) === before.id);
  if (!block) return { kind: 'removed', before: before.text };
  const now = plainText(block);
  return normalizePassage(now) === normalizePassage(before.text)
    ? { kind: 'unchanged', text: now }
    : { kind: 'changed', before: before.text, now };
}

/**
 * The plan's rich text: ProseMirror JSON as Tiptap 3 writes it, reduced to an allow-list of nodes, marks and
 * attributes. Everything a section stores has passed `sanitizeDocument`, so the reading view never meets a
 * node, attribute or link it does not know. Pure and client-safe (the editor uses the same names).
 */

export type Mark = { type: string; attrs?: Record<string, unknown> };
export type DocNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
  marks?: Mark[];
};
export type Doc = DocNode & { type: 'doc'; content: DocNode[] };

/** A live figure's binding: a measure of the statistics, its dimensions and year. */
export type FigureBinding = { measure: string; dimensions: Record<string, string>; year: number };

const BLOCKS_WITH_ID = ['paragraph', 'heading', 'bulletList', 'orderedList', 'blockquote', 'table', 'horizontalRule'];

/** Allowed node types and, per type, the attributes kept and how each is checked. */
const NODE_ATTRS: Record<string, Record<string, (value: unknown) => unknown>> = {
  doc: {},
  paragraph: {},
  heading: { level: (v) => (v === 2 || v === 3 || v === 4 ? v : 3) },
  bulletList: {},
  orderedList: { start: (v) => (Number.isInteger(v) && (v as number) > 0 && (v as number) < 10_000 ? v : 1) },
  listItem: {},
  blockquote: {},
  hardBreak: {},
  horizontalRule: {},
  table: {},
  tableRow: {},
  tableHeader: { colspan: span, rowspan: span },
  tableCell: { colspan: span, rowspan: span },
  text: {},
  liveFigure: { measure: figureMeasure, dimensions: figureDimensions, year: figureYear },
};
for (const type of BLOCKS_WITH_ID) NODE_ATTRS[type]!.blockId = blockIdAttr;

const MARK_ATTRS: Record<string, Record<string, (value: unknown) => unknown>> = {
  bold: {},
  italic: {},
  strike: {},
  underline: {},
  code: {},
  link: { href: safeHref },
};

function span(value: unknown): number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 20 ? (value as number) : 1;
}

function blockIdAttr(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(value) ? value : undefined;
}

function figureMeasure(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z]{1,40}$/.test(value) ? value : undefined;
}

function figureYear(value: unknown): number | undefined {
  return Number.isInteger(value) && (value as number) >= 1990 && (value as number) <= 2100
    ? (value as number)
    : undefined;
}

function figureDimensions(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (/^[a-zA-Z]{1,30}$/.test(key) && typeof v === 'string' && v.length <= 200) out[key] = v;
  }
  return out;
}

/** Links may only point to http(s) and mailto; anything else (javascript:, data:, relative tricks) is dropped. */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2000) return undefined;
  const trimmed = value.trim();
  try {
    const url = new URL(trimmed);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const MAX_DEPTH = 30;
const MAX_TEXT = 200_000;

/**
 * Keeps only allowed nodes, marks and attributes; drops links whose href is not http(s)/mailto, live figures
 * without a valid binding, and unknown nodes (their text children are kept as plain text where possible).
 * Top-level blocks get a stable `blockId` (for comparing versions block by block); duplicates are renumbered.
 */
export function sanitizeDocument(raw: unknown, newId: () => string = randomBlockId): Doc {
  const seen = new Set<string>();
  let budget = MAX_TEXT;
  const walk = (node: unknown, depth: number): DocNode[] => {
    if (!node || typeof node !== 'object' || depth > MAX_DEPTH) return [];
    const n = node as Record<string, unknown>;
    const type = typeof n.type === 'string' ? n.type : '';
    const allowed = NODE_ATTRS[type];
    if (!allowed) {
      // Unknown wrapper: keep what it contains, never the wrapper itself.
      return Array.isArray(n.content) ? n.content.flatMap((child) => walk(child, depth + 1)) : [];
    }
    if (type === 'text') {
      if (typeof n.text !== 'string' || n.text.length === 0 || budget <= 0) return [];
      const text = n.text.slice(0, budget);
      budget -= text.length;
      const marks = sanitizeMarks(n.marks);
      return [marks.length ? { type, text, marks } : { type, text }];
    }
    const attrs: Record<string, unknown> = {};
    const rawAttrs = (n.attrs && typeof n.attrs === 'object' ? n.attrs : {}) as Record<string, unknown>;
    for (const [key, check] of Object.entries(allowed)) {
      const value = check(rawAttrs[key]);
      if (value !== undefined) attrs[key] = value;
    }
    if (type === 'liveFigure' && (attrs.measure === undefined || attrs.year === undefined)) return [];
    const out: DocNode = { type };
    if (Object.keys(attrs).length) out.attrs = attrs;
    if (Array.isArray(n.content)) {
      const content = n.content.flatMap((child) => walk(child, depth + 1));
      if (content.length) out.content = content;
    }
    return [out];
  };
  const root = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const blocks = (Array.isArray(root.content) ? root.content : []).flatMap((child) => walk(child, 1));
  const content = blocks
    .map((block) => (block.type === 'text' || block.type === 'liveFigure' ? paragraph([block]) : block))
    .map((block) => {
      if (!BLOCKS_WITH_ID.includes(block.type)) return block;
      let id = block.attrs?.blockId as string | undefined;
      if (!id || seen.has(id)) id = newId();
      seen.add(id);
      return { ...block, attrs: { ...block.attrs, blockId: id } };
    });
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph', attrs: { blockId: newId() } }] };
}

function sanitizeMarks(raw: unknown): Mark[] {
  if (!Array.isArray(raw)) return [];
  const marks: Mark[] = [];
  for (const mark of raw) {
    if (!mark || typeof mark !== 'object') continue;
    const m = mark as Record<string, unknown>;
    const allowed = typeof m.type === 'string' ? MARK_ATTRS[m.type] : undefined;
    if (!allowed || marks.some((existing) => existing.type === m.type)) continue;
    const rawAttrs = (m.attrs && typeof m.attrs === 'object' ? m.attrs : {}) as Record<string, unknown>;
    const attrs: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(allowed)) {
      const value = check(rawAttrs[key]);
      if (value !== undefined) attrs[key] = value;
    }
    if (m.type === 'link' && attrs.href === undefined) continue;
    marks.push(Object.keys(attrs).length ? { type: m.type as string, attrs } : { type: m.type as string });
  }
  return marks;
}

export function randomBlockId(): string {
  return `b${Math.random().toString(36).slice(2, 10)}${Date.now().toString(36).slice(-4)}`;
}

export function paragraph(content: DocNode[], blockId?: string): DocNode {
  return blockId ? { type: 'paragraph', attrs: { blockId }, content } : { type: 'paragraph', content };
}

export function textNode(text: string): DocNode {
  return { type: 'text', text };
}

/**
 * Seed and template text (paragraphs separated by blank lines, "• " bullets) to a document. Ids are derived
 * from a prefix so the seed is deterministic.
 */
export function textToDocument(text: string, idPrefix = 'b'): Doc {
  let counter = 0;
  const id = () => `${idPrefix}${++counter}`;
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block): DocNode => {
      const lines = block
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      if (lines.every((line) => line.startsWith('•'))) {
        return {
          type: 'bulletList',
          attrs: { blockId: id() },
          content: lines.map((line) => ({
            type: 'listItem',
            content: [paragraph(inlineWithFigures(line.replace(/^•\s*/, '')))],
          })),
        };
      }
      return paragraph(inlineWithFigures(lines.join(' ')), id());
    });
  return { type: 'doc', content: blocks.length ? blocks : [paragraph([], id())] };
}

/**
 * `{{measure|dimension=value|…|year}}` in a text becomes a live figure, e.g.
 * `{{headcount|employmentForm=permanent|2024}}`: the seed documents' numbers bound to the statistics.
 */
const FIGURE_MARKER = /\{\{([A-Za-z]+)((?:\|[A-Za-z]+=[^|{}]+)*)\|(\d{4})\}\}/g;

function inlineWithFigures(text: string): DocNode[] {
  const nodes: DocNode[] = [];
  let last = 0;
  for (const match of text.matchAll(FIGURE_MARKER)) {
    if (match.index > last) nodes.push(textNode(text.slice(last, match.index)));
    const dimensions = Object.fromEntries(
      match[2]!
        .split('|')
        .filter(Boolean)
        .map((pair) => pair.split('=') as [string, string]),
    );
    nodes.push({ type: 'liveFigure', attrs: { measure: match[1]!, dimensions, year: Number(match[3]) } });
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push(textNode(text.slice(last)));
  return nodes;
}

/** Plain text of a node, with live figures as their placeholder (used for diffs and the contradiction check). */
export function plainText(node: DocNode, figure: (binding: FigureBinding) => string = () => '[siffra]'): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'liveFigure') return figure(bindingOf(node)!);
  if (node.type === 'hardBreak') return '\n';
  const parts = (node.content ?? []).map((child) => plainText(child, figure));
  const blockish = ['doc', 'bulletList', 'orderedList', 'listItem', 'table', 'tableRow', 'blockquote'];
  return parts.join(blockish.includes(node.type) ? '\n' : node.type === 'tableCell' ? ' ' : '');
}

export function bindingOf(node: DocNode): FigureBinding | null {
  if (node.type !== 'liveFigure' || !node.attrs) return null;
  const { measure, dimensions, year } = node.attrs;
  if (typeof measure !== 'string' || typeof year !== 'number') return null;
  return { measure, year, dimensions: (dimensions ?? {}) as Record<string, string> };
}

/** Every live figure in a document, in reading order. */
export function collectFigures(node: DocNode, out: FigureBinding[] = []): FigureBinding[] {
  const binding = bindingOf(node);
  if (binding) out.push(binding);
  for (const child of node.content ?? []) collectFigures(child, out);
  return out;
}

/** A stable key for a binding: the same figure anywhere in a plan resolves once. */
export function bindingKey(binding: FigureBinding): string {
  const dims = Object.keys(binding.dimensions)
    .sort()
    .map((k) => `${k}=${binding.dimensions[k]}`)
    .join('&');
  return `${binding.measure}|${binding.year}|${dims}`;
}

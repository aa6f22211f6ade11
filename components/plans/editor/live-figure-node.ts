import { Node, mergeAttributes } from '@tiptap/core';

export type LiveFigureOptions = { describe: (attrs: Record<string, unknown>) => string };

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    liveFigure: {
      insertLiveFigure: (attrs: { measure: string; dimensions: Record<string, string>; year: number }) => ReturnType;
    };
  }
}

/**
 * A live figure in the editor: an inline atom carrying {measure, dimensions, year}. The editor shows its label;
 * the reading view (components/plans/document-view.tsx) resolves the value on the server. Each attribute has its
 * own parse/render so nothing else travels through the clipboard.
 */
export const LiveFigure = Node.create<LiveFigureOptions>({
  name: 'liveFigure',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addOptions() {
    return { describe: () => 'siffra' };
  },
  addAttributes() {
    return {
      measure: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-measure'),
        renderHTML: (attrs) => ({ 'data-measure': attrs.measure }),
      },
      year: {
        default: null,
        parseHTML: (el) => Number(el.getAttribute('data-year')) || null,
        renderHTML: (attrs) => ({ 'data-year': attrs.year }),
      },
      dimensions: {
        default: {},
        parseHTML: (el) => {
          try {
            return JSON.parse(el.getAttribute('data-dimensions') ?? '{}') as Record<string, string>;
          } catch {
            return {};
          }
        },
        renderHTML: (attrs) => ({ 'data-dimensions': JSON.stringify(attrs.dimensions ?? {}) }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-live-figure]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return [
      'span',
      mergeAttributes(HTMLAttributes, { 'data-live-figure': '', class: 'live-figure live-figure--editing' }),
      `[${this.options.describe(node.attrs)}]`,
    ];
  },
  renderText({ node }) {
    return `[${this.options.describe(node.attrs)}]`;
  },
  addCommands() {
    return {
      insertLiveFigure:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});

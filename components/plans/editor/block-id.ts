import { Extension } from '@tiptap/core';

/**
 * Keeps each top-level block's `blockId` through editing, so versions can be compared block by block. A split
 * block does not inherit the id (keepOnSplit: false); the server gives new blocks fresh ids when saving.
 */
export const BlockId = Extension.create({
  name: 'blockId',
  addGlobalAttributes() {
    return [
      {
        types: ['paragraph', 'heading', 'bulletList', 'orderedList', 'blockquote', 'table', 'horizontalRule'],
        attributes: {
          blockId: {
            default: null,
            keepOnSplit: false,
            parseHTML: () => null, // pasted text is new text: never reuse ids from the clipboard
            renderHTML: (attrs) => (attrs.blockId ? { 'data-block-id': attrs.blockId } : {}),
          },
        },
      },
    ];
  },
});

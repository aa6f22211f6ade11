'use client';

import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';

/** Formatting buttons with names (aria-pressed shows what is on); all reachable by Tab. */
export function Toolbar({ editor, canUndo }: { editor: Editor; canUndo: boolean }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h3: e.isActive('heading', { level: 3 }),
      h4: e.isActive('heading', { level: 4 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      link: e.isActive('link'),
      table: e.isActive('table'),
    }),
  });
  const chain = () => editor.chain().focus();
  const toggle = (label: string, pressed: boolean, run: () => void) => (
    <button type="button" className="toolbar__button" aria-pressed={pressed} onClick={run}>
      {label}
    </button>
  );
  const action = (label: string, run: () => void, disabled = false) => (
    <button type="button" className="toolbar__button" onClick={run} disabled={disabled}>
      {label}
    </button>
  );
  return (
    <div role="toolbar" aria-label="Formatering" className="toolbar">
      {toggle('Rubrik', active.h3, () => chain().toggleHeading({ level: 3 }).run())}
      {toggle('Underrubrik', active.h4, () => chain().toggleHeading({ level: 4 }).run())}
      {toggle('Fetstil', active.bold, () => chain().toggleBold().run())}
      {toggle('Kursiv', active.italic, () => chain().toggleItalic().run())}
      {toggle('Punktlista', active.bullet, () => chain().toggleBulletList().run())}
      {toggle('Numrerad lista', active.ordered, () => chain().toggleOrderedList().run())}
      {toggle('Länk', active.link, () => {
        if (active.link) {
          chain().unsetLink().run();
          return;
        }
        const href = window.prompt('Adress (https://… eller mailto:…)');
        if (href && /^(https?:\/\/|mailto:)/i.test(href.trim())) chain().setLink({ href: href.trim() }).run();
      })}
      {active.table
        ? action('Ta bort tabell', () => chain().deleteTable().run())
        : action('Infoga tabell', () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run())}
      {active.table && action('Lägg till rad', () => chain().addRowAfter().run())}
      {active.table && action('Lägg till kolumn', () => chain().addColumnAfter().run())}
      {action('Ångra', () => chain().undo().run(), !canUndo)}
      {action('Gör om', () => chain().redo().run())}
    </div>
  );
}

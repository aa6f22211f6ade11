'use client';

import dynamic from 'next/dynamic';
import type { SectionEditorProps } from './section-editor';

/** The editor (Tiptap and ProseMirror) is its own chunk, fetched only on the edit route. */
const SectionEditor = dynamic(() => import('./section-editor'), {
  ssr: false,
  loading: () => <p className="muted">Läser in redigeraren…</p>,
});

export function EditorLoader(props: SectionEditorProps) {
  return <SectionEditor {...props} />;
}

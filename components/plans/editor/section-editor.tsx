'use client';

import { TableKit } from '@tiptap/extension-table';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import { saveSection } from '@/app/(app)/_actions/sections';
import { type Doc, type FigureBinding, bindingKey } from '@/lib/plans/document';
import { figureLabel } from '@/lib/plans/figures';
import { cleanPastedHtml } from '@/lib/plans/paste';
import { BlockId } from './block-id';
import { ConflictView } from './conflict-view';
import { type FigureChoices, InsertFigure } from './insert-figure';
import { InsertComparison } from './insert-comparison';
import { LiveFigure } from './live-figure-node';
import { Toolbar } from './toolbar';

export type SectionEditorProps = {
  orgSlug: string;
  sectionId: string;
  title: string;
  version: number;
  body: Doc;
  choices: FigureChoices;
  /** Current values of the figures the section already holds, by binding key (resolved on the server). */
  previews: Record<string, string>;
};

type Status = { kind: 'idle' | 'saving' | 'saved' | 'error' | 'conflict'; message?: string };

export default function SectionEditor(props: SectionEditorProps) {
  const { orgSlug, sectionId, title, version, body, choices } = props;
  const router = useRouter();
  // The version this text was loaded from (or last merged with): saves are checked against it.
  const [baseVersion, setBaseVersion] = useState(version);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dirty, setDirty] = useState(false);
  const previews = useRef(props.previews);
  const describe = (binding: FigureBinding) => {
    const value = previews.current[bindingKey(binding)];
    return `${figureLabel(binding)} ${binding.year}${value ? `: ${value}` : ''}`;
  };
  const describeRef = useRef(describe);
  const extensions = useMemo(
    () => [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        codeBlock: false,
        link: { openOnClick: false, protocols: ['http', 'https', 'mailto'], defaultProtocol: 'https' },
      }),
      TableKit.configure({ table: { resizable: false } }),
      BlockId,
      LiveFigure.configure({
        describe: (attrs) =>
          describeRef.current({
            measure: String(attrs.measure),
            year: Number(attrs.year),
            dimensions: (attrs.dimensions ?? {}) as Record<string, string>,
          }),
      }),
    ],
    [],
  );
  const editor = useEditor({
    extensions,
    content: body,
    immediatelyRender: false,
    // Tiptap would add its CSS as a <style> element without the request's nonce, which the CSP blocks: the
    // rules are in globals.css instead.
    injectCSS: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': `Text i avsnittet ${title}`,
        class: 'editor__content plan-text',
      },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: () => setDirty(true),
  });
  const canUndo = useEditorState({ editor, selector: (s) => s.editor?.can().undo() ?? false }) ?? false;

  // Another tab or person saved while we were in conflict: the refreshed props carry their text.
  const theirs = status.kind === 'conflict' && version > baseVersion ? { version, body } : null;

  async function save(fromVersion: number) {
    if (!editor) return;
    setStatus({ kind: 'saving', message: 'Sparar…' });
    const result = await saveSection({
      org: orgSlug,
      sectionId,
      version: fromVersion,
      body: JSON.stringify(editor.getJSON()),
    });
    if (result?.ok) {
      setBaseVersion(result.data.version ?? fromVersion + 1);
      setDirty(false);
      setStatus({ kind: 'saved', message: `Sparat som version ${result.data.version}.` });
      // The save does not revalidate (section-mutations.ts): this drops the browser's cached plan pages, so that
      // going back shows the saved text.
      router.refresh();
    } else if (result?.code === 'conflict') {
      setStatus({ kind: 'conflict', message: result.error });
      router.refresh();
    } else {
      setStatus({ kind: 'error', message: result?.error ?? 'Det gick inte att spara.' });
    }
  }

  useEffect(() => {
    // Leaving with unsaved text asks first; the browser words the question.
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  if (!editor) return <p className="muted">Läser in redigeraren…</p>;
  return (
    <div className="editor stack">
      <Toolbar editor={editor} canUndo={canUndo} />
      <div className="editor__inserts">
        <InsertFigure
          choices={choices}
          onInsert={(binding) => editor.chain().focus().insertLiveFigure(binding).run()}
        />
        <InsertComparison
          choices={choices.comparisons}
          onInsert={(content) => editor.chain().focus().insertContent(content).run()}
        />
      </div>
      <EditorContent editor={editor} />
      {theirs && (
        <ConflictView
          mine={editor.getJSON() as Doc}
          theirs={theirs.body}
          theirVersion={theirs.version}
          onKeepMine={() => {
            // The author has seen the saved text: their merged text is saved on top of it.
            setBaseVersion(theirs.version);
            void save(theirs.version);
          }}
          onTakeTheirs={() => {
            editor.commands.setContent(theirs.body);
            setBaseVersion(theirs.version);
            setDirty(false);
            setStatus({ kind: 'idle', message: `Den sparade texten (version ${theirs.version}) är inläst.` });
          }}
          onMergeByHand={() => {
            setBaseVersion(theirs.version);
            setStatus({
              kind: 'idle',
              message: 'Slå ihop texterna i redigeraren och spara. Den sparade versionen finns kvar i historiken.',
            });
          }}
        />
      )}
      <div className="editor__actions">
        <button
          type="button"
          className="button"
          onClick={() => void save(baseVersion)}
          disabled={status.kind === 'saving' || Boolean(theirs)}
        >
          Spara
        </button>
        <span className="muted">Version {baseVersion}</span>
      </div>
      <div aria-live="polite">
        {status.message && (
          <p
            className={`alert ${status.kind === 'saved' ? 'alert--success' : status.kind === 'idle' ? 'alert--info' : 'alert--error'}`}
          >
            {status.message}
          </p>
        )}
      </div>
    </div>
  );
}

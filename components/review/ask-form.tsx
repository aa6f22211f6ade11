'use client';

import { useId, useRef } from 'react';
import { askQuestion } from '@/app/(app)/_actions/review';
import { ActionForm } from '@/components/plans/action-form';
import { KeptTextarea } from '@/components/ui/kept-fields';

/**
 * "Ställ en fråga" about one section of the frozen plan. The passage is optional: select text in the section and
 * press "Hämta markerad text", or paste it; the server keeps it only if it occurs in that section.
 */
export function AskForm({
  orgSlug,
  meetingId,
  sectionId,
  sectionTitle,
  textId,
}: {
  orgSlug: string;
  meetingId: string;
  sectionId: string;
  sectionTitle: string;
  /** The element holding the section's text, where a selection counts. */
  textId: string;
}) {
  const id = useId();
  const quote = useRef<HTMLTextAreaElement>(null);
  const takeSelection = () => {
    const selection = window.getSelection();
    const holder = document.getElementById(textId);
    if (!selection || selection.isCollapsed || !holder || !quote.current) return;
    if (!holder.contains(selection.anchorNode) || !holder.contains(selection.focusNode)) return;
    quote.current.value = selection.toString().trim();
    quote.current.focus();
  };
  return (
    <ActionForm
      action={askQuestion}
      hidden={{ org: orgSlug, meetingId, sectionId }}
      submitLabel="Ställ en fråga"
      buttonClass="button"
      className="stack ask-form"
    >
      <div className="form-field">
        <label htmlFor={`${id}-q`}>Din fråga om ”{sectionTitle}”</label>
        <KeptTextarea id={`${id}-q`} name="question" rows={3} required maxLength={4000} />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-quote`}>Citerat stycke (valfritt)</label>
        <KeptTextarea id={`${id}-quote`} name="quote" rows={2} ref={quote} maxLength={2000} />
        {/* mousedown would clear the selection before the click reads it */}
        <button
          type="button"
          className="button button--link"
          onMouseDown={(e) => e.preventDefault()}
          onClick={takeSelection}
        >
          Hämta markerad text
        </button>
      </div>
    </ActionForm>
  );
}

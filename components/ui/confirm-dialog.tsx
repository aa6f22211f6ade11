'use client';

import { type FormEvent, Fragment, type RefObject, useId, useRef, useState } from 'react';

/** What a confirmation says: what will happen, and the form's values it will happen with. Plain data. */
export type Confirmation = {
  title: string;
  text: string;
  confirmLabel: string;
  /** Form fields echoed in the dialog, e.g. the decision date, so the user checks them before confirming. */
  fields?: { name: string; label: string }[];
};

/**
 * A confirmation step for a form whose submit cannot be undone: the form's own submit opens a native modal
 * `<dialog>` (focus kept inside, Escape closes, focus returns to the button) and only the dialog's button
 * submits. Without JavaScript the form submits directly, as before.
 */
export function useConfirmation(confirmation: Confirmation | undefined) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [values, setValues] = useState<[string, string][]>([]);
  const onSubmit = confirmation
    ? (event: FormEvent<HTMLFormElement>) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        if (submitter?.dataset.confirms === 'true') {
          dialogRef.current?.close();
          return; // the dialog's button: submit
        }
        event.preventDefault();
        const form = event.currentTarget;
        setValues((confirmation.fields ?? []).map((f) => [f.label, shownValue(form, f.name)]));
        dialogRef.current?.showModal();
        cancelRef.current?.focus(); // the safe choice first
      }
    : undefined;
  const dialog = confirmation ? (
    <ConfirmDialog confirmation={confirmation} values={values} dialogRef={dialogRef} cancelRef={cancelRef} />
  ) : null;
  return { onSubmit, dialog };
}

/** A field's value as the user sees it: a select's chosen option by its text, not its id. */
function shownValue(form: HTMLFormElement, name: string): string {
  const field = form.elements.namedItem(name);
  if (field instanceof HTMLSelectElement) return field.selectedOptions[0]?.text ?? '';
  return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value : '';
}

function ConfirmDialog({
  confirmation,
  values,
  dialogRef,
  cancelRef,
}: {
  confirmation: Confirmation;
  values: [string, string][];
  dialogRef: RefObject<HTMLDialogElement | null>;
  cancelRef: RefObject<HTMLButtonElement | null>;
}) {
  const id = useId();
  return (
    <dialog ref={dialogRef} className="confirm-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
      <h2 id={`${id}-title`}>{confirmation.title}</h2>
      <p id={`${id}-text`}>{confirmation.text}</p>
      {values.length > 0 && (
        <dl className="summary-list">
          {values.map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value || '–'}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      <div className="confirm-dialog__actions">
        <button type="submit" className="button" data-confirms="true">
          {confirmation.confirmLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          ref={cancelRef}
          onClick={() => dialogRef.current?.close()}
        >
          Avbryt
        </button>
      </div>
    </dialog>
  );
}

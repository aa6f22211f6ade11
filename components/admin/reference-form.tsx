'use client';

import { useActionState } from 'react';
import { RequestIdField } from '@/components/ui/request-id-field';
import { FormStateContext, KeptInput, KeptSelect, KeptTextarea } from '@/components/ui/kept-fields';
import { FieldError, type FormState, FormStatus, describedBy, fieldError } from '@/components/ui/form-bits';

/**
 * One small administration form described as data: the reference-data pages (SKR strategies, UBARA phases,
 * nämndmål) have many forms of the same shape, so the markup — labels, errors tied with aria-describedby, the
 * submitted values kept after a refusal, the idempotency key — is written once here.
 */
export type ReferenceField =
  | { kind: 'text' | 'number'; name: string; label: string; defaultValue: string; help?: string }
  | { kind: 'textarea'; name: string; label: string; defaultValue: string }
  | { kind: 'checkbox'; name: string; label: string; defaultChecked: boolean }
  | { kind: 'select'; name: string; label: string; defaultValue: string; options: { value: string; label: string }[] }
  | { kind: 'checkboxes'; name: string; legend: string; options: { value: string; label: string; checked: boolean }[] };

type ServerAction = (state: FormState, form: FormData) => Promise<FormState>;

export function ReferenceForm({
  id,
  action,
  hidden,
  fields,
  submitLabel,
  pendingLabel = 'Sparar…',
  variant = 'primary',
}: {
  /** Unique on the page: prefixes the fields' ids. */
  id: string;
  action: ServerAction;
  hidden: Record<string, string>;
  fields: ReferenceField[];
  submitLabel: string;
  pendingLabel?: string;
  variant?: 'primary' | 'secondary';
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, null);
  return (
    <form action={formAction} className="stack" noValidate>
      <FormStateContext value={state}>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <RequestIdField after={state} />
        {fields.map((field, index) => (
          <Field key={`${field.name}-${index}`} formId={`${id}-${index}`} field={field} state={state} />
        ))}
        <FormStatus state={state} />
        <div>
          <button
            type="submit"
            className={variant === 'primary' ? 'button' : 'button button--secondary'}
            disabled={pending}
            aria-disabled={pending}
          >
            {pending ? pendingLabel : submitLabel}
          </button>
        </div>
      </FormStateContext>
    </form>
  );
}

function Field({ formId, field, state }: { formId: string; field: ReferenceField; state: FormState }) {
  const id = `${formId}-${field.name}`;
  const error = fieldError(state, field.name);
  const errorId = `${id}-error`;
  if (field.kind === 'checkboxes') {
    return (
      <fieldset aria-describedby={describedBy(error && errorId)}>
        <legend>{field.legend}</legend>
        {field.options.map((o, index) => (
          <div key={o.value} className="checkbox-row">
            <KeptInput
              id={`${id}-${index}`}
              type="checkbox"
              name={field.name}
              value={o.value}
              defaultChecked={o.checked}
            />
            <label htmlFor={`${id}-${index}`}>{o.label}</label>
          </div>
        ))}
        <FieldError id={errorId} message={error} />
      </fieldset>
    );
  }
  if (field.kind === 'checkbox') {
    // After a refused submission the box shows what was sent (KeptInput): an unticked box sends nothing.
    return (
      <div className="checkbox-row">
        <KeptInput id={id} type="checkbox" name={field.name} defaultChecked={field.defaultChecked} />
        <label htmlFor={id}>{field.label}</label>
      </div>
    );
  }
  const common = {
    id,
    name: field.name,
    defaultValue: field.defaultValue,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy('help' in field && field.help && `${id}-help`, error && errorId),
  };
  return (
    <div className="form-field">
      <label htmlFor={id}>{field.label}</label>
      {'help' in field && field.help && (
        <p id={`${id}-help`} className="muted">
          {field.help}
        </p>
      )}
      {field.kind === 'textarea' ? (
        <KeptTextarea rows={3} {...common} />
      ) : field.kind === 'select' ? (
        <KeptSelect {...common}>
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </KeptSelect>
      ) : (
        <KeptInput
          type={field.kind === 'number' ? 'number' : 'text'}
          inputMode={field.kind === 'number' ? 'numeric' : undefined}
          {...common}
        />
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

import type { ReactNode } from 'react';
import type { ActionResult } from '@/lib/auth/guard-schemas';

/**
 * The one form pattern (STYLE.md): `useActionState` over a guarded action, whose failure carries the field errors
 * and the submitted values (lib/auth/guard.ts); the fields are `KeptInput`, `KeptTextarea` and `KeptSelect`
 * (kept-fields.tsx) inside `<FormStateContext value={state}>` (ActionForm provides it), so a refused submit keeps
 * what the user typed (React 19 resets uncontrolled fields after every action: react#29034). `FieldError` and
 * `FormStatus` show the answer; `submittedText`/`submittedList` (used by the Kept* fields) read the submitted
 * values.
 */
export type FormState<T = { message: string }> = ActionResult<T> | null;

/** Any form's state, for the helpers that read only the failure. */
type AnyState = ActionResult<unknown> | null;

export function fieldError(state: AnyState, name: string): string | undefined {
  return state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined;
}

/** What the user typed, after a refused submission (React resets the form to its defaults otherwise). */
export function submitted(state: AnyState, name: string): string | string[] | undefined {
  return state && !state.ok ? state.values?.[name] : undefined;
}

export function submittedText(state: AnyState, name: string, fallback: string): string {
  const value = submitted(state, name);
  return typeof value === 'string' ? value : fallback;
}

export function submittedList(state: AnyState, name: string, fallback: readonly string[]): readonly string[] {
  if (!state || state.ok || !state.values) return fallback;
  const value = state.values[name];
  return value === undefined ? [] : [value].flat();
}

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="field-error">
      {message}
    </p>
  ) : null;
}

/** The result line of a form: success or error, announced to screen readers. */
export function FormStatus({
  state,
  hideError,
  children,
}: {
  state: ActionResult<{ message?: string }> | null;
  hideError?: boolean;
  /** Shown after the success message, e.g. a link onwards. */
  children?: ReactNode;
}) {
  return (
    <div aria-live="polite">
      {state?.ok && state.data.message && (
        <p className="alert alert--success">
          {state.data.message}
          {children}
        </p>
      )}
      {state && !state.ok && !hideError && (
        <p className="alert alert--error" role="alert">
          {state.error}
        </p>
      )}
    </div>
  );
}

/** A refused file: the action's message and every problem it found (by row and column), all at once. */
export function FileRefusal({ failure }: { failure: { error: string; fieldErrors?: Record<string, string[]> } }) {
  return (
    <div className="alert alert--error" role="alert">
      <p>
        <strong>{failure.error}</strong>
      </p>
      {failure.fieldErrors && (
        <ul>
          {Object.values(failure.fieldErrors)
            .flat()
            .map((message, i) => (
              <li key={i}>{message}</li>
            ))}
        </ul>
      )}
    </div>
  );
}

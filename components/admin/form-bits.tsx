/** Small pieces the administration forms share: field errors linked with aria-describedby, submitted values. */

export type FormState =
  | { ok: true; data: { message: string } }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string | string[]> }
  | null;

export function fieldError(state: FormState, name: string): string | undefined {
  return state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined;
}

/** What the user typed, after a refused submission (React resets the form to its defaults otherwise). */
export function submitted(state: FormState, name: string): string | string[] | undefined {
  return state && !state.ok ? state.values?.[name] : undefined;
}

export function submittedText(state: FormState, name: string, fallback: string): string {
  const value = submitted(state, name);
  return typeof value === 'string' ? value : fallback;
}

export function submittedList(state: FormState, name: string, fallback: readonly string[]): readonly string[] {
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
export function FormStatus({ state, hideError }: { state: FormState; hideError?: boolean }) {
  return (
    <div aria-live="polite">
      {state?.ok && <p className="alert alert--success">{state.data.message}</p>}
      {state && !state.ok && !hideError && (
        <p className="alert alert--error" role="alert">
          {state.error}
        </p>
      )}
    </div>
  );
}

'use client';

import { useRouter } from 'next/navigation';
import { type ReactNode, useActionState, useEffect } from 'react';
import { type Confirmation, useConfirmation } from '@/components/ui/confirm-dialog';
import { FormStateContext } from '@/components/ui/kept-fields';
import { RequestIdField } from '@/components/ui/request-id-field';
import type { PlanActionState } from '@/lib/plans/action-state';

type Props = {
  action: (previous: PlanActionState, form: FormData) => Promise<PlanActionState>;
  hidden: Record<string, string | number>;
  submitLabel: string;
  /** Accessible name when the visible label is shared by many buttons (e.g. "Ta bort" per section). */
  submitName?: string;
  /** The fields: `KeptInput`, `KeptTextarea`, `KeptSelect` keep what was submitted when it was refused. */
  children?: ReactNode;
  className?: string;
  buttonClass?: string;
  /** A step that cannot be undone: the button opens a dialog saying what will happen (confirm-dialog.tsx). */
  confirm?: Confirmation;
};

/**
 * One small guarded form: hidden ids, optional fields, one button, the answer announced politely. The shared form
 * pattern (components/ui/form-bits.tsx): its state reaches the fields through `FormStateContext`, and the `Kept*`
 * fields (components/ui/kept-fields.tsx) take the submitted values as their `defaultValue` after a refusal.
 */
export function ActionForm({
  action,
  hidden,
  submitLabel,
  submitName,
  children,
  className,
  buttonClass,
  confirm,
}: Props) {
  const [state, formAction, pending] = useActionState<PlanActionState, FormData>(action, null);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok && state.data.href) router.push(state.data.href);
  }, [state, router]);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const confirmation = useConfirmation(confirm);
  return (
    <form action={formAction} onSubmit={confirmation.onSubmit} className={className ?? 'inline-form'}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <RequestIdField after={state} />
      <FormStateContext value={state}>{children}</FormStateContext>
      <button
        type="submit"
        className={buttonClass ?? 'button button--secondary'}
        disabled={pending}
        aria-label={submitName}
      >
        {submitLabel}
      </button>
      {confirmation.dialog}
      <div aria-live="polite" className="action-form__result">
        {state?.ok && state.data.message && <p className="alert alert--success">{state.data.message}</p>}
        {state && !state.ok && (
          <p className="alert alert--error" role="alert">
            {state.error}
            {fieldErrors &&
              Object.values(fieldErrors)
                .flat()
                .filter((e) => e !== state.error)
                .map((e) => ` ${e}`)}
          </p>
        )}
      </div>
    </form>
  );
}

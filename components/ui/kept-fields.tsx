'use client';

import { type ComponentProps, createContext, useContext } from 'react';
import type { ActionResult } from '@/lib/auth/guard-schemas';
import { submittedList, submittedText } from './form-bits';

/**
 * Fields of an `ActionForm` that keep what the user typed when the server refuses the submit: the form's state
 * reaches them through this context, so they work in forms written in server components too. The same rule as
 * every other form (components/ui/form-bits.tsx): `defaultValue` is the submitted value after a refusal.
 */
export const FormStateContext = createContext<ActionResult<unknown> | null>(null);

type Named<P> = P & { name: string };

export function KeptInput({ defaultValue, ...props }: Named<ComponentProps<'input'>>) {
  const state = useContext(FormStateContext);
  if (props.type === 'checkbox' || props.type === 'radio') {
    const { defaultChecked, ...rest } = props;
    const value = String(props.value ?? 'on');
    const checked =
      state && !state.ok && state.values ? submittedList(state, props.name, []).includes(value) : defaultChecked;
    return <input {...rest} defaultChecked={checked} />;
  }
  return <input {...props} defaultValue={submittedText(state, props.name, String(defaultValue ?? ''))} />;
}

export function KeptTextarea({ defaultValue, ...props }: Named<ComponentProps<'textarea'>>) {
  const state = useContext(FormStateContext);
  return <textarea {...props} defaultValue={submittedText(state, props.name, String(defaultValue ?? ''))} />;
}

export function KeptSelect({ defaultValue, ...props }: Named<ComponentProps<'select'>>) {
  const state = useContext(FormStateContext);
  const fallback = defaultValue === undefined ? undefined : String(defaultValue);
  const value = submittedText(state, props.name, fallback ?? '') || fallback;
  // React applies a select's defaultValue only when it mounts, so a new one remounts it (before the form's reset).
  return <select key={value} {...props} defaultValue={value} />;
}

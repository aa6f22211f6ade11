'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, startTransition, useActionState, useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/auth/guard-schemas';

type State<T> = ActionResult<T> | null;
type Action<T> = (state: State<T>, form: FormData) => Promise<State<T>>;

/**
 * A file form's "Förhandsgranska, then Importera". The fields are submitted from onSubmit rather than as the form's
 * action, so the chosen file stays in its input (React resets a form after a form action), and confirming sends the
 * same file again, checked by the action against the preview's checksum. A preview holds for the fields it was made
 * with: changing any asks for a new one. `check` may refuse a submission in the browser (e.g. a file too large).
 */
export function usePreviewThenImport<P, R extends { message: string }>(
  previewAction: Action<P>,
  importAction: Action<R>,
  check: (form: FormData) => string | null = () => null,
) {
  const router = useRouter();
  const [preview, runPreview, previewing] = useActionState<State<P>, FormData>(previewAction, null);
  const [result, runImport, importing] = useActionState<State<R>, FormData>(importAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const [clientError, setClientError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const pending = previewing || importing;

  useEffect(() => {
    if (result?.ok) {
      formRef.current?.reset();
      router.refresh();
    }
  }, [result, router]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const form = new FormData(event.currentTarget);
    const refused = check(form);
    setClientError(refused);
    if (refused) return;
    if (submitter?.value !== 'import') setStale(false);
    startTransition(() => (submitter?.value === 'import' ? runImport(form) : runPreview(form)));
  }

  return {
    formProps: { ref: formRef, onSubmit, onChange: () => setStale(true) },
    pending,
    result,
    clientError,
    /** The preview to confirm, while it still holds. */
    planned: preview?.ok && !result?.ok && !stale ? preview.data : null,
    failure: result && !result.ok ? result : preview && !preview.ok ? preview : null,
  };
}

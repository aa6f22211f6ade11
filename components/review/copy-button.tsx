'use client';

import { useState } from 'react';

/** Copies the protocol text to the clipboard; the text itself stays selectable on the page. */
export function CopyButton({ targetId }: { targetId: string }) {
  const [done, setDone] = useState<string | null>(null);
  const copy = async () => {
    const text = document.getElementById(targetId)?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      setDone('Protokollstexten är kopierad.');
    } catch {
      setDone('Kunde inte kopiera automatiskt. Markera texten och kopiera den med Ctrl+C.');
    }
  };
  return (
    <p>
      <button type="button" className="button button--secondary" onClick={copy}>
        Kopiera texten
      </button>{' '}
      <span aria-live="polite">{done}</span>
    </p>
  );
}

'use client';

import { useEffect, useState } from 'react';

const HEARTBEAT_MS = 20_000;

/** Who else has this section open (heartbeat every 20 s; the server forgets anyone silent for a minute). */
export function Presence({ orgSlug, sectionId }: { orgSlug: string; sectionId: string }) {
  const [others, setOthers] = useState<string[]>([]);
  useEffect(() => {
    let stopped = false;
    const beat = async () => {
      try {
        const response = await fetch(`/${orgSlug}/plan/narvaro`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ sectionId }),
        });
        if (!stopped && response.ok) setOthers(((await response.json()) as { others: string[] }).others);
      } catch {
        // Offline for a moment: keep the last answer.
      }
    };
    void beat();
    const timer = window.setInterval(beat, HEARTBEAT_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [orgSlug, sectionId]);
  return (
    <p aria-live="polite" className={others.length ? 'alert alert--info' : 'muted'}>
      {others.length
        ? `Avsnittet är öppet hos ${others.join(', ')} just nu. Spara ofta; om ni sparar samtidigt får du jämföra texterna.`
        : 'Ingen annan har avsnittet öppet.'}
    </p>
  );
}

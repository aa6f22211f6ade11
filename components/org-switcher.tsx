'use client';

import { Link } from '@/components/ui/link';
import { useEffect, useRef } from 'react';

type Org = { id: string; slug: string; name: string };

/** The organisation menu: a native disclosure that also closes on Escape (focus back on it) and outside clicks. */
export function OrgSwitcher({ current, organizations }: { current: Org; organizations: Org[] }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && details.open) {
        details.open = false;
        details.querySelector('summary')?.focus();
      }
    };
    const onClick = (event: MouseEvent) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, []);
  return (
    <details className="disclosure" ref={ref}>
      <summary>
        <span className="visually-hidden">Förvaltning: </span>
        {current.name}
      </summary>
      <ul className="disclosure__menu" aria-label="Byt förvaltning">
        {organizations.map((o) => (
          <li key={o.id}>
            <Link href={`/${o.slug}`} aria-current={o.id === current.id ? 'true' : undefined}>
              {o.name}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}

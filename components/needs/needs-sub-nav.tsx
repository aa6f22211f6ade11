'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** Rekryteringsbehov, Kompetensgap and Riskbedömning: the three views of one plan's Kompetensbehov. */
export function NeedsSubNav({ base }: { base: string }) {
  const pathname = usePathname();
  const items = [
    { href: base, label: 'Rekryteringsbehov' },
    { href: `${base}/kompetensgap`, label: 'Kompetensgap' },
    { href: `${base}/risker`, label: 'Riskbedömning' },
  ];
  return (
    <nav className="sub-nav" aria-label="Kompetensbehov">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={pathname === item.href ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

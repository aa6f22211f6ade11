'use client';

import { Link } from '@/components/ui/link';
import { usePathname } from 'next/navigation';

/** Rekryteringsbehov, Kompetensgap, Riskbedömning and the population forecast behind the volume change. */
export function NeedsSubNav({ base }: { base: string }) {
  const pathname = usePathname();
  const items = [
    { href: base, label: 'Rekryteringsbehov' },
    { href: `${base}/kompetensgap`, label: 'Kompetensgap' },
    { href: `${base}/risker`, label: 'Riskbedömning' },
    { href: `${base}/befolkning`, label: 'Befolkningsprognos' },
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

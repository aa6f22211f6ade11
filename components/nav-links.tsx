'use client';

import { Link } from '@/components/ui/link';
import { usePathname } from 'next/navigation';
import type { NavItem } from '@/lib/navigation';

export function NavLinks({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  const isCurrent = (href: string, index: number) =>
    index === 0 ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav className="app-nav" aria-label={label}>
      <ul>
        {items.map((item, index) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={isCurrent(item.href, index) ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import type { ReactNode } from 'react';
import { NeedsSubNav } from '@/components/needs/needs-sub-nav';

export default async function NeedsLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ org: string; year: string }>;
}) {
  const { org, year } = await params;
  return (
    <div className="stack">
      <NeedsSubNav base={`/${encodeURIComponent(org)}/kompetensbehov/${encodeURIComponent(year)}`} />
      {children}
    </div>
  );
}

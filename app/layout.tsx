import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Kompetensplan', template: '%s – Kompetensplan' },
  description: 'Förvaltningens kompetensförsörjningsplan: statistik, plan, aktiviteter och samverkan.',
};

/**
 * Every page renders per request (`connection()`): the Content-Security-Policy nonce from proxy.ts can only
 * reach the scripts of a page rendered for that request, never of one prerendered at build time.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="sv">
      <body>
        <a className="skip-link" href="#innehall">
          Hoppa till innehållet
        </a>
        {children}
        <footer className="app-footer">
          <Link href="/tillganglighet">Tillgänglighetsredogörelse</Link>
        </footer>
      </body>
    </html>
  );
}

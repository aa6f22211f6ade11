import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Kompetensplan', template: '%s – Kompetensplan' },
  description: 'Förvaltningens kompetensförsörjningsplan: statistik, plan, aktiviteter och samverkan.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="sv">
      <body>
        <a className="skip-link" href="#innehall">
          Hoppa till innehållet
        </a>
        {children}
      </body>
    </html>
  );
}

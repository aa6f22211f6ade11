import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';

export const metadata: Metadata = { title: 'Sidan finns inte' };

export default function NotFound() {
  return (
    <main id="innehall">
      <div className="card">
        <h1>Sidan finns inte</h1>
        <p>Adressen kan vara felskriven, eller så har innehållet tagits bort.</p>
        <p>
          <Link href="/">Till startsidan</Link>
        </p>
      </div>
    </main>
  );
}

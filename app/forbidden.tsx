import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';

export const metadata: Metadata = { title: 'Behörighet saknas' };

export default function Forbidden() {
  return (
    <main id="innehall">
      <div className="card" role="alert">
        <h1>Behörighet saknas</h1>
        <p>Din roll ger inte tillgång till den här sidan. Försöket har loggats.</p>
        <p>Om du behöver åtkomst, kontakta förvaltningens administratör.</p>
        <p>
          <Link href="/">Till startsidan</Link>
        </p>
      </div>
    </main>
  );
}

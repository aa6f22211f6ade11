import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';

export const metadata: Metadata = { title: 'Ingen behörighet' };

/**
 * Where an SSO sign-in ends when the account has no role here (no app role in Entra ID that "Rollkoppling" maps,
 * and none given by hand). No session is made: an empty app would only puzzle.
 */
export default function NoRolePage() {
  return (
    <main id="innehall" className="auth-page">
      <div className="card auth-card stack">
        <h1>Du har ingen behörighet i Kompetensplan</h1>
        <p>
          Du är inloggad med stadens konto, men kontot har ingen roll i Kompetensplan. Behörigheten ges i stadens
          katalog (Entra ID): be din chef eller förvaltningens administratör att beställa rätt roll. Den gäller från
          nästa inloggning.
        </p>
        <p>
          <Link href="/logga-in">Tillbaka till inloggningen</Link>
        </p>
      </div>
    </main>
  );
}

import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import {
  ASSESSED_ON,
  COMPLIANCE,
  DIGG_REPORT_URL,
  KNOWN_GAPS,
  STATEMENT_UPDATED_ON,
  accessibilityStatement,
} from '@/lib/accessibility/statement';

export const metadata: Metadata = { title: 'Tillgänglighetsredogörelse' };

/** Public: the DOS-lagen requires the statement to be reachable without signing in. */
export default function AccessibilityStatementPage() {
  const { organization, service, contactEmail } = accessibilityStatement();
  return (
    <main id="innehall" tabIndex={-1} className="statement">
      <p>
        <Link href="/">Till Kompetensplan</Link>
      </p>
      <h1>Tillgänglighetsredogörelse för {service}</h1>
      <p className="lead">
        {organization} står bakom {service}, tjänsten där förvaltningar tar fram, granskar och följer upp sin
        kompetensförsörjningsplan. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur tjänsten
        uppfyller lagen om tillgänglighet till digital offentlig service (DOS-lagen), vilka brister vi känner till och
        hur du kan rapportera problem.
      </p>

      <h2>Hur tillgänglig är tjänsten?</h2>
      <p>
        Tjänsten är <strong>{COMPLIANCE}</strong> med lagen om tillgänglighet till digital offentlig service, på grund
        av bristerna som beskrivs nedan. Vi följer standarden WCAG 2.1 på nivå AA.
      </p>

      <h2>Innehåll som inte är tillgängligt</h2>
      <ul className="stack">
        {KNOWN_GAPS.map((gap) => (
          <li key={gap.title}>
            <strong>{gap.title}.</strong> {gap.detail} <span className="muted">({gap.criteria.join('; ')})</span>
          </li>
        ))}
      </ul>
      <p>Vi åberopar inte undantaget för oskäligt betungande anpassning för något innehåll.</p>

      <h2>Vad kan du göra om du inte kan använda delar av tjänsten?</h2>
      <p>
        Om du behöver innehåll i ett annat format, till exempel siffrorna bakom ett diagram eller en plan som dokument,{' '}
        {contact(contactEmail)} Vi svarar normalt inom två arbetsdagar.
      </p>

      <h2>Rapportera brister i tjänstens tillgänglighet</h2>
      <p>
        Vi strävar hela tiden efter att förbättra tjänstens tillgänglighet. Om du upptäcker problem som inte beskrivs
        här, eller om du anser att vi inte uppfyller lagens krav, {contact(contactEmail)}
      </p>

      <h2>Tillsyn</h2>
      <p>
        Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn enligt lagen om tillgänglighet till digital
        offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du{' '}
        <a href={DIGG_REPORT_URL}>anmäla det till Digg</a>.
      </p>

      <h2>Hur vi testat tjänsten</h2>
      <p>
        Vi har själva bedömt tjänsten (intern testning). Varje automatiskt webbläsartest kör verktyget axe-core mot WCAG
        2.1 nivå A och AA på alla sidor testet besöker, och testerna ska visa noll fel. Inloggning, huvudmenyn,
        statistiken med diagrammens tabeller och den här sidan gås dessutom igenom med enbart tangentbord i ett
        automatiskt test vid varje ändring. Tjänsten har ännu inte testats med skärmläsare eller av användare med
        funktionsnedsättning.
      </p>
      <p>
        Senaste bedömningen gjordes den <time dateTime={ASSESSED_ON}>{longDate(ASSESSED_ON)}</time>. Redogörelsen
        uppdaterades senast den <time dateTime={STATEMENT_UPDATED_ON}>{longDate(STATEMENT_UPDATED_ON)}</time>.
      </p>
    </main>
  );
}

function contact(email: string | null) {
  if (!email) return 'kontakta administratören för Kompetensplan i din förvaltning.';
  return (
    <>
      skicka e-post till <a href={`mailto:${email}`}>{email}</a>.
    </>
  );
}

/** "30 november 2026" for an ISO date. */
function longDate(isoDate: string): string {
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(isoDate));
}

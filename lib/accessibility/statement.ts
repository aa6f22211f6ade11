/**
 * The accessibility statement (tillgänglighetsredogörelse) required by the DOS-lagen (lag 2018:1937), in the
 * structure of DIGG's model statement. Update the dates and the gaps whenever the assessment is redone.
 */
import { env } from '../env';

export const DIGG_REPORT_URL = 'https://www.digg.se/tdosanmalan';

/** The assessment behind this statement: axe-core in every browser test plus the manual keyboard checks. */
export const ASSESSED_ON = '2026-11-30';
export const STATEMENT_UPDATED_ON = '2026-11-30';

export type Compliance = 'helt förenlig' | 'delvis förenlig' | 'inte förenlig';
export const COMPLIANCE: Compliance = 'delvis förenlig';

export type Gap = { title: string; detail: string; criteria: string[] };

/** Content that fails a requirement today, with the WCAG 2.1 success criteria it fails and why. */
export const KNOWN_GAPS: Gap[] = [
  {
    title: 'Inloggningen tar slut utan förvarning',
    detail:
      'Du loggas ut efter en arbetsdag (åtta timmar) och efter en tids inaktivitet, utan att först få en varning och möjlighet att förlänga. Text du har skrivit men inte sparat kan då gå förlorad. Vi tänker lägga till en varning med möjlighet att förlänga.',
    criteria: ['2.2.1 Justerbar tidsgräns (nivå A)'],
  },
  {
    title: 'Diagrammens detaljrutor kräver mus',
    detail:
      'Rutan med exakta värden som visas när du för muspekaren över ett diagram går inte att nå med tangentbord eller skärmläsare. Samma siffror finns i tabellen under varje diagram (”Visa som tabell”), så ingen uppgift finns bara i diagrammet.',
    criteria: ['2.1.1 Tangentbord (nivå A), för detaljrutorna'],
  },
  {
    title: 'Importmallar i Excel',
    detail:
      'Mallfilerna för import av personalstatistik (XLSX) har inte granskats för tillgänglighet. Kolumnernas innebörd beskrivs också på importsidan.',
    criteria: ['Dokument som laddas ned har inte testats'],
  },
];

export type AccessibilityStatement = {
  organization: string;
  service: string;
  /** ACCESSIBILITY_CONTACT_EMAIL; without it the statement points to the förvaltning's administrator. */
  contactEmail: string | null;
};

export function accessibilityStatement(): AccessibilityStatement {
  return {
    organization: 'Stockholms stad',
    service: 'Kompetensplan',
    contactEmail: env().ACCESSIBILITY_CONTACT_EMAIL ?? null,
  };
}

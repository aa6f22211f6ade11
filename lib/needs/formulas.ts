/** The forecast's formulas in plain Swedish, shown beside every part (DOMAIN.md: the definition next to every figure). */
import type { RetirementAgeDistribution } from './retirement-age';
import { describeRetirementAges } from './retirement-age';

export const NEED_PART_LABELS = {
  retirements: 'Pensionsavgångar',
  otherDepartures: 'Övriga avgångar',
  volume: 'Volymförändring',
  total: 'Rekryteringsbehov',
} as const;
export type NeedPart = keyof typeof NEED_PART_LABELS;

export function retirementFormula(ages: RetirementAgeDistribution): string {
  return (
    'Medarbetare som fyller 65 år under planperioden, enligt åldersstatistiken, som går i pension det år de når ' +
    `pensionsåldern (${describeRetirementAges(ages)}), plus de som redan fyllt 65, jämnt fördelade över planens tre år.`
  );
}

export function otherDeparturesFormula(definition: string): string {
  return (
    'Personalomsättning × (tillsvidareanställda − årets pensionsavgångar), så att ingen räknas två gånger. ' +
    'Befattningens omsättning där statistiken har den, annars förvaltningens. ' +
    `Förvaltningens definition: ${definition}`
  );
}

export const VOLUME_FORMULA =
  'Årets förändring av behovet enligt befolkningsprognosen och bemanningstalen (eller angiven förändring per befattning): förändringen till och med året minus förändringen till och med året före, i hela personer, fördelat på avdelningarna efter antalet anställda i befattningen.';

export const VOLUME_MISSING = 'Volymförändring saknas: ingen befolkningsprognos eller förändring är angiven.';

export const TOTAL_FORMULA = 'Rekryteringsbehov = pensionsavgångar + övriga avgångar + volymförändring.';

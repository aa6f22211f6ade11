/** Swedish display labels for the statistics codes (the import accepts more spellings: import/values.ts). */
import {
  DEPARTURE_REASON_VALUES,
  INCIDENT_KIND_VALUES,
  RECRUITMENT_ROUTE_VALUES,
  type AllowedValue,
} from '../import/values';
import { AGE_BANDS, EMPLOYMENT_FORMS, type Measure } from '../measures';

export const AGE_BAND_LABELS: Record<(typeof AGE_BANDS)[number], string> = {
  '-29': '–29 år',
  '30-39': '30–39 år',
  '40-49': '40–49 år',
  '50-59': '50–59 år',
  '60-64': '60–64 år',
  '65+': '65+ år',
};

export const GENDER_LABELS = { woman: 'Kvinnor', man: 'Män' } as const;

export const EMPLOYMENT_FORM_LABELS: Record<(typeof EMPLOYMENT_FORMS)[number], string> = {
  permanent: 'Tillsvidareanställda',
  fixedTerm: 'Visstidsanställda (månadslön)',
  hourly: 'Timavlönade',
};

export const SICK_LEAVE_LABELS = {
  total: 'Total sjukfrånvaro',
  short: 'Korttid (dag 1–14)',
  long: 'Långtid (60+ dagar)',
} as const;

function labelsOf(values: readonly AllowedValue[]): Map<string, string> {
  return new Map(values.map((v) => [v.code, v.label]));
}

export const DEPARTURE_REASON_LABELS = labelsOf(DEPARTURE_REASON_VALUES);
export const RECRUITMENT_ROUTE_LABELS = labelsOf(RECRUITMENT_ROUTE_VALUES);
export const INCIDENT_KIND_LABELS = labelsOf(INCIDENT_KIND_VALUES);

export const MEASURE_LABELS: Record<Measure, string> = {
  headcount: 'Antal anställda',
  fullTimeShare: 'Andel heltid',
  partTimeCount: 'Antal deltid',
  departures: 'Avgångar',
  recruitments: 'Rekryteringar',
  turnover: 'Personalomsättning',
  retirements: 'Fyller 65 år',
  sickLeave: 'Sjukfrånvaro',
  incidents: 'Incidenter',
  spanOfControl: 'Medarbetare per chef',
};

/** The breakdown of one figure in words, e.g. "Tillsvidareanställda, Kvinnor, 30–39 år". */
export function describeBreakdown(row: {
  employmentForm?: string | null;
  gender?: string | null;
  ageBand?: string | null;
  category?: string | null;
  subcategory?: string | null;
}): string {
  const parts = [
    row.employmentForm ? EMPLOYMENT_FORM_LABELS[row.employmentForm as keyof typeof EMPLOYMENT_FORM_LABELS] : null,
    row.gender ? GENDER_LABELS[row.gender as keyof typeof GENDER_LABELS] : null,
    row.ageBand ? AGE_BAND_LABELS[row.ageBand as keyof typeof AGE_BAND_LABELS] : null,
    row.category
      ? (DEPARTURE_REASON_LABELS.get(row.category) ??
        RECRUITMENT_ROUTE_LABELS.get(row.category) ??
        INCIDENT_KIND_LABELS.get(row.category) ??
        SICK_LEAVE_LABELS[row.category as keyof typeof SICK_LEAVE_LABELS] ??
        row.category)
      : null,
    row.subcategory,
  ];
  return parts.filter(Boolean).join(', ') || 'Totalt';
}

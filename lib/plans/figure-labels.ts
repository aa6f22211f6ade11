/**
 * The Swedish words of a live figure's breakdown, as they follow the measure in its label ("Sjukfrånvaro,
 * korttid (dag 1–14)"). Every coded value of the statistics vocabulary (lib/statistics/measures.ts) has one;
 * department and occupation values are names and show as they are. Pure.
 */
import { AGE_BAND_LABELS } from '../statistics/dashboard/labels';
import {
  DEPARTURE_REASON_VALUES,
  OVER_65_CODE,
  RECRUITMENT_ROUTE_VALUES,
  type AllowedValue,
} from '../statistics/import/values';
import type { AgeBand, EmploymentForm, Gender, Measure } from '../statistics/measures';

const lowercase = (values: readonly AllowedValue[]) =>
  Object.fromEntries(values.map((v) => [v.code, v.label.charAt(0).toLowerCase() + v.label.slice(1)]));

export const EMPLOYMENT_FORM_WORDS: Record<EmploymentForm, string> = {
  permanent: 'tillsvidareanställda',
  fixedTerm: 'visstidsanställda',
  hourly: 'timavlönade',
};

export const GENDER_WORDS: Record<Gender, string> = { woman: 'kvinnor', man: 'män' };

export const AGE_BAND_WORDS: Record<AgeBand, string> = AGE_BAND_LABELS;

/** Categories mean different things per measure ("other" is a departure reason and an incident kind). */
export const CATEGORY_WORDS: Partial<Record<Measure, Record<string, string>>> = {
  sickLeave: { total: 'totalt', short: 'korttid (dag 1–14)', long: 'långtid (60+ dagar)' },
  departures: lowercase(DEPARTURE_REASON_VALUES),
  recruitments: lowercase(RECRUITMENT_ROUTE_VALUES),
  incidents: { threatViolence: 'hot och våld', fall: 'fallolyckor', other: 'övriga tillbud och arbetsskador' },
  retirements: { [OVER_65_CODE]: 'redan 65 år eller äldre' },
};

/** The words for one dimension value of a figure of `measure`. */
export function dimensionWords(measure: string, dimension: string, value: string): string {
  switch (dimension) {
    case 'employmentForm':
      return EMPLOYMENT_FORM_WORDS[value as EmploymentForm] ?? value;
    case 'gender':
      return GENDER_WORDS[value as Gender] ?? value;
    case 'ageBand':
      return AGE_BAND_WORDS[value as AgeBand] ?? value;
    case 'category': {
      const words = CATEGORY_WORDS[measure as Measure]?.[value];
      if (words) return words;
      // Retirement rows name the year the staff turn 65.
      return measure === 'retirements' && /^\d{4}$/.test(value) ? `fyller 65 år ${value}` : value;
    }
    default:
      return value; // department and occupation: names as the organisation writes them
  }
}

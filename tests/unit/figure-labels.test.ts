import { describe, expect, it } from 'vitest';
import { MEASURE_LABELS, figureLabel } from '@/lib/plans/figures';
import {
  AGE_BANDS,
  DEPARTURE_REASONS,
  EMPLOYMENT_FORMS,
  GENDERS,
  INCIDENT_KINDS,
  MEASURES,
  RECRUITMENT_ROUTES,
  SICK_LEAVE_KINDS,
  type Measure,
} from '@/lib/statistics/measures';

/** Every coded value a figure can be narrowed by, with a measure it belongs to. */
const CODED: { measure: Measure; dimension: string; codes: readonly string[] }[] = [
  ...MEASURES.map((measure) => ({ measure, dimension: 'employmentForm', codes: EMPLOYMENT_FORMS })),
  ...MEASURES.map((measure) => ({ measure, dimension: 'gender', codes: GENDERS })),
  ...MEASURES.map((measure) => ({ measure, dimension: 'ageBand', codes: AGE_BANDS })),
  { measure: 'sickLeave', dimension: 'category', codes: SICK_LEAVE_KINDS },
  { measure: 'departures', dimension: 'category', codes: DEPARTURE_REASONS },
  { measure: 'recruitments', dimension: 'category', codes: RECRUITMENT_ROUTES },
  { measure: 'incidents', dimension: 'category', codes: INCIDENT_KINDS },
  { measure: 'retirements', dimension: 'category', codes: ['over65'] },
];

describe('figure labels', () => {
  it('name every coded breakdown in Swedish words, never by its code', () => {
    const untranslated: string[] = [];
    for (const { measure, dimension, codes } of CODED) {
      for (const code of codes) {
        const label = figureLabel({ measure, year: 2024, dimensions: { [dimension]: code } });
        if (label === `${MEASURE_LABELS[measure]}, ${code}`) untranslated.push(`${measure} ${dimension}=${code}`);
      }
    }
    expect(untranslated).toEqual([]);
  });

  it('reads as the plan text would say it', () => {
    const sickLeave = (category: string) => figureLabel({ measure: 'sickLeave', year: 2024, dimensions: { category } });
    expect(sickLeave('short')).toBe('Sjukfrånvaro, korttid (dag 1–14)');
    expect(sickLeave('long')).toBe('Sjukfrånvaro, långtid (60+ dagar)');
    expect(
      figureLabel({
        measure: 'departures',
        year: 2024,
        dimensions: { department: 'Äldreomsorg', category: 'ownRequest' },
      }),
    ).toBe('Antal avgångar, Äldreomsorg, egen begäran');
    expect(figureLabel({ measure: 'retirements', year: 2024, dimensions: { category: '2027' } })).toBe(
      'Antal pensionsavgångar, fyller 65 år 2027',
    );
    expect(figureLabel({ measure: 'headcount', year: 2024, dimensions: { ageBand: '30-39' } })).toBe(
      'Antal anställda, 30–39 år',
    );
  });
});

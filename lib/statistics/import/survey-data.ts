import { Prisma } from '../../generated/prisma/client';
import type { SurveyResultRow } from './types';

export type SurveyResultInput = Pick<
  SurveyResultRow,
  'kind' | 'key' | 'label' | 'value' | 'previousValue' | 'cityValue'
>;

/** A survey result as stored (shared by the demo seed and the import). */
export function surveyResultData(r: SurveyResultInput): Omit<Prisma.SurveyResultCreateManyRoundInput, 'id'> {
  return {
    kind: r.kind,
    key: r.key,
    label: r.label,
    value: new Prisma.Decimal(r.value),
    previousValue: r.previousValue === undefined ? null : new Prisma.Decimal(r.previousValue),
    cityValue: r.cityValue === undefined ? null : new Prisma.Decimal(r.cityValue),
  };
}

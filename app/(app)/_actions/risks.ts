'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import { createRiskAction, updateRiskAction } from '@/lib/risks/mutations';

export type RiskFormState = ActionResult<{ message: string; id: string }> | null;

const LISTS = ['gapIds', 'activityIds'];

export async function createRisk(_previous: RiskFormState, form: FormData): Promise<RiskFormState> {
  return createRiskAction(formFields(form, LISTS));
}

export async function updateRisk(_previous: RiskFormState, form: FormData): Promise<RiskFormState> {
  return updateRiskAction(formFields(form, LISTS));
}

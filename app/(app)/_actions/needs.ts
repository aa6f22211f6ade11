'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import { saveScenarioAction } from '@/lib/needs/mutations';

export type ScenarioState = ActionResult<{ message: string; id: string }> | null;

export async function saveScenario(_previous: ScenarioState, form: FormData): Promise<ScenarioState> {
  return saveScenarioAction(formFields(form));
}

'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import { insertForecastAction, saveScenarioAction } from '@/lib/needs/mutations';

export type ScenarioState = ActionResult<{ message: string; id: string }> | null;

export async function saveScenario(_previous: ScenarioState, form: FormData): Promise<ScenarioState> {
  return saveScenarioAction(formFields(form));
}

export type InsertState = ActionResult<{ message: string; sectionId: string }> | null;

export async function insertForecast(_previous: InsertState, form: FormData): Promise<InsertState> {
  return insertForecastAction(formFields(form));
}

'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import { withValues } from '@/lib/admin/form-values';
import {
  type ReferenceActionData,
  createStrategyAction,
  createStrategySetAction,
  makeCurrentSetAction,
  saveMappingAction,
  updatePhaseAction,
  updateStrategyAction,
} from '@/lib/system/reference-data';

export type ReferenceActionState =
  (ActionResult<ReferenceActionData> & { values?: Record<string, string | string[]> }) | null;

export async function updateStrategy(_p: ReferenceActionState, form: FormData): Promise<ReferenceActionState> {
  const fields = formFields(form);
  return withValues(await updateStrategyAction(fields), fields);
}

export async function createStrategy(_p: ReferenceActionState, form: FormData): Promise<ReferenceActionState> {
  const fields = formFields(form);
  return withValues(await createStrategyAction(fields), fields);
}

export async function createStrategySet(_p: ReferenceActionState, form: FormData): Promise<ReferenceActionState> {
  const fields = formFields(form);
  return withValues(await createStrategySetAction(fields), fields);
}

export async function makeCurrentSet(_p: ReferenceActionState, form: FormData): Promise<ReferenceActionState> {
  const fields = formFields(form);
  return withValues(await makeCurrentSetAction(fields), fields);
}

export async function saveMapping(_p: ReferenceActionState, form: FormData): Promise<ReferenceActionState> {
  const fields = formFields(form, ['pairs']);
  return withValues(await saveMappingAction(fields), fields);
}

export async function updatePhase(_p: ReferenceActionState, form: FormData): Promise<ReferenceActionState> {
  const fields = formFields(form);
  return withValues(await updatePhaseAction(fields), fields);
}

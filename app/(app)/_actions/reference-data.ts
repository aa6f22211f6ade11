'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import {
  type ReferenceActionData,
  createStrategyAction,
  createStrategySetAction,
  makeCurrentSetAction,
  saveMappingAction,
  updatePhaseAction,
  updateStrategyAction,
} from '@/lib/system/reference-data';

export type ReferenceActionState = ActionResult<ReferenceActionData> | null;

export async function updateStrategy(_p: ReferenceActionState, form: FormData): Promise<ReferenceActionState> {
  return updateStrategyAction(formFields(form));
}

export async function createStrategy(_p: ReferenceActionState, form: FormData): Promise<ReferenceActionState> {
  return createStrategyAction(formFields(form));
}

export async function createStrategySet(_p: ReferenceActionState, form: FormData): Promise<ReferenceActionState> {
  return createStrategySetAction(formFields(form));
}

export async function makeCurrentSet(_p: ReferenceActionState, form: FormData): Promise<ReferenceActionState> {
  return makeCurrentSetAction(formFields(form));
}

export async function saveMapping(_p: ReferenceActionState, form: FormData): Promise<ReferenceActionState> {
  return saveMappingAction(formFields(form, ['pairs']));
}

export async function updatePhase(_p: ReferenceActionState, form: FormData): Promise<ReferenceActionState> {
  return updatePhaseAction(formFields(form));
}

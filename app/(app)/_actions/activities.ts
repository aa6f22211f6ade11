'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import {
  createActivityAction,
  moveActivityAction,
  removeActivityAction,
  restoreActivityAction,
  updateActivityAction,
} from '@/lib/activities/mutations';

export type ActivityFormState = ActionResult<{ message: string; id: string }> | null;
export type RowActionState = ActionResult<{ message: string }> | null;

export async function createActivity(_previous: ActivityFormState, form: FormData): Promise<ActivityFormState> {
  return createActivityAction(formFields(form, ['strategyIds']));
}

export async function updateActivity(_previous: ActivityFormState, form: FormData): Promise<ActivityFormState> {
  return updateActivityAction(formFields(form, ['strategyIds']));
}

export async function moveActivity(_previous: RowActionState, form: FormData): Promise<RowActionState> {
  return moveActivityAction(formFields(form));
}

export async function removeActivity(_previous: RowActionState, form: FormData): Promise<RowActionState> {
  return removeActivityAction(formFields(form));
}

export async function restoreActivity(_previous: RowActionState, form: FormData): Promise<RowActionState> {
  return restoreActivityAction(formFields(form));
}

'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import { addGapCommentAction, createGapAction, updateGapAction } from '@/lib/gaps/mutations';

export type GapFormState = ActionResult<{ message: string; id: string }> | null;

const LISTS = ['departmentIds', 'occupationIds', 'activityIds'];

export async function createGap(_previous: GapFormState, form: FormData): Promise<GapFormState> {
  return createGapAction(formFields(form, LISTS));
}

export async function updateGap(_previous: GapFormState, form: FormData): Promise<GapFormState> {
  return updateGapAction(formFields(form, LISTS));
}

export async function addGapComment(_previous: GapFormState, form: FormData): Promise<GapFormState> {
  return addGapCommentAction(formFields(form));
}

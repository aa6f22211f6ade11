'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import { recordFollowUpAction } from '@/lib/activities/follow-up';

export type FollowUpState = ActionResult<{ message: string; version: number; savedAt: string }> | null;

export async function saveFollowUp(_previous: FollowUpState, form: FormData): Promise<FollowUpState> {
  return recordFollowUpAction(formFields(form));
}

'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import { setDeadlineAction } from '@/lib/activities/overview';

export type DeadlineState = ActionResult<{ message: string }> | null;

export async function setFollowUpDeadline(_previous: DeadlineState, form: FormData): Promise<DeadlineState> {
  return setDeadlineAction(formFields(form));
}

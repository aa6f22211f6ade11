'use server';

import { formFields } from '@/lib/auth/guard';
import { markNotificationsReadAction } from '@/lib/notifications/mutations';
import type { PlanActionState } from '@/lib/plans/action-state';

export async function markNotificationsRead(_previous: PlanActionState, form: FormData): Promise<PlanActionState> {
  return markNotificationsReadAction(formFields(form));
}

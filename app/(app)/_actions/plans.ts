'use server';

import { formFields } from '@/lib/auth/guard';
import { adoptPlanAction, createPlanAction, reopenPlanAction, sendToReviewAction } from '@/lib/plans/mutations';
import type { PlanActionState } from '@/lib/plans/action-state';

export async function createPlan(_previous: PlanActionState, form: FormData): Promise<PlanActionState> {
  const result = await createPlanAction(formFields(form));
  if (!result.ok) return result;
  const org = String(form.get('org'));
  return {
    ok: true,
    data: { message: 'Planen är skapad.', href: `/${org}/plan/${result.data.startYear}` },
  };
}

export async function sendToReview(_previous: PlanActionState, form: FormData): Promise<PlanActionState> {
  return sendToReviewAction(formFields(form));
}

export async function adoptPlan(_previous: PlanActionState, form: FormData): Promise<PlanActionState> {
  return adoptPlanAction(formFields(form));
}

export async function reopenPlan(_previous: PlanActionState, form: FormData): Promise<PlanActionState> {
  return reopenPlanAction(formFields(form));
}

'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import { createSsoMappingAction, removeSsoMappingAction } from '@/lib/sso/mutations';
import type { SsoMappingActionData } from '@/lib/sso/schemas';

export type SsoMappingActionState = ActionResult<SsoMappingActionData> | null;

export async function createSsoMapping(_p: SsoMappingActionState, form: FormData): Promise<SsoMappingActionState> {
  return createSsoMappingAction(formFields(form, ['departmentIds']));
}

export async function removeSsoMapping(_p: SsoMappingActionState, form: FormData): Promise<SsoMappingActionState> {
  return removeSsoMappingAction(formFields(form));
}

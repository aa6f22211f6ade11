'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import { type SystemActionData, appointAdminAction, createOrganizationAction } from '@/lib/system/organizations';

export type SystemActionState = ActionResult<SystemActionData> | null;

export async function createOrganization(_p: SystemActionState, form: FormData): Promise<SystemActionState> {
  return createOrganizationAction(formFields(form));
}

export async function appointAdmin(_p: SystemActionState, form: FormData): Promise<SystemActionState> {
  return appointAdminAction(formFields(form));
}

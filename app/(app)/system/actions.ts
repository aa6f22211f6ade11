'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import { withValues } from '@/lib/admin/form-values';
import { type SystemActionData, appointAdminAction, createOrganizationAction } from '@/lib/system/organizations';

export type SystemActionState =
  (ActionResult<SystemActionData> & { values?: Record<string, string | string[]> }) | null;

export async function createOrganization(_p: SystemActionState, form: FormData): Promise<SystemActionState> {
  const fields = formFields(form);
  return withValues(await createOrganizationAction(fields), fields);
}

export async function appointAdmin(_p: SystemActionState, form: FormData): Promise<SystemActionState> {
  const fields = formFields(form);
  return withValues(await appointAdminAction(fields), fields);
}

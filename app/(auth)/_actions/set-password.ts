'use server';

import type { ActionResult } from '@/lib/auth/guard-schemas';
import { formFields } from '@/lib/auth/guard';
import { setPasswordWithLink } from '@/lib/admin/set-password';

export type SetPasswordState = ActionResult<{ email: string }> | null;

export async function setPassword(_previous: SetPasswordState, form: FormData): Promise<SetPasswordState> {
  return setPasswordWithLink(formFields(form));
}

'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import { saveTurnoverDefinitionAction } from '@/lib/organizations/mutations';

export type DefinitionState = ActionResult<{ message: string }> | null;

export async function saveTurnoverDefinition(_previous: DefinitionState, form: FormData): Promise<DefinitionState> {
  return saveTurnoverDefinitionAction(formFields(form));
}

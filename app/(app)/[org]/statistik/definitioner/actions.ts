'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authorizeAction } from '@/lib/auth/authorize-action';
import { getDb } from '@/lib/db/client';
import { updateTurnoverDefinition } from '@/lib/organizations/mutations';
import { turnoverDefinitionSchema } from '@/lib/organizations/schemas';

export type DefinitionState =
  { ok: true; message: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> } | null;

export async function saveTurnoverDefinition(_previous: DefinitionState, form: FormData): Promise<DefinitionState> {
  const parsed = turnoverDefinitionSchema.safeParse({ org: form.get('org'), definition: form.get('definition') });
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return { ok: false, error: 'Definitionen sparades inte.', fieldErrors };
  }
  const auth = await authorizeAction(parsed.data.org, 'configure:statistics');
  if (!auth.ok) return auth;
  const { viewer, org } = auth.context;
  await updateTurnoverDefinition(await getDb(), {
    organizationId: org.id,
    definition: parsed.data.definition,
    user: { id: viewer.id, email: viewer.email },
  });
  revalidatePath(`/${org.slug}`, 'layout');
  return { ok: true, message: 'Definitionen är sparad och visas vid alla siffror om personalomsättning.' };
}

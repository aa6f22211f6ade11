'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import { withValues } from '@/lib/admin/form-values';
import {
  type UserActionData,
  createPasswordLinkAction,
  createUserAction,
  endUserSessionsAction,
  saveMembershipsAction,
  setUserActiveAction,
} from '@/lib/admin/users';

export type UserActionState = (ActionResult<UserActionData> & { values?: Record<string, string | string[]> }) | null;

const ARRAYS = ['roles', 'departmentIds'];

export async function createUser(_previous: UserActionState, form: FormData): Promise<UserActionState> {
  const fields = formFields(form, ARRAYS);
  return withValues(await createUserAction(fields), fields);
}

export async function saveMemberships(_previous: UserActionState, form: FormData): Promise<UserActionState> {
  const fields = formFields(form, ARRAYS);
  return withValues(await saveMembershipsAction(fields), fields);
}

export async function setUserActive(_previous: UserActionState, form: FormData): Promise<UserActionState> {
  const fields = formFields(form);
  return withValues(await setUserActiveAction(fields), fields);
}

export async function endUserSessions(_previous: UserActionState, form: FormData): Promise<UserActionState> {
  const fields = formFields(form);
  return withValues(await endUserSessionsAction(fields), fields);
}

export async function createPasswordLink(_previous: UserActionState, form: FormData): Promise<UserActionState> {
  const fields = formFields(form);
  return withValues(await createPasswordLinkAction(fields), fields);
}

'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import {
  type UserActionData,
  createPasswordLinkAction,
  createUserAction,
  endUserSessionsAction,
  saveMembershipsAction,
  setUserActiveAction,
} from '@/lib/admin/users';

export type UserActionState = ActionResult<UserActionData> | null;

const ARRAYS = ['roles', 'departmentIds'];

export async function createUser(_previous: UserActionState, form: FormData): Promise<UserActionState> {
  return createUserAction(formFields(form, ARRAYS));
}

export async function saveMemberships(_previous: UserActionState, form: FormData): Promise<UserActionState> {
  return saveMembershipsAction(formFields(form, ARRAYS));
}

export async function setUserActive(_previous: UserActionState, form: FormData): Promise<UserActionState> {
  return setUserActiveAction(formFields(form));
}

export async function endUserSessions(_previous: UserActionState, form: FormData): Promise<UserActionState> {
  return endUserSessionsAction(formFields(form));
}

export async function createPasswordLink(_previous: UserActionState, form: FormData): Promise<UserActionState> {
  return createPasswordLinkAction(formFields(form));
}

'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import { withValues } from '@/lib/admin/form-values';
import {
  type DepartmentActionData,
  closeDepartmentAction,
  createDepartmentAction,
  reopenDepartmentAction,
  updateDepartmentAction,
} from '@/lib/admin/departments';

export type DepartmentActionState =
  (ActionResult<DepartmentActionData> & { values?: Record<string, string | string[]> }) | null;

export async function createDepartment(_p: DepartmentActionState, form: FormData): Promise<DepartmentActionState> {
  const fields = formFields(form);
  return withValues(await createDepartmentAction(fields), fields);
}

export async function updateDepartment(_p: DepartmentActionState, form: FormData): Promise<DepartmentActionState> {
  const fields = formFields(form);
  return withValues(await updateDepartmentAction(fields), fields);
}

export async function closeDepartment(_p: DepartmentActionState, form: FormData): Promise<DepartmentActionState> {
  const fields = formFields(form);
  return withValues(await closeDepartmentAction(fields), fields);
}

export async function reopenDepartment(_p: DepartmentActionState, form: FormData): Promise<DepartmentActionState> {
  const fields = formFields(form);
  return withValues(await reopenDepartmentAction(fields), fields);
}

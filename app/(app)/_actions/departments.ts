'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import {
  type DepartmentActionData,
  closeDepartmentAction,
  createDepartmentAction,
  reopenDepartmentAction,
  updateDepartmentAction,
} from '@/lib/admin/departments';

export type DepartmentActionState = ActionResult<DepartmentActionData> | null;

export async function createDepartment(_p: DepartmentActionState, form: FormData): Promise<DepartmentActionState> {
  return createDepartmentAction(formFields(form));
}

export async function updateDepartment(_p: DepartmentActionState, form: FormData): Promise<DepartmentActionState> {
  return updateDepartmentAction(formFields(form));
}

export async function closeDepartment(_p: DepartmentActionState, form: FormData): Promise<DepartmentActionState> {
  return closeDepartmentAction(formFields(form));
}

export async function reopenDepartment(_p: DepartmentActionState, form: FormData): Promise<DepartmentActionState> {
  return reopenDepartmentAction(formFields(form));
}

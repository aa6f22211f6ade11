'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import { withValues } from '@/lib/admin/form-values';
import {
  type BoardGoalActionData,
  createBoardGoalAction,
  removeBoardGoalAction,
  updateBoardGoalAction,
} from '@/lib/admin/board-goals';

export type BoardGoalActionState =
  (ActionResult<BoardGoalActionData> & { values?: Record<string, string | string[]> }) | null;

export async function createBoardGoal(_p: BoardGoalActionState, form: FormData): Promise<BoardGoalActionState> {
  const fields = formFields(form);
  return withValues(await createBoardGoalAction(fields), fields);
}

export async function updateBoardGoal(_p: BoardGoalActionState, form: FormData): Promise<BoardGoalActionState> {
  const fields = formFields(form);
  return withValues(await updateBoardGoalAction(fields), fields);
}

export async function removeBoardGoal(_p: BoardGoalActionState, form: FormData): Promise<BoardGoalActionState> {
  const fields = formFields(form);
  return withValues(await removeBoardGoalAction(fields), fields);
}

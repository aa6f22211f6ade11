'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import {
  type BoardGoalActionData,
  createBoardGoalAction,
  removeBoardGoalAction,
  updateBoardGoalAction,
} from '@/lib/admin/board-goals';

export type BoardGoalActionState = ActionResult<BoardGoalActionData> | null;

export async function createBoardGoal(_p: BoardGoalActionState, form: FormData): Promise<BoardGoalActionState> {
  return createBoardGoalAction(formFields(form));
}

export async function updateBoardGoal(_p: BoardGoalActionState, form: FormData): Promise<BoardGoalActionState> {
  return updateBoardGoalAction(formFields(form));
}

export async function removeBoardGoal(_p: BoardGoalActionState, form: FormData): Promise<BoardGoalActionState> {
  return removeBoardGoalAction(formFields(form));
}

'use server';

import { formFields } from '@/lib/auth/guard';
import type { PlanActionState } from '@/lib/plans/action-state';
import { createMeetingAction, sendPlanToMeetingAction, updateMeetingAction } from '@/lib/review/meeting-mutations';
import { addProtocolNoteAction, answerQuestionAction, setMinutesAction } from '@/lib/review/answer-mutations';
import { askQuestionAction, editQuestionAction, withdrawQuestionAction } from '@/lib/review/question-mutations';

type State = PlanActionState;

export async function createMeeting(_previous: State, form: FormData): Promise<State> {
  return createMeetingAction(formFields(form, ['unionIds']));
}

export async function updateMeeting(_previous: State, form: FormData): Promise<State> {
  return updateMeetingAction(formFields(form, ['unionIds']));
}

export async function sendPlanToMeeting(_previous: State, form: FormData): Promise<State> {
  return sendPlanToMeetingAction(formFields(form));
}

export async function askQuestion(_previous: State, form: FormData): Promise<State> {
  return askQuestionAction(formFields(form));
}

export async function editQuestion(_previous: State, form: FormData): Promise<State> {
  return editQuestionAction(formFields(form));
}

export async function withdrawQuestion(_previous: State, form: FormData): Promise<State> {
  return withdrawQuestionAction(formFields(form));
}

export async function answerQuestion(_previous: State, form: FormData): Promise<State> {
  return answerQuestionAction(formFields(form));
}

export async function setMinutes(_previous: State, form: FormData): Promise<State> {
  return setMinutesAction(formFields(form));
}

export async function addProtocolNote(_previous: State, form: FormData): Promise<State> {
  return addProtocolNoteAction(formFields(form));
}

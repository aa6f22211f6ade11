'use server';

import { formFields } from '@/lib/auth/guard';
import type { PlanActionState } from '@/lib/plans/action-state';
import {
  addSectionAction,
  moveSectionAction,
  removeSectionAction,
  restoreRevisionAction,
  restoreSectionAction,
  saveSectionAction,
  saveSectionSettingsAction,
} from '@/lib/plans/section-mutations';

/** The editor calls this directly (not through a form): the document travels as a JSON string. */
export async function saveSection(input: {
  org: string;
  sectionId: string;
  version: number;
  body: string;
  requestId?: string;
}): Promise<PlanActionState> {
  return saveSectionAction(input);
}

export async function addSection(_previous: PlanActionState, form: FormData): Promise<PlanActionState> {
  return addSectionAction(formFields(form));
}

export async function removeSection(_previous: PlanActionState, form: FormData): Promise<PlanActionState> {
  return removeSectionAction(formFields(form));
}

export async function restoreSection(_previous: PlanActionState, form: FormData): Promise<PlanActionState> {
  return restoreSectionAction(formFields(form));
}

export async function moveSection(_previous: PlanActionState, form: FormData): Promise<PlanActionState> {
  return moveSectionAction(formFields(form));
}

export async function saveSectionSettings(_previous: PlanActionState, form: FormData): Promise<PlanActionState> {
  return saveSectionSettingsAction(formFields(form));
}

export async function restoreRevision(_previous: PlanActionState, form: FormData): Promise<PlanActionState> {
  return restoreRevisionAction(formFields(form));
}

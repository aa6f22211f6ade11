'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import {
  fetchFromKoladaAction,
  importKoladaFileAction,
  previewKoladaFileAction,
  removeKoladaKpiAction,
  saveKoladaKpiAction,
  saveKoladaSettingsAction,
} from '@/lib/kolada/mutations';
import type { KoladaActionData, KoladaFilePreview } from '@/lib/kolada/schemas';

export type KoladaActionState = ActionResult<KoladaActionData> | null;
export type KoladaPreviewState = ActionResult<KoladaFilePreview> | null;

export async function fetchFromKolada(_p: KoladaActionState, form: FormData): Promise<KoladaActionState> {
  return fetchFromKoladaAction(formFields(form));
}

export async function previewKoladaFile(_p: KoladaPreviewState, form: FormData): Promise<KoladaPreviewState> {
  return previewKoladaFileAction(formFields(form));
}

export async function importKoladaFile(_p: KoladaActionState, form: FormData): Promise<KoladaActionState> {
  return importKoladaFileAction(formFields(form));
}

export async function saveKoladaKpi(_p: KoladaActionState, form: FormData): Promise<KoladaActionState> {
  return saveKoladaKpiAction(formFields(form));
}

export async function removeKoladaKpi(_p: KoladaActionState, form: FormData): Promise<KoladaActionState> {
  return removeKoladaKpiAction(formFields(form));
}

export async function saveKoladaSettings(_p: KoladaActionState, form: FormData): Promise<KoladaActionState> {
  return saveKoladaSettingsAction(formFields(form));
}

'use server';

import { type ActionResult, formFields } from '@/lib/auth/guard';
import { importPopulationForecastAction, previewPopulationForecastAction } from '@/lib/needs/population-mutations';
import type { PopulationPreview } from '@/lib/needs/population-schemas';
import {
  removeStaffingRatioAction,
  removeVolumeChangeAction,
  saveOrganizationDistrictsAction,
  saveStaffingRatioAction,
  saveVolumeChangeAction,
} from '@/lib/needs/population-settings';

export type PopulationPreviewState = ActionResult<PopulationPreview> | null;
export type MessageState = ActionResult<{ message: string }> | null;

export async function previewPopulationForecast(_: unknown, form: FormData) {
  return previewPopulationForecastAction(formFields(form));
}

export async function importPopulationForecast(_: unknown, form: FormData) {
  return importPopulationForecastAction(formFields(form));
}

export async function saveStaffingRatio(_: unknown, form: FormData) {
  return saveStaffingRatioAction(formFields(form));
}

export async function removeStaffingRatio(_: unknown, form: FormData) {
  return removeStaffingRatioAction(formFields(form));
}

export async function saveVolumeChange(_: unknown, form: FormData) {
  return saveVolumeChangeAction(formFields(form));
}

export async function removeVolumeChange(_: unknown, form: FormData) {
  return removeVolumeChangeAction(formFields(form));
}

export async function saveOrganizationDistricts(_: unknown, form: FormData) {
  return saveOrganizationDistrictsAction(formFields(form, ['districtIds']));
}

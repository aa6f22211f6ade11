import 'server-only';
import { DataAccessDenied, organizationFor } from '../auth/data-access';
import type { OrgAccess } from '../auth/permissions';
import { type Db, getDb } from '../db/client';
import type { Tx } from '../auth/guard';
import { type VolumeDemand, volumeDemandsOf } from './volume-demands';

export type { VolumeDemand };

/**
 * The volume change per occupation and year for the recruitment need (issue 19, "Volymförändring"): the
 * förvaltning's staffing ratios applied to the newest forecast (or the vintage asked for) of the districts it
 * serves, or the changes HR stated directly. The arithmetic is computeVolumeDemand (volume-demand.ts).
 */
export async function loadVolumeDemand(
  access: OrgAccess,
  organizationId: string,
  years: number[],
  options: { vintage?: string } = {},
): Promise<VolumeDemand> {
  if (organizationFor(access, 'read:statistics') !== organizationId) throw new DataAccessDenied('membership');
  return volumeDemandOf(await getDb(), organizationId, years, options);
}

/**
 * The same without the caller's access, in the caller's transaction: for reads that authorized already (the
 * recruitment-need forecast of a page, and the plan's live forecast tables while a snapshot is frozen).
 */
export async function volumeDemandOf(
  db: Db | Tx,
  organizationId: string,
  years: number[],
  options: { vintage?: string } = {},
): Promise<VolumeDemand> {
  return (await volumeDemandsOf(db, [organizationId], years, options)).get(organizationId)!;
}

import 'server-only';
import type { Tx } from '../auth/guard';
import type { Db } from '../db/client';
import { parseEnv } from '../env';
import { KoladaError, createKoladaClient } from './client';
import type { KoladaGroupMeta, KoladaKpiMeta, KoladaRow } from './format';
import { type Provenance, storeKoladaRows } from './store';

/**
 * A fetch of the listed KPIs from Kolada's API and its storing, shared by "Hämta från Kolada" (an administrator,
 * lib/kolada/mutations.ts) and the nightly refresh (lib/jobs/kolada-refresh.ts). The call to Kolada happens
 * outside any transaction; what came back is stored in the caller's.
 */

export type KoladaRequest = { municipalities: string[]; years: number[] };
export type KoladaFetched = { rows: KoladaRow[]; groups: KoladaGroupMeta[]; kpis: KoladaKpiMeta[]; unknown: string[] };

function koladaClient() {
  const env = parseEnv(process.env);
  return createKoladaClient({ baseUrl: env.KOLADA_URL, backoffBaseMs: env.KOLADA_BACKOFF_MS });
}

/** What "Hämta från Kolada" asks for by default: Stockholm, riket and the comparison group's members. */
export function defaultMunicipalities(groupMembers: readonly string[]): string[] {
  return ['0180', '0000', ...groupMembers.filter((m) => m !== '0180')];
}

/** The six years before this one (Kolada publishes a year's figures during the next). */
export function defaultYears(now: Date): number[] {
  const thisYear = now.getFullYear();
  return Array.from({ length: 6 }, (_, i) => thisYear - 6 + i);
}

/** Every value of the listed KPIs, their titles and Kolada's municipality groups; a Kolada failure as its message. */
export async function fetchListedKpis(
  db: Pick<Db, 'koladaKpi'>,
  request: KoladaRequest,
): Promise<{ ok: true; value: KoladaFetched } | { ok: false; error: string; code: 'invalid' | 'failed' }> {
  const listed = await db.koladaKpi.findMany({ orderBy: { sortOrder: 'asc' }, select: { id: true } });
  if (listed.length === 0) return { ok: false, error: 'Lägg till minst ett nyckeltal att hämta.', code: 'invalid' };
  const client = koladaClient();
  try {
    const metas = await Promise.all(listed.map((k) => client.fetchKpi(k.id)));
    const kpis = metas.filter((m): m is KoladaKpiMeta => m !== null);
    const unknown = listed.filter((_, i) => metas[i] === null).map((k) => k.id);
    const groups = await client.fetchMunicipalityGroups();
    const rows = await client.fetchValues({ kpis: kpis.map((k) => k.id), ...request });
    return { ok: true, value: { rows, groups, kpis, unknown } };
  } catch (error) {
    if (error instanceof KoladaError) return { ok: false, error: error.message, code: 'failed' };
    throw error;
  }
}

/** Stores a fetch with its provenance, updates the groups and verifies the KPIs' titles; returns the audit details. */
export async function storeFetched(tx: Tx, fetched: KoladaFetched, request: KoladaRequest, provenance: Provenance) {
  const stored = await storeKoladaRows(tx, fetched.rows, provenance);
  for (const g of fetched.groups) {
    await tx.koladaGroup.upsert({ where: { id: g.id }, create: g, update: { title: g.title, members: g.members } });
  }
  for (const k of fetched.kpis) {
    await tx.koladaKpi.update({
      where: { id: k.id },
      data: { title: k.title, description: k.description, titleVerified: true },
    });
  }
  return {
    ...stored,
    details: {
      källa: 'api',
      värden: stored.stored,
      ersatta: stored.replaced,
      exempeldataBorttagen: stored.removedExample,
      nyckeltal: fetched.kpis.map((k) => k.id),
      okända: fetched.unknown,
      kommuner: request.municipalities,
      år: request.years,
      grupper: fetched.groups.length,
    },
  };
}

import 'server-only';
import { recordAudit } from '../audit';
import { TRANSACTION_OPTIONS } from '../auth/guard';
import type { Db } from '../db/client';
import { log } from '../log/logger';
import { defaultMunicipalities, defaultYears, fetchListedKpis, storeFetched } from '../kolada/api-fetch';
import type { JobSummary } from './definitions';

/**
 * The nightly Kolada refresh: the listed KPIs for Stockholm, riket and the comparison group, the six years before
 * this one (what "Hämta från Kolada" asks for by default). Only where an administrator has fetched from Kolada's
 * API before: many city networks block outbound traffic and use the file import, and the demo's example data is
 * not to be replaced behind anyone's back. An unreachable Kolada is logged at warn and changes nothing; the job
 * does not fail (a retry minutes later would not help; the next night tries again).
 */
export async function refreshKolada(db: Db, now: Date): Promise<JobSummary> {
  if (!(await db.koladaFetch.findFirst({ where: { source: 'api' }, select: { id: true } }))) {
    return { skipped: 'never fetched from the API' };
  }
  const settings = await db.koladaSettings.findUnique({ where: { id: 1 } });
  const group = settings?.comparisonGroupId
    ? await db.koladaGroup.findUnique({ where: { id: settings.comparisonGroupId } })
    : null;
  const request = { municipalities: defaultMunicipalities(group?.members ?? []), years: defaultYears(now) };
  const fetched = await fetchListedKpis(db, request);
  if (!fetched.ok) {
    log('warn', 'kolada refresh fetched nothing', { entry: 'kolada-refresh', kind: 'job', outcome: fetched.code });
    return { skipped: fetched.code === 'invalid' ? 'no KPIs listed' : 'Kolada unreachable' };
  }
  const stored = await db.$transaction(
    async (tx) => {
      const stored = await storeFetched(tx, fetched.value, request, { source: 'api' });
      await recordAudit(tx, {
        action: 'jobs.kolada-refresh',
        entityType: 'KoladaFetch',
        entityId: stored.fetchId,
        details: stored.details,
      });
      return stored;
    },
    TRANSACTION_OPTIONS, // as the administrator's fetch (lib/auth/guard.ts)
  );
  return { stored: stored.stored, replaced: stored.replaced };
}

import 'server-only';
import type { Db } from '../db/client';
import type { Tx } from '../auth/guard';
import type { MeasureYear } from './default-year';

/**
 * Computed statistics pages, kept in this server process under the organisation's data version.
 *
 * Why not Next's cache tags: `revalidateTag` only reaches the process that calls it and only writes that go
 * through a server action calling it; an import on another server instance, the seed, `npm run data:city` or a
 * correction in psql would leave a tagged entry stale. Here the version is raised by database triggers in the same
 * transaction as every change to what the pages show (OrganizationDataVersion, see the statistic_years migration),
 * and each request reads it (one primary-key lookup) before it reads any data: an entry is only ever found under the
 * version its data was read at or after, so a committed import is never answered with older figures, whoever wrote
 * it and on whichever instance.
 *
 * The key always holds everything the result depends on besides the data — for a dashboard the viewer's scope and
 * whether cells are suppressed (suppression differs per role) — so that no entry is shared across scopes.
 * Concurrent misses for the same key share one computation. Entries of an older version of an organisation are
 * dropped as soon as a newer version is seen; the whole cache is bounded (least recently used goes first).
 */

const LIMIT = 300;
const entries = new Map<string, Promise<unknown>>();
const newestVersion = new Map<string, bigint>();

/** The organisation's data version (0 before anything was ever stored). */
export async function dataVersion(db: Db | Tx, organizationId: string): Promise<bigint> {
  const row = await db.organizationDataVersion.findUnique({ where: { organizationId } });
  return row?.version ?? 0n;
}

export async function cached<T>(
  kind: string,
  organizationId: string,
  version: bigint,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const seen = newestVersion.get(organizationId);
  if (seen === undefined || version > seen) {
    newestVersion.set(organizationId, version);
    if (seen !== undefined) {
      const prefix = `${organizationId}|`;
      for (const k of entries.keys())
        if (k.startsWith(prefix) && !k.startsWith(`${prefix}${version}|`)) entries.delete(k);
    }
  }
  const full = `${organizationId}|${version}|${kind}|${key}`;
  const hit = entries.get(full) as Promise<T> | undefined;
  if (hit) {
    entries.delete(full); // most recently used last
    entries.set(full, hit);
    return hit;
  }
  const pending = compute();
  entries.set(full, pending);
  pending.catch(() => {
    if (entries.get(full) === pending) entries.delete(full);
  });
  if (entries.size > LIMIT) entries.delete(entries.keys().next().value!);
  return pending;
}

/** For tests: how many entries an organisation holds. */
export function cachedEntryCount(organizationId: string): number {
  return [...entries.keys()].filter((k) => k.startsWith(`${organizationId}|`)).length;
}

/** The years each measure has figures for (StatisticYear, kept by triggers), instead of grouping every figure. */
export async function availableYears(db: Db | Tx, organizationId: string): Promise<MeasureYear[]> {
  return db.statisticYear.findMany({ where: { organizationId }, select: { measure: true, year: true } });
}

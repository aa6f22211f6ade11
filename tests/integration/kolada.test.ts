import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  fetchFromKoladaAction,
  importKoladaFileAction,
  previewKoladaFileAction,
  saveKoladaKpiAction,
} from '@/lib/kolada/mutations';
import { loadKoladaComparisons } from '@/lib/kolada/queries';
import { storeKoladaRows } from '@/lib/kolada/store';
import { seedKoladaExample } from '@/prisma/seed/kolada';
import { roleAccess } from '../support/access';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * "Hämta från Kolada" against a local server replaying Kolada v3, and "Importera Kolada-fil" with the same data:
 * both store the same rows, with provenance, in one transaction; a failing Kolada stores nothing.
 */
let t: TestDatabase;
let server: Server;
let systemAdmin: string;
let org: Awaited<ReturnType<typeof createOrganization>>;
let failing = 0;
const YEARS = [2023, 2024];

/** One recorded page per KPI: Stockholm, riket and Göteborg, total and by gender; N00091 is unknown to Kolada. */
function dataPage(kpi: string) {
  const values = ['0180', '0000', '1480'].flatMap((municipality, m) =>
    YEARS.map((period) => ({
      kpi,
      municipality,
      period,
      values: [
        { gender: 'T', value: 6 + m + (period - 2023) / 10, status: '', count: 1 },
        {
          gender: 'K',
          value: period === 2024 && m === 2 ? null : 7 + m,
          status: period === 2024 && m === 2 ? 'Missing' : '',
          count: 1,
        },
      ],
    })),
  );
  return { count: values.length, values, next_url: null };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    const send = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (failing > 0) return send(500, { detail: 'fel' });
    const kpi = /^\/v3\/kpi\/(\w+)$/.exec(url.pathname)?.[1];
    if (kpi)
      return send(200, { count: 1, values: kpi === 'N00091' ? [] : [{ id: kpi, title: `Koladas titel ${kpi}` }] });
    if (url.pathname === '/v3/municipality_groups')
      return send(200, { values: [{ id: 'G1', title: 'Storstäder', members: [{ id: '0180' }, { id: '1480' }] }] });
    const data = /^\/v3\/data\/kpi\/(\w+)\/municipality\/[\d,]+\/year\/[\d,]+$/.exec(url.pathname);
    if (data && url.searchParams.get('per_page') === '5000') return send(200, dataPage(data[1]!));
    send(404, { detail: 'Not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.KOLADA_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.KOLADA_BACKOFF_MS = '1';
  t = await createTestDatabase();
  org = await createOrganization(t.db, {
    statistics: [
      { measure: 'sickLeave', year: 2024, category: 'total', value: 6.2, decimals: 1, population: 400, stated: true },
      {
        measure: 'sickLeave',
        year: 2024,
        category: 'total',
        department: 'Förskola',
        value: 5,
        decimals: 1,
        population: 3,
        stated: true,
      },
    ],
  });
  systemAdmin = (
    await createUser(t.db, { email: 'system@kolada.se', name: 'System', memberships: [], isSystemAdmin: true })
  ).id;
  await createUser(t.db, { email: 'hr@kolada.se', name: 'HR', memberships: [{ org: org.slug, role: 'HR' }] });
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(async () => {
  failing = 0;
  await t.db.koladaFetch.deleteMany();
  actAs(systemAdmin);
});
afterEach(() => stopActing());

/** Every stored value, in a comparable order, without ids. */
async function storedRows() {
  const rows = await t.db.koladaValue.findMany({
    select: { kpi: true, municipality: true, period: true, gender: true, value: true, status: true, count: true },
  });
  return rows.map((r) => JSON.stringify(r)).sort();
}

const fetchForm = { municipalities: '0180, 0000, 1480', years: '2023–2024' };

describe('Hämta från Kolada', () => {
  it('stores every value with its provenance, verifies titles and names the KPI Kolada does not know', async () => {
    const result = await fetchFromKoladaAction(fetchForm);
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.data.message).toMatch(/Kolada känner inte till N00091/);
    const fetch = await t.db.koladaFetch.findFirstOrThrow({ include: { _count: { select: { values: true } } } });
    expect(fetch).toMatchObject({ source: 'api', byEmail: 'system@kolada.se', byUserId: systemAdmin });
    // 17 known KPIs × 3 municipalities × 2 years × 2 genders.
    expect(fetch._count.values).toBe(17 * 3 * 2 * 2);
    expect(
      await t.db.koladaValue.findFirst({ where: { kpi: 'N00090', municipality: '1480', period: 2024, gender: 'K' } }),
    ).toMatchObject({ value: null, status: 'Missing' });
    expect(await t.db.koladaKpi.findUniqueOrThrow({ where: { id: 'N00090' } })).toMatchObject({
      title: 'Koladas titel N00090',
      titleVerified: true,
    });
    expect(await t.db.koladaKpi.findUniqueOrThrow({ where: { id: 'N00091' } })).toMatchObject({ titleVerified: false });
    expect(await t.db.koladaGroup.findUnique({ where: { id: 'G1' } })).toMatchObject({ members: ['0180', '1480'] });
    expect(await t.db.auditLog.count({ where: { action: 'kolada.fetch', entityId: fetch.id } })).toBe(1);
  });

  it('stores nothing when Kolada answers 500 every time, and says so in Swedish', async () => {
    await seedKoladaExample(t.db as never);
    const before = await storedRows();
    failing = 1;
    const result = await fetchFromKoladaAction(fetchForm);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/HTTP 500.*Inget har sparats/) });
    expect(await storedRows()).toEqual(before);
    expect(await t.db.auditLog.count({ where: { action: 'kolada.fetch' } })).toBe(1); // the earlier test's only
  });

  it('refuses anyone but a system administrator', async () => {
    actAs((await t.db.user.findUniqueOrThrow({ where: { email: 'hr@kolada.se' } })).id);
    expect(await fetchFromKoladaAction(fetchForm)).toMatchObject({ ok: false, code: 'denied' });
    expect(await t.db.koladaValue.count()).toBe(0);
  });
});

describe('Importera Kolada-fil', () => {
  const known = () => t.db.koladaKpi.findMany({ where: { NOT: { id: 'N00091' } }, select: { id: true } });

  async function importFile(file: File) {
    const preview = await previewKoladaFileAction({ file });
    if (!preview.ok) throw new Error(preview.error);
    expect(await t.db.koladaValue.count()).toBe(0); // a preview writes nothing
    return { preview: preview.data, result: await importKoladaFileAction({ file, checksum: preview.data.checksum }) };
  }

  it('stores the same rows from the API’s JSON and from CSV as a fetch does', async () => {
    await fetchFromKoladaAction(fetchForm);
    const fetched = await storedRows();
    await t.db.koladaFetch.deleteMany();

    const pages = (await known()).map((k) => dataPage(k.id));
    const json = new File([JSON.stringify(pages)], 'kolada.json', { type: 'application/json' });
    const { preview, result } = await importFile(json);
    expect(preview).toMatchObject({ rowCount: fetched.length, municipalities: ['0000', '0180', '1480'], years: YEARS });
    expect(result).toMatchObject({ ok: true });
    expect(await storedRows()).toEqual(fetched);
    expect(await t.db.koladaFetch.findFirstOrThrow()).toMatchObject({ source: 'file', fileName: 'kolada.json' });
    await t.db.koladaFetch.deleteMany();

    const lines = pages.flatMap((p) =>
      p.values.flatMap((r) =>
        r.values.map((v) =>
          [
            r.kpi,
            r.municipality,
            r.period,
            v.gender,
            v.value === null ? '' : String(v.value).replace('.', ','),
            v.status,
            v.count,
          ].join(';'),
        ),
      ),
    );
    const csv = new File([`\uFEFFKPI;Kommun-id;År;Kön;Värde;Status;Antal\n${lines.join('\n')}\n`], 'kolada.csv');
    expect((await importFile(csv)).result).toMatchObject({ ok: true });
    expect(await storedRows()).toEqual(fetched);
  });

  // PGlite runs one transaction at a time: only PostgreSQL runs two stores at once.
  it.skipIf(process.env.TEST_DATABASE !== 'postgres')(
    'an import while another store of the same values is open waits for it, then replaces them',
    async () => {
      const pages = (await known()).map((k) => dataPage(k.id));
      const file = new File([JSON.stringify(pages)], 'kolada.json', { type: 'application/json' });
      const preview = await previewKoladaFileAction({ file });
      if (!preview.ok) throw new Error(preview.error);
      const rows = pages.flatMap((p) =>
        p.values.flatMap(({ values, ...key }) => values.map((v) => ({ ...key, ...v, gender: v.gender as 'T' | 'K' }))),
      );
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let opened!: () => void;
      const stored = new Promise<void>((resolve) => (opened = resolve));
      const other = t.connect().$transaction(
        async (tx) => {
          await storeKoladaRows(tx, rows, { source: 'file', fileName: 'annan.json' });
          opened();
          await held;
        },
        { timeout: 30_000 },
      );
      await stored;
      const imported = importKoladaFileAction({ file, checksum: preview.data.checksum });
      await new Promise((resolve) => setTimeout(resolve, 500));
      release();
      await other;
      expect(await imported).toMatchObject({ ok: true });
      const values = await storedRows();
      expect(new Set(values).size).toBe(values.length);
      expect(values).toHaveLength(rows.length);
      // The open store's values were all replaced by the import's.
      expect(await t.db.koladaFetch.findFirstOrThrow()).toMatchObject({ fileName: 'kolada.json' });
      expect(await t.db.koladaFetch.count()).toBe(1);
    },
  );

  it('refuses a file that is not Kolada’s format, row by row, and stores nothing', async () => {
    const bad = new File(['KPI;Kommun-id;År;Kön;Värde\nN00090;Stockholm;2024;T;6,2\n'], 'fel.csv');
    const preview = await previewKoladaFileAction({ file: bad });
    expect(preview).toMatchObject({
      ok: false,
      fieldErrors: { file: [expect.stringMatching(/^Rad 2: kommun ska vara/)] },
    });
    const changed = new File(['x'], 'kolada.json');
    expect(await importKoladaFileAction({ file: changed, checksum: 'a'.repeat(64) })).toMatchObject({ ok: false });
    expect(await t.db.koladaValue.count()).toBe(0);
  });

  it('replaces the example data, and the dashboard shows the own figure beside Stockholm, riket and the group', async () => {
    await seedKoladaExample(t.db as never);
    let view = await loadKoladaComparisons(roleAccess(org.id, 'HR'), 'Förvaltningen');
    expect(view.example).toBe(true);
    expect(view.group?.id).toBe('G-EXEMPEL-1');
    await fetchFromKoladaAction(fetchForm);
    // The example group went with the example values.
    expect(await t.db.koladaGroup.findUnique({ where: { id: 'G-EXEMPEL-1' } })).toBeNull();
    await saveKoladaKpiAction({
      id: 'N00090',
      title: 'Sjukfrånvaro totalt',
      ownMeasure: 'sickLeave',
      definitionNote: 'Skillnad.',
    });
    await t.db.koladaSettings.update({ where: { id: 1 }, data: { comparisonGroupId: 'G1' } });
    view = await loadKoladaComparisons(roleAccess(org.id, 'HR'), 'Förvaltningen');
    expect(view.example).toBe(false);
    const sick = view.comparisons.find((c) => c.kpi.id === 'N00090')!;
    expect(sick.latest).toEqual({
      year: 2024,
      own: { value: 6.2, display: '6,2\u00a0%' },
      stockholm: 6.1,
      riket: 7.1,
      group: 7.1, // the mean of Stockholm 6,1 and Göteborg 8,1
    });
    expect(sick.chart.series.map((s) => s.label)).toEqual(['Förvaltningen', 'Stockholms stad', 'Riket', 'Storstäder']);
    expect(sick.chart.definition).toBe('Skillnad.');
  });
});

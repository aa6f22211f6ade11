/**
 * "Importera befolkningsprognos" and the settings that turn it into staff (issue 19, Volymförändring), through the
 * guard against a real database: preview writes nothing, confirming stores the vintage whole with its audit row,
 * a bad file changes nothing, re-importing a vintage replaces it, a double submit imports once, two confirmations
 * at the same time leave one copy (run on PostgreSQL too), and only HR writes.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importPopulationForecastAction, previewPopulationForecastAction } from '@/lib/needs/population-mutations';
import {
  removeStaffingRatioAction,
  saveOrganizationDistrictsAction,
  saveStaffingRatioAction,
  saveVolumeChangeAction,
} from '@/lib/needs/population-settings';
import { loadVolumeDemand } from '@/lib/needs/volume';
import { actAs, stopActing } from '../support/as-user';
import { accessOf } from '../support/access';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
let otherOrg: Awaited<ReturnType<typeof createOrganization>>;
const users: Record<'hr' | 'manager' | 'union' | 'admin' | 'otherHr', string> = {
  hr: '',
  manager: '',
  union: '',
  admin: '',
  otherHr: '',
};
let nurseAssistant: string;

const HEADER = 'Stadsdelsområde;Åldersgrupp;År;Antal\n';
/** Norra innerstaden, 80+ growing by 200 a year from 8 000 in 2026. */
const GOOD = `\uFEFF${HEADER}${[2026, 2027, 2028, 2029].map((y, i) => `Norra innerstaden;80+;${y};${8000 + 200 * i}`).join('\n')}\n`;
const file = (text: string, name = 'prognos.csv') => new File([text], name, { type: 'text/csv' });

async function preview(text: string, vintageYear = '2025', name?: string) {
  return previewPopulationForecastAction({ org: org.slug, vintageYear, file: file(text, name) });
}
async function confirm(text: string, vintageYear = '2025', requestId: string = randomUUID()) {
  const previewed = await preview(text, vintageYear);
  if (!previewed.ok) throw new Error(previewed.error);
  return importPopulationForecastAction({
    org: org.slug,
    vintageYear,
    file: file(text),
    checksum: previewed.data.checksum,
    requestId,
  });
}
const stored = () => t.db.populationForecast.findMany({ where: { organizationId: org.id }, include: { rows: true } });
const writesCount = async () =>
  (await t.db.populationForecastRow.count()) + (await t.db.populationForecast.count()) + (await t.db.auditLog.count());

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db);
  otherOrg = await createOrganization(t.db);
  await t.db.organizationDistrict.create({
    data: { organizationId: org.id, districtId: 'stockholm-norra-innerstaden' },
  });
  const user = async (key: keyof typeof users, membership: Parameters<typeof createUser>[1]['memberships'][number]) => {
    users[key] = (await createUser(t.db, { email: `${key}@befolkning.test`, name: key, memberships: [membership] })).id;
  };
  await user('hr', { org: org.slug, role: 'HR' });
  await user('manager', { org: org.slug, role: 'MANAGER', departments: ['Äldreomsorg'] });
  await user('union', { org: org.slug, role: 'UNION_REP', union: 'Vision' });
  await user('admin', { org: org.slug, role: 'ADMIN' });
  await user('otherHr', { org: otherOrg.slug, role: 'HR' });
  nurseAssistant = (
    await t.db.occupation.findFirstOrThrow({ where: { organizationId: org.id, name: 'Undersköterska' } })
  ).id;
});
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

describe(`Importera befolkningsprognos (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('previews what would be stored and writes nothing', async () => {
    actAs(users.hr);
    const before = await writesCount();
    const result = await preview(GOOD);
    expect(result).toMatchObject({
      ok: true,
      data: {
        vintage: 'prognos 2025',
        rowCount: 4,
        districts: ['Norra innerstaden'],
        ageGroups: ['80+'],
        years: [2026, 2027, 2028, 2029],
        otherDistrictRows: 0,
        replaces: null,
      },
    });
    expect(await writesCount()).toBe(before);
  });

  it('stores the vintage on confirming, with its audit row', async () => {
    actAs(users.hr);
    const result = await confirm(GOOD);
    expect(result).toMatchObject({ ok: true, data: { message: expect.stringContaining('4 rader sparade') } });
    const [forecast] = await stored();
    expect(forecast).toMatchObject({
      vintageYear: 2025,
      fileName: 'prognos.csv',
      importedByEmail: 'hr@befolkning.test',
    });
    expect(forecast!.rows.map((r) => Number(r.population)).sort()).toEqual([8000, 8200, 8400, 8600]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'needs.population.import' } });
    expect(audit).toMatchObject({ userId: users.hr, organizationId: org.id, entityId: forecast!.id });
  });

  it.each([
    [
      'an unknown district',
      `${HEADER}Gamla stan;80+;2026;10\n`,
      'Rad 2, kolumn Stadsdelsområde: Okänt stadsdelsområde "Gamla stan"',
    ],
    [
      'a negative number',
      `${HEADER}Norra innerstaden;80+;2026;-10\n`,
      'Rad 2, kolumn Antal: Antalet kan inte vara negativt',
    ],
    ['a non-numeric number', `${HEADER}Norra innerstaden;80+;2026;tio\n`, 'Rad 2, kolumn Antal: "tio" är inte ett tal'],
    [
      'a missing column',
      'Stadsdelsområde;År;Antal\nNorra innerstaden;2026;10\n',
      'Rad 1, kolumn Åldersgrupp: Kolumnen "Åldersgrupp" saknas.',
    ],
    ['an empty file', '', 'Filen är tom.'],
  ])('refuses %s in Swedish, row by row, and changes nothing', async (_, text, message) => {
    actAs(users.hr);
    const before = await writesCount();
    const previewed = await preview(text);
    expect(previewed).toMatchObject({
      ok: false,
      code: 'invalid',
      error: expect.stringContaining('Inget har sparats'),
    });
    expect(!previewed.ok && previewed.fieldErrors?.file?.join(' ')).toContain(message);
    // Confirming the same bad file (a crafted post) is refused the same way.
    const confirmed = await importPopulationForecastAction({
      org: org.slug,
      vintageYear: '2025',
      file: file(text),
      checksum: 'a'.repeat(64),
      requestId: randomUUID(),
    });
    expect(confirmed).toMatchObject({ ok: false, code: 'invalid' });
    expect(await writesCount()).toBe(before);
  });

  it('refuses a file of the wrong type and a file changed since the preview, changing nothing', async () => {
    actAs(users.hr);
    const before = await writesCount();
    const none = await preview('', '2025', '');
    expect(!none.ok && none.fieldErrors?.file).toEqual(['Välj en fil att importera.']);
    const pdf = await preview('%PDF-1.4', '2025', 'prognos.pdf');
    expect(!pdf.ok && pdf.fieldErrors?.file?.[0]).toContain('Filtypen .pdf stöds inte');
    const previewed = await preview(GOOD);
    const changed = await importPopulationForecastAction({
      org: org.slug,
      vintageYear: '2025',
      file: file(GOOD.replace('8600', '8700')),
      checksum: previewed.ok ? previewed.data.checksum : '',
      requestId: randomUUID(),
    });
    expect(changed).toMatchObject({
      ok: false,
      error: 'Filen har ändrats sedan förhandsgranskningen. Förhandsgranska den igen.',
    });
    expect(await writesCount()).toBe(before);
  });

  it('replaces the vintage whole when it is imported again, and says so in the preview', async () => {
    actAs(users.hr);
    const corrected = `${HEADER}Norra innerstaden;80+;2026;8000\nNorra innerstaden;80+;2027;8100\n`;
    const previewed = await preview(corrected);
    expect(previewed).toMatchObject({ ok: true, data: { replaces: { rowCount: 4, fileName: 'prognos.csv' } } });
    expect(await confirm(corrected)).toMatchObject({ ok: true, data: { message: expect.stringContaining('ersatt') } });
    const forecasts = await stored();
    expect(forecasts).toHaveLength(1);
    expect(forecasts[0]!.rows.map((r) => Number(r.population)).sort()).toEqual([8000, 8100]);
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: 'needs.population.import' },
      orderBy: { createdAt: 'desc' },
    });
    expect(audit.details).toMatchObject({ before: { rows: 4 }, after: { rows: 2 } });
  });

  it('imports once when the same confirmation is submitted twice', async () => {
    actAs(users.hr);
    const requestId = randomUUID();
    const audits = () => t.db.auditLog.count({ where: { action: 'needs.population.import' } });
    const before = await audits();
    const first = await confirm(GOOD, '2024', requestId);
    const second = await confirm(GOOD, '2024', requestId);
    expect(second).toEqual(first);
    expect(await audits()).toBe(before + 1);
    expect((await stored()).filter((f) => f.vintageYear === 2024)).toHaveLength(1);
  });

  it('leaves exactly one copy when confirmations of the same vintage run at once', async () => {
    actAs(users.hr);
    const previewed = await preview(GOOD, '2023');
    if (!previewed.ok) throw new Error(previewed.error);
    const submit = () =>
      importPopulationForecastAction({
        org: org.slug,
        vintageYear: '2023',
        file: file(GOOD),
        checksum: previewed.data.checksum,
        requestId: randomUUID(),
      });
    const results = await Promise.all([submit(), submit(), submit(), submit()]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
    const copies = (await stored()).filter((f) => f.vintageYear === 2023);
    expect(copies).toHaveLength(1);
    expect(copies[0]!.rows).toHaveLength(4);
  });

  it.each(['manager', 'union', 'admin', 'otherHr'] as const)(
    'refuses %s to preview or import, logs it and changes nothing',
    async (caller) => {
      actAs(users[caller]);
      const before = await writesCount();
      expect(await preview(GOOD)).toMatchObject({ ok: false, code: 'denied' });
      expect(
        await importPopulationForecastAction({
          org: org.slug,
          vintageYear: '2025',
          file: file(GOOD),
          checksum: 'a'.repeat(64),
          requestId: randomUUID(),
        }),
      ).toMatchObject({ ok: false, code: 'denied' });
      // Two access.denied rows, nothing else.
      expect(await writesCount()).toBe(before + 2);
    },
  );
});

describe(`staffing ratios and direct changes (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  const ratio = (staff: string, validFrom = '2020') => ({
    org: org.slug,
    occupationId: nurseAssistant,
    ageGroup: '80+',
    staff,
    perResidents: '100',
    validFrom,
  });

  it('refuses a ratio of zero or below with a Swedish message, and one for another förvaltning’s occupation', async () => {
    actAs(users.hr);
    for (const staff of ['0', '-1,5']) {
      const result = await saveStaffingRatioAction(ratio(staff));
      expect(!result.ok && result.fieldErrors?.staff).toEqual(['Bemanningstalet måste vara större än noll.']);
    }
    expect(await saveStaffingRatioAction(ratio('sju'))).toMatchObject({ ok: false, code: 'invalid' });
    const foreign = await t.db.occupation.findFirstOrThrow({ where: { organizationId: otherOrg.id } });
    expect(await saveStaffingRatioAction({ ...ratio('8'), occupationId: foreign.id })).toMatchObject({
      ok: false,
      code: 'denied',
    });
    expect(await t.db.staffingRatio.count()).toBe(0);
  });

  it('refuses a manager and a union rep', async () => {
    for (const caller of ['manager', 'union'] as const) {
      actAs(users[caller]);
      expect(await saveStaffingRatioAction(ratio('8'))).toMatchObject({ ok: false, code: 'denied' });
      expect(
        await saveVolumeChangeAction({ org: org.slug, occupationId: nurseAssistant, year: '2027', change: '5' }),
      ).toMatchObject({ ok: false, code: 'denied' });
    }
    expect(await t.db.staffingRatio.count()).toBe(0);
  });

  it('turns the newest vintage and a ratio changed mid-period into the volume change the loader gives', async () => {
    actAs(users.hr);
    await confirm(GOOD, '2026');
    expect(await saveStaffingRatioAction(ratio('8,5'))).toMatchObject({ ok: true });
    expect(await saveStaffingRatioAction(ratio('9', '2029'))).toMatchObject({ ok: true });
    const access = await accessOf(t.db, users.manager, org.id);
    const volume = await loadVolumeDemand(access, org.id, [2027, 2028, 2029]);
    expect(volume).toMatchObject({ vintage: 'prognos 2026', source: 'ratio', baseYear: 2026 });
    // 8,5 per 100: +200 → 17, +400 → 34; from 2029 9 per 100: 8 600 × 0,09 − 8 000 × 0,085 = 94.
    expect(Object.fromEntries(volume.demand!.get(nurseAssistant)!)).toEqual({ 2027: 17, 2028: 34, 2029: 94 });
    const older = await loadVolumeDemand(access, org.id, [2027], { vintage: 'prognos 2025' });
    expect(older.vintage).toBe('prognos 2025');
    await expect(loadVolumeDemand(access, otherOrg.id, [2027])).rejects.toThrow();
  });

  it('uses a change HR states directly instead, and removes a ratio', async () => {
    actAs(users.hr);
    expect(
      await saveVolumeChangeAction({ org: org.slug, occupationId: nurseAssistant, year: '2027', change: '-3,5' }),
    ).toMatchObject({ ok: true });
    const access = await accessOf(t.db, users.hr, org.id);
    const volume = await loadVolumeDemand(access, org.id, [2027, 2028]);
    expect(volume.source).toBe('direct');
    expect(Object.fromEntries(volume.demand!.get(nurseAssistant)!)).toEqual({ 2027: -3.5 });
    const first = await t.db.staffingRatio.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(await removeStaffingRatioAction({ org: org.slug, id: first.id })).toMatchObject({ ok: true });
    actAs(users.otherHr);
    const second = await t.db.staffingRatio.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(await removeStaffingRatioAction({ org: otherOrg.slug, id: second.id })).toMatchObject({
      ok: false,
      code: 'denied',
    });
  });

  it('keeps the förvaltning’s districts to today’s stadsdelsområden', async () => {
    actAs(users.hr);
    expect(await saveOrganizationDistrictsAction({ org: org.slug, districtIds: ['stockholm-norrmalm'] })).toMatchObject(
      { ok: false, fieldErrors: { districtIds: ['Välj bland dagens stadsdelsområden.'] } },
    );
    expect(
      await saveOrganizationDistrictsAction({
        org: org.slug,
        districtIds: ['stockholm-norra-innerstaden', 'stockholm-jarva'],
      }),
    ).toMatchObject({ ok: true });
    expect(await t.db.organizationDistrict.count({ where: { organizationId: org.id } })).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { buildDashboard, type DashboardInput } from '@/lib/statistics/dashboard';
import { seedStatRows } from '@/prisma/seed/figures';
import { SEED_ORGANIZATIONS } from '@/prisma/seed-data';
import type { SeedOrganization } from '@/prisma/seed-data/types';
import { statRow } from '../support/stat-rows';

/** The seed documents' data, as the query layer would hand it to the builders. */
function input(org: SeedOrganization, year: number, suppress: boolean): DashboardInput {
  const rows = seedStatRows(org);
  const goals = org.goals.map((g) => ({
    measure: g.measure,
    category: g.category ?? '',
    year: g.year,
    value: g.value,
    decimals: g.decimals ?? null,
  }));
  return { year, rows, goals, suppress, departmentView: false, turnoverDefinition: org.turnoverDefinition };
}

const social = SEED_ORGANIZATIONS.find((o) => o.slug === 'socialforvaltningen')!;
const norra = SEED_ORGANIZATIONS.find((o) => o.slug === 'norra-innerstaden')!;
const chartsOf = (i: DashboardInput) =>
  Object.fromEntries(
    buildDashboard(i, null)
      .flatMap((s) => s.charts)
      .map((c) => [c.id, c]),
  );
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('dashboards on the seed documents', () => {
  const charts = chartsOf(input(social, 2024, false));

  it('reads seed 003 as stated: 1 016 permanent (963 the year before), turnover 7,3 %, sick leave 6,2 % vs 6 %', () => {
    expect(plain(charts['anstallningsformer']!.summary)).toBe(
      '2024: 1 016 tillsvidareanställda och 86 visstidsanställda med månadslön (2023: 963 och 93).',
    );
    expect(plain(charts['personalomsattning-befattning']!.summary)).toBe(
      'Personalomsättningen 2024 var 7,3 % (2023: 11,18 %).',
    );
    expect(plain(charts['sjukfranvaro']!.summary)).toBe('Sjukfrånvaron 2024 var 6,2 % mot målet 6 %, över målet.');
    expect(charts['sjukfranvaro']!.series.find((s) => s.key === 'goal')!.displays.map(plain)).toContain('2,00 %');
  });

  it('draws this year as a pyramid and puts last year beside it in the table', () => {
    const pyramid = charts['alder-kon']!;
    expect(pyramid.series.map((s) => s.label)).toEqual(['Kvinnor 2024', 'Män 2024', 'Kvinnor 2023', 'Män 2023']);
    const sum = (i: number) => pyramid.series[i]!.values.reduce((a: number, b) => a + (b ?? 0), 0);
    expect(sum(0) + sum(1)).toBe(1016 + 86);
    expect(sum(0)).toBe(752 + 60); // women, permanent and fixed-term (seed 003 and its full-time note)
  });

  it('gives the retirement table 2025–2027 per department (seed 003: 16 / 15 / 32)', () => {
    const chart = charts['pension-avdelning']!;
    const totals = chart.series.map((s) => s.values.reduce((a: number, b) => a + (b ?? 0), 0));
    expect(totals).toEqual([16, 15, 32]);
    const socialSupport = chart.categories.indexOf('Avdelningen för socialt stöd');
    expect(chart.series.map((s) => s.values[socialSupport])).toEqual([11, 11, 26]);
  });

  it('compares incidents per tertial with the year before (seed 003: 261 and 228 vs 257 and 203)', () => {
    expect(plain(charts['tillbud']!.summary)).toBe(
      'T1 2024: 261 händelser (2023: 257); T2 2024: 228 händelser (2023: 203).',
    );
  });

  it('shows Norra innerstaden’s 91 % full time against the 90 % goal (seed 001)', () => {
    const fullTime = chartsOf(input(norra, 2025, false))['heltid']!;
    expect(plain(fullTime.summary)).toBe('91 % av de tillsvidareanställda arbetar heltid 2025; målet är 90 %.');
    expect(fullTime.reference).toEqual({ label: 'Mål 90\u00a0%', value: 90 });
  });

  it('never hands a suppressed small count to a viewer without the right to see it', () => {
    const suppressed = chartsOf(input(social, 2024, true));
    for (const chart of Object.values(suppressed).filter((c) => c.unit === 'count')) {
      for (const s of chart.series) {
        expect(
          s.values.filter((v) => v !== null && v > 0 && v < 5),
          `${chart.id} ${s.label}`,
        ).toEqual([]);
        s.values.forEach((v, i) => {
          if (v === null) expect(['<5', '–', 'Uppgift saknas']).toContain(s.displays[i]);
        });
      }
    }
  });

  it('keeps a column whose every cell is suppressed, as "<5" and "–", instead of dropping it', () => {
    const row = (occupation: string | null, value: number) =>
      statRow({ year: 2005, occupation, employmentForm: 'permanent', value });
    const rows = [row('socialsekreterare', 40), row('kurator', 3), row(null, 43)];
    const occupations = chartsOf({ ...input(social, 2005, true), rows }).befattningar!;
    const permanent = occupations.series.find((s) => s.key === 'permanent');
    expect(permanent?.values).toEqual([null, null]);
    for (const display of permanent!.displays) expect(['<5', '–']).toContain(display);
  });
});

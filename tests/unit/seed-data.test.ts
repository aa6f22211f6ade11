import { describe, expect, it } from 'vitest';
import {
  AGE_BANDS,
  DEPARTURE_DESTINATIONS,
  DEPARTURE_REASONS,
  EMPLOYMENT_FORMS,
  GENDERS,
  INCIDENT_KINDS,
  MEASURES,
  MEASURE_UNITS,
  RECRUITMENT_ROUTES,
  SICK_LEAVE_KINDS,
  SURVEY_RESULT_KINDS,
} from '../../lib/statistics/measures';
import {
  allocateTable,
  filterStats,
  largestRemainder,
  meanAge,
  round1,
  sumBy,
  sumStats,
} from '../../prisma/seed-data/allocate';
import { SEED_ORGANIZATIONS, norraInnerstaden, skarholmen, socialforvaltningen } from '../../prisma/seed-data';
import { SKR_2024, UBARA_PHASES, UNION_ORGANIZATIONS } from '../../prisma/seed-data/reference';
import type { SeedOrganization, SeedStatistic } from '../../prisma/seed-data/types';
import { resolveSeedFigures } from '../../prisma/seed/figures';
import { displayFigure } from '../../lib/plans/figures';
import { bindingKey, plainText, textToDocument } from '../../lib/plans/document';

const STRATEGY_NAMES = new Set(SKR_2024.map((s) => s.name));
const UBARA_KEYS = new Set(UBARA_PHASES.map((p) => p.key));
const UNION_NAMES = new Set(UNION_ORGANIZATIONS.map((u) => u.name));

const one = (stats: SeedStatistic[], filter: Parameters<typeof filterStats>[1], exact = true): SeedStatistic => {
  const rows = filterStats(stats, filter).filter(
    (r) =>
      !exact ||
      (['department', 'occupation', 'employmentForm', 'gender', 'ageBand', 'category', 'tertial'] as const).every(
        (k) => k in filter || r[k] === undefined,
      ),
  );
  expect(rows, JSON.stringify(filter)).toHaveLength(1);
  return rows[0]!;
};

const ranked = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k]) => k);

describe('allocate helpers', () => {
  it('splits a total exactly by largest remainder, deterministically', () => {
    expect(largestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(largestRemainder(7, [0, 0])).toEqual([4, 3]);
    const parts = largestRemainder(2333, [540, 480, 420, 240, 175]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(2333);
    expect(largestRemainder(2333, [540, 480, 420, 240, 175])).toEqual(parts);
  });

  it('fills a table with exact row and column sums, honouring pinned cells', () => {
    const t = allocateTable(
      [10, 20, 5],
      [12, 13, 10],
      [
        [1, 1, 1],
        [2, 1, 1],
        [0, 1, 3],
      ],
      [[null, null, 4], [], []],
    );
    expect(t.map((r) => r.reduce((a, b) => a + b, 0))).toEqual([10, 20, 5]);
    expect([0, 1, 2].map((j) => t.reduce((a, r) => a + r[j]!, 0))).toEqual([12, 13, 10]);
    expect(t[0]![2]).toBe(4);
    expect(t.flat().every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
  });
});

describe.each(SEED_ORGANIZATIONS.map((o) => [o.slug, o] as const))(
  'seed organisation %s',
  (_slug, org: SeedOrganization) => {
    const departmentNames = new Set(org.departments.map((d) => d.name));
    const allDepartmentNames = org.departments.flatMap((d) => [d.name, ...(d.units ?? [])]);
    const occupations = new Set(org.occupations);

    it('has unique department, unit and occupation names', () => {
      expect(new Set(allDepartmentNames).size).toBe(allDepartmentNames.length);
      expect(occupations.size).toBe(org.occupations.length);
    });

    it('references only departments and occupations of the organisation, with the shared vocabulary', () => {
      for (const s of org.statistics) {
        const where = JSON.stringify(s);
        expect(MEASURES, where).toContain(s.measure);
        if (s.department !== undefined) expect(departmentNames.has(s.department), where).toBe(true);
        if (s.occupation !== undefined) expect(occupations.has(s.occupation), where).toBe(true);
        if (s.ageBand !== undefined) expect(AGE_BANDS, where).toContain(s.ageBand);
        if (s.gender !== undefined) expect(GENDERS, where).toContain(s.gender);
        if (s.employmentForm !== undefined) expect(EMPLOYMENT_FORMS, where).toContain(s.employmentForm);
        expect(s.value, where).toBeGreaterThanOrEqual(0);
        if (MEASURE_UNITS[s.measure] === 'count') expect(Number.isInteger(s.value), where).toBe(true);
        if (MEASURE_UNITS[s.measure] === 'percent') expect(s.value, where).toBeLessThanOrEqual(100);
        switch (s.measure) {
          case 'headcount':
            expect(s.department && s.occupation && s.employmentForm && s.gender && s.ageBand, where).toBeTruthy();
            expect(s.value, where).toBeGreaterThan(0);
            break;
          case 'departures':
            expect(DEPARTURE_REASONS, where).toContain(s.category);
            if (s.subcategory !== undefined) expect(DEPARTURE_DESTINATIONS, where).toContain(s.subcategory);
            expect(s.occupation && s.employmentForm && s.department, where).toBeTruthy();
            break;
          case 'recruitments':
            expect(RECRUITMENT_ROUTES, where).toContain(s.category);
            expect(s.occupation && s.employmentForm && s.department, where).toBeTruthy();
            break;
          case 'sickLeave':
            expect(SICK_LEAVE_KINDS, where).toContain(s.category);
            break;
          case 'incidents':
            expect(INCIDENT_KINDS, where).toContain(s.category);
            expect([1, 2, 3], where).toContain(s.tertial);
            break;
          case 'retirements':
            expect(s.category, where).toMatch(/^(\d{4}|over65)$/);
            expect(s.department, where).toBeDefined();
            break;
          case 'spanOfControl':
            expect(s.department, where).toBeDefined();
            break;
          default:
            break;
        }
      }
    });

    it('stores each figure once', () => {
      const keys = org.statistics.map((s) =>
        [
          s.measure,
          s.year,
          s.tertial,
          s.department,
          s.occupation,
          s.employmentForm,
          s.gender,
          s.ageBand,
          s.category,
          s.subcategory,
        ].join('|'),
      );
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('has headcount cubes whose rows all sit at the finest grain, with small cells present', () => {
      const cube = filterStats(org.statistics, { measure: 'headcount' });
      expect(cube.length).toBeGreaterThan(100);
      expect(cube.some((r) => r.value < 5)).toBe(true);
      for (const d of org.departments) expect(sumStats(cube, { department: d.name }), d.name).toBeGreaterThan(0);
    });

    it('has surveys with valid kinds, keys and departments', () => {
      for (const survey of org.surveys) {
        if (survey.department !== undefined) expect(departmentNames.has(survey.department)).toBe(true);
        const keys = survey.results.map((r) => r.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const r of survey.results) {
          expect(SURVEY_RESULT_KINDS).toContain(r.kind);
          expect(r.value).toBeGreaterThanOrEqual(0);
          expect(r.value).toBeLessThanOrEqual(100);
        }
      }
    });

    it('has plans whose references resolve (strategies, phases, departments, sections, unions, gaps)', () => {
      for (const plan of org.plans) {
        const titles = plan.sections.map((s) => s.title);
        expect(new Set(titles).size, plan.title).toBe(titles.length);
        for (const s of plan.sections) {
          expect(s.body.trim().length, s.title).toBeGreaterThan(0);
          expect(s.body, s.title).not.toMatch(/\n\n\n/);
        }
        for (const name of plan.focusStrategies) expect(STRATEGY_NAMES.has(name), name).toBe(true);
        for (const a of plan.activities) {
          expect(a.phases.length, a.title).toBeGreaterThan(0);
          for (const p of a.phases) expect(UBARA_KEYS.has(p), a.title).toBe(true);
          for (const name of a.strategies) expect(STRATEGY_NAMES.has(name), `${a.title}: ${name}`).toBe(true);
          if (a.department !== undefined) expect(departmentNames.has(a.department), a.title).toBe(true);
          if (a.dueDate !== undefined) {
            expect(a.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(Number.isNaN(Date.parse(`${a.dueDate}T00:00:00Z`))).toBe(false);
          }
          const periods = a.followUps.map((f) => `${f.year}-${f.period}`);
          expect(new Set(periods).size, a.title).toBe(periods.length);
        }
        const gapDescriptions = new Set(plan.gaps.map((g) => g.description));
        for (const g of plan.gaps) if (g.department !== undefined) expect(departmentNames.has(g.department)).toBe(true);
        for (const r of plan.risks) {
          for (const d of r.gapDescriptions ?? []) expect(gapDescriptions.has(d), d).toBe(true);
        }
        for (const q of plan.reviewMeeting?.questions ?? []) {
          expect(UNION_NAMES.has(q.union), q.union).toBe(true);
          if (q.section !== undefined) expect(titles, q.section).toContain(q.section);
        }
      }
    });

    it('keeps generated span of control and full-time shares consistent with the cube', () => {
      for (const row of filterStats(org.statistics, { measure: 'spanOfControl' })) {
        expect(row.population).toBe(
          sumStats(org.statistics, { measure: 'headcount', year: row.year, department: row.department }),
        );
      }
      for (const row of filterStats(org.statistics, { measure: 'retirements', category: 'over65' })) {
        expect(row.value).toBe(
          sumStats(org.statistics, {
            measure: 'headcount',
            year: row.year,
            department: row.department,
            ageBand: '65+',
          }),
        );
      }
    });
  },
);

describe('SEED_ORGANIZATIONS', () => {
  it('lists the three förvaltningar in order', () => {
    expect(SEED_ORGANIZATIONS.map((o) => o.slug)).toEqual(['norra-innerstaden', 'socialforvaltningen', 'skarholmen']);
  });
});

describe('Norra innerstaden (seed 001)', () => {
  it('binds the plan’s headcount and full-time share to the 2025 statistics', () => {
    const documents = norraInnerstaden.plans[0]!.sections.map((s) => textToDocument(s.body));
    const figures = resolveSeedFigures(norraInnerstaden, documents);
    const text = documents
      .map((doc) => plainText(doc, (b) => normalizedFigure(displayFigure(figures.get(bindingKey(b))!))))
      .join('\n');
    expect(text).toContain('totalt 2 333 tillsvidareanställda medarbetare och cirka 150 visstidsanställda');
    expect(text).toContain('andelen heltidsanställda ca 91 % vilket');
    expect(text).toContain('det goda resultatet på 91 % heltidsanställda');
  });

  const st = norraInnerstaden.statistics;

  it('has the stated headcount for 2025', () => {
    expect(sumStats(st, { measure: 'headcount', year: 2025, employmentForm: 'permanent' })).toBe(2333);
    expect(sumStats(st, { measure: 'headcount', year: 2025, employmentForm: 'fixedTerm' })).toBe(150);
    expect(sumStats(st, { measure: 'headcount', year: 2024, employmentForm: 'permanent' })).toBeGreaterThan(0);
  });

  it('has 396 permanent employees aged 60+, most of them in äldreomsorgen', () => {
    const perm = filterStats(st, { measure: 'headcount', year: 2025, employmentForm: 'permanent' });
    const old = perm.filter((r) => r.ageBand === '60-64' || r.ageBand === '65+');
    const total = old.reduce((a, r) => a + r.value, 0);
    expect(total).toBe(396);
    expect(sumStats(old, { department: 'Äldreomsorg' })).toBeGreaterThan(total / 2);
  });

  it('ranks the largest occupations as the plan does', () => {
    const byOcc = sumBy(st, { measure: 'headcount', year: 2025, employmentForm: 'permanent' }, 'occupation');
    expect(ranked(byOcc).slice(0, 5)).toEqual([
      'barnskötare',
      'undersköterska',
      'förskollärare',
      'vårdbiträde',
      'socialsekreterare',
    ]);
  });

  it('has the stated full-time share of 91 % consistent with the part-time count', () => {
    const row = one(st, { measure: 'fullTimeShare', year: 2025 });
    expect(row).toMatchObject({ value: 91, population: 2333, stated: true });
    const partTime = one(st, { measure: 'partTimeCount', year: 2025 }).value;
    expect(Math.round(((2333 - partTime) / 2333) * 100)).toBe(91);
    expect(norraInnerstaden.goals).toContainEqual(
      expect.objectContaining({ measure: 'fullTimeShare', year: 2025, value: 90 }),
    );
    expect(norraInnerstaden.goals).toContainEqual(expect.objectContaining({ measure: 'spanOfControl', value: 30 }));
  });

  it('derives turnover from external permanent departures', () => {
    const external = filterStats(st, { measure: 'departures', year: 2025, employmentForm: 'permanent' })
      .filter((r) => r.subcategory === 'otherOrganization' || r.subcategory === 'externalEmployer')
      .reduce((a, r) => a + r.value, 0);
    const overall = one(st, { measure: 'turnover', year: 2025 });
    expect(overall.stated).toBe(false);
    expect(overall.value).toBe(round1((external / overall.population!) * 100));
    for (const row of filterStats(st, { measure: 'turnover', year: 2025 }).filter((r) => r.occupation)) {
      const ext = filterStats(st, {
        measure: 'departures',
        year: 2025,
        employmentForm: 'permanent',
        occupation: row.occupation,
      })
        .filter((r) => r.subcategory === 'otherOrganization' || r.subcategory === 'externalEmployer')
        .reduce((a, r) => a + r.value, 0);
      // population is the average headcount rounded to whole people
      expect(Math.abs(row.value - (ext / row.population!) * 100), row.occupation).toBeLessThan(0.25);
    }
  });

  it('has the stated AMI figures', () => {
    const overall = norraInnerstaden.surveys.find((s) => s.department === undefined)!;
    const value = (key: string) => overall.results.find((r) => r.key === key)?.value;
    expect([value('ami'), value('motivation'), value('ledarskap'), value('styrning')]).toEqual([80, 80, 78, 82]);
    const forskola = norraInnerstaden.surveys.find((s) => s.department === 'Förskola')!;
    expect(forskola.results.find((r) => r.key === 'ami')?.value).toBe(82);
  });

  it('has the board goal, the departments and the draft plan 2027–2029', () => {
    expect(norraInnerstaden.boardGoals).toContainEqual({
      code: '3.4.1',
      title:
        'Rätt kompetens, en god arbetsmiljö och trygga anställningar ger chefer och medarbetare förutsättningar att göra ett bra jobb',
    });
    const names = norraInnerstaden.departments.map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(['Äldreomsorg', 'Socialtjänst', 'Förskola']));
    expect(norraInnerstaden.departments.some((d) => d.kind === 'support')).toBe(true);
    const [plan] = norraInnerstaden.plans;
    expect(plan).toMatchObject({ startYear: 2027, status: 'DRAFT' });
    expect(plan!.focusStrategies).toEqual([
      'Stärk chefens förutsättningar att leda',
      'Främja medarbetarnas utveckling och möjlighet till omställning',
      'Arbeta med friskfaktorer',
    ]);
    const titles = plan!.sections.map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['Sammanfattning', 'Förskola', 'Socialtjänst', 'Äldreomsorg']));
    const summary = plan!.sections.find((s) => s.title === 'Sammanfattning')!.body;
    expect(summary).toContain('• Kandidatupplevelsen är fortsatt värdefull.');
    expect(summary).toContain('Nämndmål: 3.4.1 Rätt kompetens');
  });

  it('gives Äldreomsorg activities, some followed up in 2026 and some not', () => {
    const aldre = norraInnerstaden.plans[0]!.activities.filter((a) => a.department === 'Äldreomsorg');
    expect(aldre.length).toBeGreaterThanOrEqual(4);
    const followed = aldre.filter((a) =>
      a.followUps.some((f) => f.year === 2026 && (f.period === 'T1' || f.period === 'T2')),
    );
    expect(followed.length).toBeGreaterThan(0);
    expect(aldre.length - followed.length).toBeGreaterThan(0);
  });
});

describe('Socialförvaltningen (seed 003)', () => {
  it('binds the plan’s numbers to the statistics: each live figure shows what the document states', () => {
    const [plan] = socialforvaltningen.plans;
    const documents = plan!.sections.map((s) => textToDocument(s.body));
    const figures = resolveSeedFigures(socialforvaltningen, documents);
    const text = documents
      .map((doc) => plainText(doc, (b) => normalizedFigure(displayFigure(figures.get(bindingKey(b))!))))
      .join('\n');
    for (const sentence of [
      'Socialnämnden har 1 016 tillsvidareanställda medarbetare i september månad 2024.',
      'Antalet kvinnor motsvarar 752 tillsvidareanställda medarbetare och antalet män motsvarar 264',
      'uppgick till 86 för september månad',
      'har under året 2024 varit 7,3 % där',
      'Personalomsättningen från föregående år uppgick till 11,18 %.',
      'Det uppgick till 136 stycken',
      'det totalt genomförts 187 rekryteringar',
      'har totalt sett varit 6,2 % vilket',
      'uppgick till 6 % för hela socialnämnden',
      'har varit totalt 1,9 % vilket',
      'korttidsjukfrånvaron uppgick till 2 %.',
      'var 22 stycken',
    ]) {
      expect(text).toContain(sentence);
    }
    expect([...figures.values()].every((f) => f.value !== null)).toBe(true);
    expect(figures.size).toBe(13);
  });

  const st = socialforvaltningen.statistics;

  it('is Socialnämnden with exactly the three departments', () => {
    expect(socialforvaltningen.boardName).toBe('Socialnämnden');
    expect(socialforvaltningen.departments.map((d) => d.name).sort()).toEqual(
      [
        'Avdelningen för beredskap och administration',
        'Avdelningen för socialt stöd',
        'Avdelningen för strategi och utveckling',
      ].sort(),
    );
  });

  it('has the stated headcount for 2024 and 2023', () => {
    expect(sumStats(st, { measure: 'headcount', year: 2024, employmentForm: 'permanent' })).toBe(1016);
    expect(sumStats(st, { measure: 'headcount', year: 2024, employmentForm: 'permanent', gender: 'woman' })).toBe(752);
    expect(sumStats(st, { measure: 'headcount', year: 2024, employmentForm: 'permanent', gender: 'man' })).toBe(264);
    expect(sumStats(st, { measure: 'headcount', year: 2024, employmentForm: 'fixedTerm' })).toBe(86);
    expect(sumStats(st, { measure: 'headcount', year: 2023, employmentForm: 'permanent' })).toBe(963);
    expect(sumStats(st, { measure: 'headcount', year: 2023, employmentForm: 'fixedTerm' })).toBe(93);
    expect(Math.round((1016 / 963 - 1) * 1000) / 10).toBe(5.5);
  });

  it('ranks the most common occupations as the text does', () => {
    expect(
      ranked(sumBy(st, { measure: 'headcount', year: 2024, employmentForm: 'permanent' }, 'occupation')).slice(0, 3),
    ).toEqual(['socialsekreterare', 'behandlingsassistent', 'utredare']);
    expect(
      ranked(sumBy(st, { measure: 'headcount', year: 2024, employmentForm: 'fixedTerm' }, 'occupation')).slice(0, 4),
    ).toEqual(['socialsekreterare', 'behandlingsassistent', 'samhällsvägledare', 'gruppledare']);
    const all = filterStats(st, { measure: 'headcount', year: 2024 });
    expect(Math.abs(meanAge(all) - 44)).toBeLessThan(0.7);
  });

  it('has the stated turnover, with the generated breakdown in the stated order', () => {
    expect(one(st, { measure: 'turnover', year: 2024 })).toMatchObject({ value: 7.3, stated: true });
    expect(one(st, { measure: 'turnover', year: 2023 })).toMatchObject({ value: 11.18, stated: true, decimals: 2 });
    const byOcc = new Map(
      filterStats(st, { measure: 'turnover', year: 2024 })
        .filter((r) => r.occupation)
        .map((r) => [r.occupation!, r.value]),
    );
    expect(ranked(byOcc).slice(0, 4)).toEqual([
      'socialsekreterare',
      'sjuksköterska',
      'utredare',
      'behandlingsassistent',
    ]);
    const byAge = new Map(
      filterStats(st, { measure: 'turnover', year: 2024 })
        .filter((r) => r.ageBand)
        .map((r) => [r.ageBand!, r.value]),
    );
    expect(ranked(byAge)[0]).toBe('-29');
  });

  it('has the stated departures and recruitments with the dominant reasons, routes and occupations', () => {
    const sum = (measure: 'departures' | 'recruitments', year: number, employmentForm: 'permanent' | 'fixedTerm') =>
      sumStats(st, { measure, year, employmentForm });
    expect([sum('departures', 2024, 'permanent'), sum('departures', 2024, 'fixedTerm')]).toEqual([136, 434]);
    expect([sum('departures', 2023, 'permanent'), sum('departures', 2023, 'fixedTerm')]).toEqual([138, 424]);
    expect([sum('recruitments', 2024, 'permanent'), sum('recruitments', 2024, 'fixedTerm')]).toEqual([187, 452]);
    expect([sum('recruitments', 2023, 'permanent'), sum('recruitments', 2023, 'fixedTerm')]).toEqual([163, 459]);

    const perm = filterStats(st, { measure: 'departures', year: 2024, employmentForm: 'permanent' });
    expect(ranked(sumBy(perm, {}, 'category'))[0]).toBe('ownRequest');
    const dest = new Map<string, number>();
    for (const r of perm) if (r.subcategory) dest.set(r.subcategory, (dest.get(r.subcategory) ?? 0) + r.value);
    expect(ranked(dest)[0]).toBe('withinOrganization');
    expect(ranked(sumBy(perm, {}, 'occupation')).slice(0, 3)).toEqual([
      'socialsekreterare',
      'behandlingsassistent',
      'enhetschef',
    ]);
    const fixed = filterStats(st, { measure: 'departures', year: 2024, employmentForm: 'fixedTerm' });
    expect(ranked(sumBy(fixed, {}, 'category'))[0]).toBe('fixedTermEnded');
    expect(ranked(sumBy(fixed, {}, 'occupation')).slice(0, 3)).toEqual([
      'lägerledare',
      'biträdande föreståndare',
      'socialsekreterare',
    ]);
    const routes = sumBy(st, { measure: 'recruitments', year: 2024, employmentForm: 'permanent' }, 'category');
    expect(ranked(routes)[0]).toBe('withinOrganization');
  });

  it('has the stated retirement table and 37 already over 65', () => {
    const table: [string, number, number, number][] = [
      ['Avdelningen för strategi och utveckling', 2, 1, 1],
      ['Avdelningen för beredskap och administration', 3, 3, 5],
      ['Avdelningen för socialt stöd', 11, 11, 26],
    ];
    for (const [department, ...values] of table) {
      values.forEach((value, i) => {
        expect(one(st, { measure: 'retirements', year: 2024, department, category: String(2025 + i) })).toMatchObject({
          value,
          stated: true,
        });
      });
    }
    expect(
      ['2025', '2026', '2027'].map((category) => sumStats(st, { measure: 'retirements', year: 2024, category })),
    ).toEqual([16, 15, 32]);
    expect(sumStats(st, { measure: 'retirements', year: 2024, category: 'over65' })).toBe(37);
    expect(sumStats(st, { measure: 'headcount', year: 2024, ageBand: '65+' })).toBe(37);
    // Everyone turning 65 in 2025–2027 is 62–64 today, so within the 60–64 band of the department.
    for (const [department, a, b, c] of table) {
      expect(sumStats(st, { measure: 'headcount', year: 2024, department, ageBand: '60-64' })).toBeGreaterThanOrEqual(
        a + b + c,
      );
    }
  });

  it('has the stated sick leave against the goals', () => {
    expect(one(st, { measure: 'sickLeave', year: 2024, category: 'total' })).toMatchObject({
      value: 6.2,
      stated: true,
    });
    expect(one(st, { measure: 'sickLeave', year: 2024, category: 'short' })).toMatchObject({
      value: 1.9,
      stated: true,
    });
    expect(one(st, { measure: 'sickLeave', year: 2023, category: 'total' })).toMatchObject({ value: 6, stated: true });
    expect(one(st, { measure: 'sickLeave', year: 2023, category: 'short' })).toMatchObject({ value: 2, stated: true });
    expect(socialforvaltningen.goals).toContainEqual({
      measure: 'sickLeave',
      category: 'total',
      year: 2024,
      value: 6,
      decimals: 0,
    });
    expect(socialforvaltningen.goals).toContainEqual({
      measure: 'sickLeave',
      category: 'short',
      year: 2024,
      value: 2,
      decimals: 2,
    });
  });

  it('has the stated full-time shares by gender, consistent with 22 part-timers', () => {
    const women = one(st, { measure: 'fullTimeShare', year: 2024, gender: 'woman' });
    const men = one(st, { measure: 'fullTimeShare', year: 2024, gender: 'man' });
    expect(women).toMatchObject({ value: 98.4, stated: true });
    expect(men).toMatchObject({ value: 96.9, stated: true });
    expect(women.population).toBe(sumStats(st, { measure: 'headcount', year: 2024, gender: 'woman' }));
    expect(men.population).toBe(sumStats(st, { measure: 'headcount', year: 2024, gender: 'man' }));
    expect(one(st, { measure: 'partTimeCount', year: 2024 })).toMatchObject({ value: 22, stated: true });
    expect(one(st, { measure: 'partTimeCount', year: 2023 })).toMatchObject({ value: 19, stated: true });
    // 13 women and 9 men part-time reproduce both stated shares.
    expect(round1(((women.population! - 13) / women.population!) * 100)).toBe(98.4);
    expect(round1(((men.population! - 9) / men.population!) * 100)).toBe(96.9);
    const byAge = new Map(
      filterStats(st, { measure: 'fullTimeShare', year: 2024 })
        .filter((r) => r.ageBand)
        .map((r) => [r.ageBand!, r.value]),
    );
    expect(ranked(byAge).slice(0, 3).sort()).toEqual(['-29', '30-39', '40-49']);
    expect(ranked(byAge).at(-1)).toBe('65+');
  });

  it('has the stated incidents per tertial', () => {
    const t = (year: number, tertial: 1 | 2) => sumStats(st, { measure: 'incidents', year, tertial });
    expect([t(2024, 1), t(2024, 2), t(2023, 1), t(2023, 2)]).toEqual([261, 228, 257, 203]);
    expect(one(st, { measure: 'incidents', year: 2024, tertial: 2, category: 'threatViolence' })).toMatchObject({
      value: 45,
      stated: true,
    });
  });

  it('has the stated AMI and question indexes', () => {
    const s2024 = socialforvaltningen.surveys.find((s) => s.year === 2024)!;
    expect(s2024.results.find((r) => r.key === 'ami')).toMatchObject({ value: 83, previousValue: 82 });
    expect(socialforvaltningen.surveys.find((s) => s.year === 2023)!.results.find((r) => r.key === 'ami')?.value).toBe(
      82,
    );
    const questions = s2024.results.filter((r) => r.kind === 'question');
    expect(questions.map((q) => q.value)).toEqual([89, 83, 82, 82, 81, 79, 78, 77, 76, 73]);
    expect(questions.map((q) => q.label)).toContain('Jag kan rekommendera min arbetsplats till andra');
    expect(questions.filter((q) => q.previousValue !== undefined).map((q) => q.value - q.previousValue!)).toEqual([
      3, 3, 2,
    ]);
  });

  it('has exactly the identified competence gaps and the five risks', () => {
    const [plan] = socialforvaltningen.plans;
    expect(plan!.gaps.map((g) => `${g.area}: ${g.description}`)).toEqual([
      'Teknik, IT-system och digitalisering: Statistik, data och analyskunskap',
      'Teknik, IT-system och digitalisering: Digitalisering av arbetssätt, AI och tjänstedesign',
      'Teknik, IT-system och digitalisering: Dataskydd och juridik',
      'Teknik, IT-system och digitalisering: Hypergene',
      'Säkerhet och riskhantering: Informationssäkerhet, civil beredskap och riskmiljöer',
      'Våld och kriminalitet: Våldsbejakande extremism, dödligt våld (PDV), våld i nära relation och kriminalitet',
      'Pedagogik och kommunikation: Pedagogik, klarspråk och presentationsteknik, förmåga att ta kommunikationsansvaret för sin verksamhet',
      'Lagar och avtal: Nya socialtjänstlagen',
      'Ledarskap och organisationsutveckling: Utbildning (att leda utan att vara chef) för gruppledare, leda i förändring',
    ]);
    // "Riskbedömning" names four; "Analys och uppföljning" adds recruiting experienced staff.
    expect(plan!.risks.map((r) => r.title)).toEqual([
      'Incidentrapporteringar – hot och våld',
      'En likställd socialtjänst',
      'Andelen timavlönad personal',
      'Svårt att rekrytera erfarna medarbetare',
      'Kompetensgap',
    ]);
    expect(plan!.risks.every((r) => r.owner)).toBe(true);
  });

  it('has the adopted plan 2025 with followed-up activities and the draft 2026', () => {
    const [p2025, p2026] = socialforvaltningen.plans;
    expect(p2025).toMatchObject({ startYear: 2025, status: 'ADOPTED' });
    expect(p2026).toMatchObject({ startYear: 2026, status: 'DRAFT' });
    const annual = p2025!.activities.filter((a) => a.followUps.some((f) => f.year === 2024 && f.period === 'ANNUAL'));
    expect(annual.length).toBeGreaterThanOrEqual(20);
    expect(annual.map((a) => a.followUps[0]!.comment)).toContain('Följts delvis upp via resultatet från Realcruit.');
    const stod = p2025!.activities.filter((a) => a.department === 'Avdelningen för socialt stöd');
    expect(stod.length).toBeGreaterThanOrEqual(4);
    const without = stod.filter(
      (a) => !a.followUps.some((f) => f.year === 2025 && (f.period === 'T1' || f.period === 'T2')),
    );
    expect(without.length).toBeGreaterThan(0);
    expect(stod.length - without.length).toBeGreaterThan(0);
    expect(p2026!.sections.length).toBeGreaterThan(0);
    expect(p2026!.sections.length).toBeLessThan(p2025!.sections.length);
  });
});

describe('Skärholmen (seed 004)', () => {
  const st = skarholmen.statistics;

  it('has about 1 001 employees, as many as the survey invited', () => {
    const y2026 = sumStats(st, { measure: 'headcount', year: 2026 });
    expect(y2026).toBe(1001);
    expect(Math.abs(sumStats(st, { measure: 'headcount', year: 2025 }) - 1001)).toBeLessThan(30);
  });

  it('has the stated turnover, consistent with generated departures', () => {
    expect(one(st, { measure: 'turnover', year: 2025 })).toMatchObject({ value: 6, stated: true });
    const ext = (occupation?: string) =>
      filterStats(st, { measure: 'departures', year: 2025, employmentForm: 'permanent', occupation })
        .filter((r) => r.subcategory === 'otherOrganization' || r.subcategory === 'externalEmployer')
        .reduce((a, r) => a + r.value, 0);
    const perm = (occupation?: string) =>
      sumStats(st, { measure: 'headcount', year: 2025, employmentForm: 'permanent', occupation });
    expect(Math.abs((ext() / perm()) * 100 - 6)).toBeLessThan(0.5);
    for (const [occupation, value] of [
      ['bidragshandläggare', 32],
      ['socialsekreterare', 33],
    ] as const) {
      expect(one(st, { measure: 'turnover', year: 2025, occupation })).toMatchObject({ value, stated: true });
      expect(Math.abs((ext(occupation) / perm(occupation)) * 100 - value), occupation).toBeLessThan(0.5);
    }
  });

  it('has the stated survey results for 2026 with 2025 and ORG', () => {
    const s = skarholmen.surveys.find((x) => x.year === 2026)!;
    expect(s).toMatchObject({ invited: 1001, responded: 870 });
    const r = (key: string) => {
      const x = s.results.find((y) => y.key === key)!;
      return [x.value, x.previousValue, x.cityValue];
    };
    expect(r('ami')).toEqual([81, 80, 81]);
    expect(r('motivation')).toEqual([81, 80, 80]);
    expect(r('ledarskap')).toEqual([82, 79, 80]);
    expect(r('styrning')).toEqual([82, 82, 83]);
    const areas = s.results
      .filter((x) => x.kind === 'policyArea')
      .map((x) => [x.label, x.value, x.previousValue, x.cityValue]);
    expect(areas).toEqual([
      ['Vårt gemensamma uppdrag', 80, 76, 80],
      ['Politik och verksamheter', 83, 83, 83],
      ['Styra mot gemensamma mål', 78, 77, 78],
      ['Utvecklas och lära nytt', 81, 78, 80],
      ['Delaktighet och inflytande', 80, 80, 80],
      ['Hälsa och arbetsmiljö', 76, 75, 76],
      ['Lika rättigheter och möjligheter', 77, 73, 78],
      ['Lön', 79, 78, 79],
    ]);
  });

  it('has the departments of the minutes and slides', () => {
    expect(skarholmen.departments.map((d) => d.name)).toEqual(
      expect.arrayContaining([
        'Individ, familj och fritid',
        'Förskola',
        'HR, administration och nämnd',
        'Ekonomi, upphandling och lokal',
      ]),
    );
  });

  it('has the plan in review with the samverkan questions and answers of item 5.2.1', () => {
    const [plan] = skarholmen.plans;
    expect(plan).toMatchObject({ startYear: 2027, status: 'IN_REVIEW' });
    expect(plan!.focusStrategies).toHaveLength(6);
    const meeting = plan!.reviewMeeting!;
    expect(meeting.date).toMatch(/^2026-\d{2}-\d{2}$/);
    expect(meeting.questions).toHaveLength(4);
    for (const q of meeting.questions) {
      expect(q.union).toBe('Akademikerförbundet SSR');
      expect(q.section).toBeDefined();
      expect(q.answer).toMatch(/^Arbetsgivaren svarar/);
    }
    expect(meeting.questions[0]!.question).toContain('32%');
  });
});

function normalizedFigure(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

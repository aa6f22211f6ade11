/**
 * Norra innerstadens stadsdelsförvaltning — seed 001 (kompetensförsörjningsplan 2027–2029, written in 2026).
 * Statistics describe year 2025 ("i dagsläget"); a plausible 2024 is generated for trends.
 *
 * STATED in the seed (stated: true where a row carries the figure, otherwise exact sums of generated rows):
 * - 2 333 permanent and "cirka 150" fixed-term monthly paid employees (→ 150): the sums of the 2025 headcount cube.
 * - Full-time share of permanent staff "ca 91 %" (overall row, population 2 333); KF goal 90 % (goal).
 * - "Nästan 400" permanent employees aged 60+ → permanent 60–64 + 65+ = 396 in the 2025 cube, most of them in
 *   Äldreomsorg ("merparten inom äldreomsorgen").
 * - Largest occupations in order: barnskötare, undersköterska, förskollärare, vårdbiträde, socialsekreterare.
 * - Span of control benchmark 30 (goal); AMI 80 with delindex motivation 80, ledarskap 78, styrning 82; Förskola AMI 82.
 * - Nämndmål 3.4.1; the plan text (sections, reflowed), focus strategies and the UBARA summary.
 *
 * GENERATED (stated: false), deterministic:
 * - Headcount cubes 2024 and 2025 (department × occupation × employment form × gender × age band) with
 *   buildHeadcountCube: occupation totals from the weights below (largest remainder), split over departments
 *   by LAYOUT, gender and age fitted to priors per occupation (IPF + controlled rounding, seeded jitter).
 *   2024: 2 298 permanent, 150 → 165 fixed-term (assumed; the text says full-time share rose during the year).
 * - Full-time share by gender and age band and the part-time count (2025: 210 part-timers ⇒ 91,0 %).
 * - Turnover: external permanent departures (to another förvaltning or employer) ÷ average permanent headcount
 *   (2024/2025; 2023 assumed 2 262). Departures and recruitments are generated per occupation so that turnover by
 *   occupation equals external departures ÷ average headcount of the occupation. Turnover by age band is scaled
 *   so its weighted mean equals the overall figure.
 * - Retirements per department from the cube (over65 = 65+ today; turning 65 spread over ages 60–64).
 * - Sick leave (total/short/long; by department for the latest year), incidents per tertial, span of control
 *   per department (from the cube, managers = enhetschef + rektor).
 * - Department names of the support functions, units, gaps, risks (likelihood/consequence are a judgement),
 *   activity owners, due dates, statuses and the 2026 T1/T2 follow-up comments (the seed has no follow-up).
 * - The AMI survey is stored as year 2025 like the other figures quoted "för närvarande"; the seed's comparison
 *   ("samma nivå som genomsnittet för samtliga stadsdelsförvaltningar") is not the city-wide ORG value, so no
 *   cityValue is stored.
 */
import {
  buildHeadcountCube,
  cellsFromLayout,
  departmentWeights,
  flowRows,
  fullTimeRows,
  largestRemainder,
  occupationTotals,
  retirementRowsFromCube,
  round1,
  scaleRates,
  spanOfControlRows,
  spread,
  sumBy,
  sumStats,
  withSixtyPlus,
} from './allocate';
import { STRATEGY } from './reference';
import type { CubeCell, FlowCombo } from './allocate';
import { AGE_BANDS } from '../../lib/statistics/measures';
import type {
  SeedActivity,
  SeedDepartment,
  SeedGap,
  SeedOrganization,
  SeedRisk,
  SeedSection,
  SeedStatistic,
} from './types';

const S = STRATEGY;

const FORSKOLA = 'Förskola';
const SOCIALTJANST = 'Socialtjänst';
const ALDREOMSORG = 'Äldreomsorg';
const HR = 'HR-avdelningen';
const KVALITET = 'Kvalitetsavdelningen';
const EKONOMI = 'Ekonomi och administration';

const DEPARTMENTS: SeedDepartment[] = [
  { name: FORSKOLA, kind: 'department' },
  { name: SOCIALTJANST, kind: 'department', units: ['Myndighetsutövning', 'LSS-verksamheter'] },
  { name: ALDREOMSORG, kind: 'department', units: ['Biståndsbedömning', 'Hemtjänst', 'Vård- och omsorgsboenden'] },
  { name: HR, kind: 'support' },
  { name: KVALITET, kind: 'support' },
  { name: EKONOMI, kind: 'support' },
];

const OCCUPATIONS = [
  'barnskötare',
  'undersköterska',
  'förskollärare',
  'vårdbiträde',
  'socialsekreterare',
  'stödassistent',
  'biståndshandläggare',
  'sjuksköterska',
  'enhetschef',
  'rektor',
  'administratör',
  'HR-konsult',
  'utvecklingsledare',
] as const;
type Occupation = (typeof OCCUPATIONS)[number];

/** Where each occupation works (relative weights per department). */
const LAYOUT: Record<Occupation, Record<string, number>> = {
  barnskötare: { [FORSKOLA]: 1 },
  undersköterska: { [ALDREOMSORG]: 0.93, [SOCIALTJANST]: 0.07 },
  förskollärare: { [FORSKOLA]: 1 },
  vårdbiträde: { [ALDREOMSORG]: 0.9, [SOCIALTJANST]: 0.1 },
  socialsekreterare: { [SOCIALTJANST]: 1 },
  stödassistent: { [SOCIALTJANST]: 1 },
  biståndshandläggare: { [ALDREOMSORG]: 1 },
  sjuksköterska: { [ALDREOMSORG]: 1 },
  enhetschef: { [ALDREOMSORG]: 27, [SOCIALTJANST]: 15, [HR]: 1, [KVALITET]: 1, [EKONOMI]: 2 },
  rektor: { [FORSKOLA]: 1 },
  administratör: { [EKONOMI]: 40, [ALDREOMSORG]: 10, [SOCIALTJANST]: 8, [FORSKOLA]: 6, [KVALITET]: 3, [HR]: 3 },
  'HR-konsult': { [HR]: 1 },
  utvecklingsledare: { [KVALITET]: 10, [FORSKOLA]: 3, [ALDREOMSORG]: 2 },
};

const PERMANENT_WEIGHTS: Record<2024 | 2025, Record<Occupation, number>> = {
  2024: {
    barnskötare: 560,
    undersköterska: 470,
    förskollärare: 435,
    vårdbiträde: 232,
    socialsekreterare: 170,
    stödassistent: 118,
    biståndshandläggare: 62,
    sjuksköterska: 52,
    enhetschef: 47,
    rektor: 33,
    administratör: 70,
    'HR-konsult': 21,
    utvecklingsledare: 14,
  },
  2025: {
    barnskötare: 540,
    undersköterska: 480,
    förskollärare: 420,
    vårdbiträde: 240,
    socialsekreterare: 175,
    stödassistent: 120,
    biståndshandläggare: 65,
    sjuksköterska: 55,
    enhetschef: 46,
    rektor: 32,
    administratör: 70,
    'HR-konsult': 22,
    utvecklingsledare: 15,
  },
};

const FIXED_TERM_WEIGHTS: Partial<Record<Occupation, number>> = {
  barnskötare: 38,
  undersköterska: 34,
  vårdbiträde: 28,
  socialsekreterare: 16,
  förskollärare: 12,
  stödassistent: 10,
  biståndshandläggare: 4,
  sjuksköterska: 3,
  administratör: 5,
};

const WOMEN_SHARE: Record<Occupation, number> = {
  barnskötare: 0.86,
  undersköterska: 0.83,
  förskollärare: 0.95,
  vårdbiträde: 0.72,
  socialsekreterare: 0.86,
  stödassistent: 0.6,
  biståndshandläggare: 0.85,
  sjuksköterska: 0.88,
  enhetschef: 0.75,
  rektor: 0.9,
  administratör: 0.8,
  'HR-konsult': 0.85,
  utvecklingsledare: 0.7,
};

/** Age profile (-29, 30-39, 40-49, 50-59, 60-64, 65+); äldreomsorg is older than förskola. */
const AGE_PROFILE: Record<Occupation, number[]> = {
  barnskötare: [16, 25, 25, 23, 9, 2],
  undersköterska: [6, 14, 22, 29, 22, 6],
  förskollärare: [8, 29, 29, 23, 9, 2],
  vårdbiträde: [14, 18, 20, 24, 19, 5],
  socialsekreterare: [22, 36, 22, 13, 6, 1],
  stödassistent: [24, 28, 20, 18, 8, 2],
  biståndshandläggare: [10, 28, 26, 23, 11, 2],
  sjuksköterska: [5, 20, 24, 29, 18, 4],
  enhetschef: [1, 16, 36, 35, 10, 2],
  rektor: [0, 12, 40, 37, 10, 1],
  administratör: [8, 18, 24, 30, 16, 4],
  'HR-konsult': [10, 35, 30, 18, 6, 1],
  utvecklingsledare: [4, 28, 34, 24, 8, 2],
};
const FIXED_TERM_AGE_PROFILE = [44, 26, 14, 10, 4, 2];

const PERMANENT_TOTAL = { 2024: 2298, 2025: 2333 } as const; // 2025 stated
const FIXED_TERM_TOTAL = { 2024: 165, 2025: 150 } as const; // 2025 stated ("cirka 150")
const PERMANENT_60_PLUS_2025 = 396; // "Nästan 400"
const PERMANENT_2023_ASSUMED = 2262; // only for the 2024 turnover denominator

function headcountCube(year: 2024 | 2025): SeedStatistic[] {
  const permanentCells = cellsFromLayout(occupationTotals(PERMANENT_TOTAL[year], PERMANENT_WEIGHTS[year]), LAYOUT);
  const fixedCells = cellsFromLayout(
    occupationTotals(FIXED_TERM_TOTAL[year], FIXED_TERM_WEIGHTS as Record<string, number>),
    LAYOUT,
  );
  const women = (c: CubeCell) => WOMEN_SHARE[c.occupation as Occupation];
  return [
    ...buildHeadcountCube({
      year,
      employmentForm: 'permanent',
      cells: permanentCells,
      womenShare: women,
      ageProfile: (c) => AGE_PROFILE[c.occupation as Occupation],
      ageTotals:
        year === 2025 ? (implied) => withSixtyPlus(PERMANENT_TOTAL[2025], implied, PERMANENT_60_PLUS_2025) : undefined,
      seed: `norra-${year}-permanent`,
    }),
    ...buildHeadcountCube({
      year,
      employmentForm: 'fixedTerm',
      cells: fixedCells,
      womenShare: women,
      ageProfile: () => FIXED_TERM_AGE_PROFILE,
      seed: `norra-${year}-fixedTerm`,
    }),
  ];
}

const CUBE_2024 = headcountCube(2024);
const CUBE_2025 = headcountCube(2025);

// ---------------------------------------------------------------------------------------------
// Flows and turnover

/** Relative propensity to leave for another employer or förvaltning. */
const TURNOVER_PROPENSITY: Record<Occupation, number> = {
  barnskötare: 0.8,
  undersköterska: 0.9,
  förskollärare: 1.0,
  vårdbiträde: 1.2,
  socialsekreterare: 2.0,
  stödassistent: 1.3,
  biståndshandläggare: 1.8,
  sjuksköterska: 1.5,
  enhetschef: 1.0,
  rektor: 0.8,
  administratör: 0.7,
  'HR-konsult': 1.2,
  utvecklingsledare: 0.9,
};
const AGE_TURNOVER_PROPENSITY = [2.2, 1.3, 0.8, 0.55, 0.6, 0.9];

const EXTERNAL: FlowCombo[] = [
  { category: 'ownRequest', subcategory: 'otherOrganization', weight: 0.35 },
  { category: 'ownRequest', subcategory: 'externalEmployer', weight: 0.55 },
  { category: 'other', subcategory: 'externalEmployer', weight: 0.1 },
];
const INTERNAL: FlowCombo[] = [
  { category: 'ownRequest', subcategory: 'withinOrganization', weight: 0.9 },
  { category: 'other', subcategory: 'withinOrganization', weight: 0.1 },
];
const RETIREMENT: FlowCombo[] = [{ category: 'retirement', weight: 1 }];
const FIXED_TERM_DEPARTURE: FlowCombo[] = [
  { category: 'fixedTermEnded', subcategory: 'withinOrganization', weight: 0.35 },
  { category: 'fixedTermEnded', subcategory: 'externalEmployer', weight: 0.35 },
  { category: 'fixedTermEnded', subcategory: 'otherOrganization', weight: 0.05 },
  { category: 'ownRequest', subcategory: 'externalEmployer', weight: 0.2 },
  { category: 'ownRequest', subcategory: 'otherOrganization', weight: 0.05 },
];
const PERMANENT_ROUTES: FlowCombo[] = [
  { category: 'externalEmployer', weight: 0.45 },
  { category: 'withinOrganization', weight: 0.25 },
  { category: 'otherOrganization', weight: 0.2 },
  { category: 'rehire', weight: 0.07 },
  { category: 'other', weight: 0.03 },
];
const FIXED_TERM_ROUTES: FlowCombo[] = [
  { category: 'externalEmployer', weight: 0.6 },
  { category: 'rehire', weight: 0.2 },
  { category: 'withinOrganization', weight: 0.12 },
  { category: 'otherOrganization', weight: 0.05 },
  { category: 'other', weight: 0.03 },
];

type FlowSpec = {
  year: 2024 | 2025;
  cube: SeedStatistic[];
  averagePermanent: Record<string, number>; // per occupation
  externalRate: number; // overall turnover target, percent
  internalShare: number; // internal moves relative to external departures
  retirements: number;
  fixedTermDepartures: number;
  permanentRecruitments: number;
  fixedTermRecruitments: number;
  turnoverByOccupation: boolean;
};

function flows(spec: FlowSpec): SeedStatistic[] {
  const { year, cube } = spec;
  const occs = OCCUPATIONS.filter((o) => (spec.averagePermanent[o] ?? 0) > 0);
  const avgTotal = occs.reduce((a, o) => a + spec.averagePermanent[o]!, 0);
  const externalTotal = Math.round((spec.externalRate / 100) * avgTotal);
  const external = largestRemainder(
    externalTotal,
    occs.map((o) => spec.averagePermanent[o]! * TURNOVER_PROPENSITY[o]),
  );
  const perm = (o: string) => sumStats(cube, { measure: 'headcount', employmentForm: 'permanent', occupation: o });
  const internal = largestRemainder(
    Math.round(spec.internalShare * externalTotal),
    occs.map((o) => perm(o)),
  );
  const retired = largestRemainder(
    spec.retirements,
    occs.map(
      (o) =>
        sumStats(cube, { measure: 'headcount', employmentForm: 'permanent', occupation: o, ageBand: '65+' }) +
        0.3 * sumStats(cube, { measure: 'headcount', employmentForm: 'permanent', occupation: o, ageBand: '60-64' }),
    ),
  );
  const byOcc = (values: number[]) => Object.fromEntries(occs.map((o, i) => [o, values[i]!]));
  const deptWeights = (form: 'permanent' | 'fixedTerm') => (o: string) => departmentWeights(cube, o, form);
  const fixedOccs = Object.fromEntries(
    sumBy(cube, { measure: 'headcount', employmentForm: 'fixedTerm' }, 'occupation'),
  );

  const rows: SeedStatistic[] = [
    ...flowRows({
      measure: 'departures',
      year,
      employmentForm: 'permanent',
      occupationTotals: byOcc(external),
      departmentWeights: deptWeights('permanent'),
      combos: EXTERNAL,
    }),
    ...flowRows({
      measure: 'departures',
      year,
      employmentForm: 'permanent',
      occupationTotals: byOcc(internal),
      departmentWeights: deptWeights('permanent'),
      combos: INTERNAL,
    }),
    ...flowRows({
      measure: 'departures',
      year,
      employmentForm: 'permanent',
      occupationTotals: byOcc(retired),
      departmentWeights: deptWeights('permanent'),
      combos: RETIREMENT,
    }),
    ...flowRows({
      measure: 'departures',
      year,
      employmentForm: 'fixedTerm',
      occupationTotals: Object.fromEntries(
        spread(
          spec.fixedTermDepartures,
          Object.entries(fixedOccs).map(([item, weight]) => ({ item, weight })),
        ).map(({ item, value }) => [item, value]),
      ),
      departmentWeights: deptWeights('fixedTerm'),
      combos: FIXED_TERM_DEPARTURE,
    }),
    ...flowRows({
      measure: 'recruitments',
      year,
      employmentForm: 'permanent',
      occupationTotals: Object.fromEntries(
        spread(
          spec.permanentRecruitments,
          occs.map((o, i) => ({ item: o, weight: external[i]! + internal[i]! + retired[i]! + 0.02 * perm(o) })),
        ).map(({ item, value }) => [item, value]),
      ),
      departmentWeights: deptWeights('permanent'),
      combos: PERMANENT_ROUTES,
    }),
    ...flowRows({
      measure: 'recruitments',
      year,
      employmentForm: 'fixedTerm',
      occupationTotals: Object.fromEntries(
        spread(
          spec.fixedTermRecruitments,
          Object.entries(fixedOccs).map(([item, weight]) => ({ item, weight })),
        ).map(({ item, value }) => [item, value]),
      ),
      departmentWeights: deptWeights('fixedTerm'),
      combos: FIXED_TERM_ROUTES,
    }),
  ];

  // Turnover = external permanent departures ÷ average permanent headcount.
  rows.push({
    measure: 'turnover',
    year,
    value: round1((externalTotal / avgTotal) * 100),
    population: Math.round(avgTotal),
    stated: false,
  });
  if (spec.turnoverByOccupation) {
    occs.forEach((o, i) => {
      const pop = spec.averagePermanent[o]!;
      rows.push({
        measure: 'turnover',
        year,
        occupation: o,
        value: round1((external[i]! / pop) * 100),
        population: Math.round(pop),
        stated: false,
      });
    });
    const agePops = AGE_BANDS.map((a) =>
      sumStats(cube, { measure: 'headcount', employmentForm: 'permanent', ageBand: a }),
    );
    const ageRates = scaleRates(
      agePops.map((population, i) => ({ population, relative: AGE_TURNOVER_PROPENSITY[i]! })),
      (externalTotal / avgTotal) * 100,
    );
    AGE_BANDS.forEach((ageBand, i) => {
      rows.push({ measure: 'turnover', year, ageBand, value: ageRates[i]!, population: agePops[i]!, stated: false });
    });
  }
  return rows;
}

const permanentByOccupation = (cube: SeedStatistic[]) =>
  Object.fromEntries(sumBy(cube, { measure: 'headcount', employmentForm: 'permanent' }, 'occupation'));

function averageByOccupation(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  return Object.fromEntries(OCCUPATIONS.map((o) => [o, ((a[o] ?? 0) + (b[o] ?? 0)) / 2]));
}

const PERM_2024 = permanentByOccupation(CUBE_2024);
const PERM_2025 = permanentByOccupation(CUBE_2025);
const scale2023 = PERMANENT_2023_ASSUMED / PERMANENT_TOTAL[2024];

const FLOWS_2024 = flows({
  year: 2024,
  cube: CUBE_2024,
  averagePermanent: Object.fromEntries(OCCUPATIONS.map((o) => [o, ((PERM_2024[o] ?? 0) * (1 + scale2023)) / 2])),
  externalRate: 10.1,
  internalShare: 0.45,
  retirements: 52,
  fixedTermDepartures: 201,
  permanentRecruitments: 268,
  fixedTermRecruitments: 196,
  turnoverByOccupation: false,
});
const FLOWS_2025 = flows({
  year: 2025,
  cube: CUBE_2025,
  averagePermanent: averageByOccupation(PERM_2024, PERM_2025),
  externalRate: 9.5,
  internalShare: 0.45,
  retirements: 48,
  fixedTermDepartures: 185,
  permanentRecruitments: 262,
  fixedTermRecruitments: 178,
  turnoverByOccupation: true,
});

// ---------------------------------------------------------------------------------------------
// Other measures

function sickLeave(
  year: 2024 | 2025,
  total: number,
  short: number,
  long: number,
  cube: SeedStatistic[],
  byDepartment: boolean,
): SeedStatistic[] {
  // The people the rates are over (the head count), so that suppression can work on them.
  const population = sumStats(cube, { measure: 'headcount' });
  const rows: SeedStatistic[] = [
    { measure: 'sickLeave', year, category: 'total', value: total, population, stated: false },
    { measure: 'sickLeave', year, category: 'short', value: short, population, stated: false },
    { measure: 'sickLeave', year, category: 'long', value: long, population, stated: false },
  ];
  if (byDepartment) {
    const relative: Record<string, number> = {
      [FORSKOLA]: 1.05,
      [SOCIALTJANST]: 0.95,
      [ALDREOMSORG]: 1.15,
      [HR]: 0.55,
      [KVALITET]: 0.5,
      [EKONOMI]: 0.6,
    };
    const pops = DEPARTMENTS.map((d) => sumStats(cube, { measure: 'headcount', department: d.name }));
    for (const [category, overall] of [
      ['total', total],
      ['short', short],
    ] as const) {
      const rates = scaleRates(
        DEPARTMENTS.map((d, i) => ({ population: pops[i]!, relative: relative[d.name]! })),
        overall,
      );
      DEPARTMENTS.forEach((d, i) =>
        rows.push({
          measure: 'sickLeave',
          year,
          category,
          department: d.name,
          value: rates[i]!,
          population: pops[i]!,
          stated: false,
        }),
      );
    }
  }
  return rows;
}

function incidents(year: number, t1: [number, number, number], t2: [number, number, number]): SeedStatistic[] {
  const kinds = ['threatViolence', 'fall', 'other'] as const;
  return ([1, 2] as const).flatMap((tertial) =>
    kinds.map((category, i) => ({
      measure: 'incidents' as const,
      year,
      tertial,
      category,
      value: (tertial === 1 ? t1 : t2)[i]!,
      stated: false,
    })),
  );
}

const permanent = (cube: SeedStatistic[]) => cube.filter((r) => r.employmentForm === 'permanent');

const STATISTICS: SeedStatistic[] = [
  ...CUBE_2024,
  ...CUBE_2025,
  ...fullTimeRows({
    year: 2024,
    population: permanent(CUBE_2024),
    partTime: 244,
    partTimeStated: false,
    genderPropensity: { woman: 1.15, man: 0.6 },
    agePropensity: [1.5, 1.0, 0.7, 0.8, 1.4, 2.6],
  }),
  ...fullTimeRows({
    year: 2025,
    population: permanent(CUBE_2025),
    partTime: 210, // (2 333 − 210) / 2 333 = 91,0 %
    partTimeStated: false,
    overallStated: 91,
    statedDecimals: 0,
    genderPropensity: { woman: 1.15, man: 0.6 },
    agePropensity: [1.5, 1.0, 0.7, 0.8, 1.4, 2.6],
  }),
  ...FLOWS_2024,
  ...FLOWS_2025,
  ...retirementRowsFromCube(CUBE_2024, 2024, [2025, 2026, 2027, 2028]),
  ...retirementRowsFromCube(CUBE_2025, 2025, [2026, 2027, 2028, 2029]),
  ...sickLeave(2024, 7.9, 2.6, 3.5, CUBE_2024, false),
  ...sickLeave(2025, 7.6, 2.4, 3.3, CUBE_2025, true),
  ...incidents(2024, [99, 72, 150], [90, 65, 131]),
  ...incidents(2025, [94, 68, 141], [87, 61, 126]),
  ...spanOfControlRows(CUBE_2024, 2024, ['enhetschef', 'rektor']),
  ...spanOfControlRows(CUBE_2025, 2025, ['enhetschef', 'rektor']),
];

// ---------------------------------------------------------------------------------------------
// Plan 2027–2029

const ACTIVITIES: SeedActivity[] = [
  // Förvaltningsövergripande (Sammanfattning: Utveckla)
  {
    goal: 'Samtliga av förvaltningens chefer ska genomgå Norra innerstadens egna ledarskapsprogram',
    title: 'Norra innerstadens egna ledarutvecklingsprogram',
    phases: ['UTVECKLA', 'BEHALLA'],
    strategies: [S.chefer],
    dueDate: '2029-12-31',
    owner: 'HR-avdelningen',
    status: 'IN_PROGRESS',
    followUps: [],
  },
  {
    goal: 'Rimlig storlek på medarbetargruppen och ett hållbart ledarskap i linje med stadens riktmärke på 30 medarbetare per chef',
    title: 'Utvärdering av genomförda förändringar och effekter av nya chefsstrukturen på samtliga avdelningar',
    phases: ['BEHALLA'],
    strategies: [S.chefer],
    dueDate: '2027-06-30',
    owner: 'Förvaltningsledningen',
    status: 'IN_PROGRESS',
    followUps: [
      {
        year: 2026,
        period: 'T1',
        status: 'IN_PROGRESS',
        comment: 'Utvärderingen har startat. Avdelningarna har kartlagt antalet medarbetare per chef på enhetsnivå.',
      },
    ],
  },
  {
    goal: 'Lärande för individen och verksamheten, ökat samarbete och en helhetssyn på stadens uppdrag',
    title: 'Skugga en kollega – fortsätta att uppmuntra medarbetare till detta',
    phases: ['UTVECKLA'],
    strategies: [S.utveckling],
    dueDate: '2027-12-31',
    owner: 'Respektive chef',
    status: 'IN_PROGRESS',
    followUps: [],
  },
  {
    goal: 'Förvaltningen säkerställer kompetensen kopplat till den nya socialtjänstlagen',
    title: 'Se över arbetssätt och kompetensbehov utifrån nya socialtjänstlagen i förvaltningens projektgrupp',
    phases: ['UTVECKLA'],
    strategies: [S.utveckling, S.kompetens],
    dueDate: '2027-12-31',
    owner: 'Projektgruppen för nya socialtjänstlagen',
    status: 'IN_PROGRESS',
    followUps: [],
  },
  {
    goal: 'Stärkt samverkan mellan ledningsfunktioner inom förskola och socialtjänst, föräldrastöd samt tidiga insatser vid oro för barn',
    title: 'Fortsätta arbetet med en gemensam handlingsplan mellan förskolan och socialtjänsten',
    phases: ['UTVECKLA'],
    strategies: [S.kompetens],
    dueDate: '2027-12-31',
    owner: 'Avdelningscheferna för förskola och socialtjänst',
    status: 'IN_PROGRESS',
    followUps: [],
  },
  // Behålla och attrahera
  {
    goal: 'En attraktiv arbetsgivare genom innovation, digitalisering och ständiga förbättringar',
    title: 'Fortsatt arbete med innovation, digitalisering och ständiga förbättringar – stadens kvalitetsprogram',
    phases: ['BEHALLA', 'ATTRAHERA'],
    strategies: [S.digitalisering],
    dueDate: '2027-12-31',
    owner: 'Kvalitetsavdelningen',
    status: 'IN_PROGRESS',
    followUps: [],
  },
  {
    goal: 'En god arbetsmiljö där medarbetare har god hälsa, trivs och känner engagemang',
    title: 'Fortsatt arbete med friskfaktorer och friskvårdsarbete enligt förvaltningens friskvårdsplan',
    phases: ['BEHALLA'],
    strategies: [S.friskfaktorer],
    dueDate: '2027-12-31',
    owner: 'HR-avdelningen',
    status: 'IN_PROGRESS',
    followUps: [],
  },
  {
    goal: 'Kontinuerlig kompetensutveckling kopplat till uppdraget',
    title: 'Säkerställa behov av kompetensutvecklingsinsatser på medarbetarnivå genom medarbetarsamtal',
    phases: ['BEHALLA', 'UTVECKLA'],
    strategies: [S.utveckling],
    dueDate: '2027-12-31',
    owner: 'Respektive chef',
    status: 'IN_PROGRESS',
    followUps: [],
  },
  // Rekrytera och introducera
  {
    goal: 'En kvalitetssäkrad rekryteringsprocess som förser verksamheten med rätt kompetens',
    title: 'Fortsätta rekrytera kompetensbaserat och utbilda chefer i kompetensbaserad rekrytering',
    phases: ['REKRYTERA'],
    strategies: [S.rekrytera],
    dueDate: '2027-12-31',
    owner: 'HR-avdelningen',
    status: 'IN_PROGRESS',
    followUps: [],
  },
  {
    goal: 'Nya medarbetare kommer in i arbetet på ett bra sätt och kan snabbare bidra till verksamhetens måluppfyllelse',
    title:
      'Löpande se över introduktionerna: förvaltningsövergripande material, samordnad chefsintroduktion och verksamhetsspecifika introduktioner',
    phases: ['INTRODUCERA'],
    strategies: [S.utveckling],
    dueDate: '2027-12-31',
    owner: 'HR-avdelningen',
    status: 'IN_PROGRESS',
    followUps: [],
  },
  // Avsluta
  {
    goal: 'Synpunkter bearbetas för fortsatt utveckling av verksamheten',
    title: 'Avslutssamtal hålls med de tillsvidareanställda som slutar sin anställning',
    phases: ['AVSLUTA'],
    strategies: [S.kompetens],
    dueDate: '2027-12-31',
    owner: 'Respektive chef',
    status: 'IN_PROGRESS',
    followUps: [],
  },
  // Förskola
  {
    goal: 'En enhetlig yrkestitelatur för barnskötare ska införas inom förskolan',
    title:
      'Kartlägga befintliga barnskötares kompetenser och validera och kompetensutveckla de barnskötare som inte har tillräcklig utbildningsnivå',
    phases: ['UTVECKLA'],
    strategies: [S.utveckling, S.kompetens],
    department: FORSKOLA,
    dueDate: '2027-12-31',
    owner: 'Avdelningschef förskola',
    status: 'IN_PROGRESS',
    followUps: [],
  },
  {
    goal: 'Stärka och förtydliga förskollärares ledarskap',
    title: 'Delta i forskningsinstitutet Ifous forsknings- och utvecklingsprogram Förskollärares ledarskap',
    phases: ['UTVECKLA'],
    strategies: [S.utveckling],
    department: FORSKOLA,
    dueDate: '2029-12-31',
    owner: 'Avdelningschef förskola',
    status: 'NOT_STARTED',
    followUps: [],
  },
  {
    goal: 'Stärkt digital kompetens hos medarbetarna',
    title: 'Använda den digitala lärplattformen Infomentor till pedagogiskt arbete, uppföljning och kommunikation',
    phases: ['UTVECKLA'],
    strategies: [S.digitalisering],
    department: FORSKOLA,
    dueDate: '2027-12-31',
    owner: 'Rektorer',
    status: 'IN_PROGRESS',
    followUps: [],
  },
  {
    goal: 'Andelen legitimerade förskollärare i förskolan ska öka',
    title: 'Ta emot förskollärarstudenter genom VFU i samarbete med Stockholms universitet och Södertörns högskola',
    phases: ['ATTRAHERA', 'REKRYTERA'],
    strategies: [S.rekrytera],
    department: FORSKOLA,
    dueDate: '2027-12-31',
    owner: 'Avdelningschef förskola',
    status: 'IN_PROGRESS',
    followUps: [],
  },
  // Socialtjänst
  {
    goal: 'En introduktion för nyanställda som rustar inför kommande utmaningar och säkerställer en bra ingång i uppdraget',
    title: 'Utveckla introduktionen för nyanställda inför arbetssätten i nya socialtjänstlagen',
    phases: ['INTRODUCERA', 'UTVECKLA'],
    strategies: [S.utveckling],
    department: SOCIALTJANST,
    dueDate: '2027-12-31',
    owner: 'Avdelningschef socialtjänst',
    status: 'IN_PROGRESS',
    followUps: [],
  },
  {
    goal: 'Behålla befintlig kompetens och attrahera nya medarbetare',
    title:
      'Påbyggnadsutbildning för mer erfarna medarbetare inom arbetssätt och insatser som utgår från vetenskap och beprövad erfarenhet',
    phases: ['UTVECKLA', 'BEHALLA'],
    strategies: [S.utveckling],
    department: SOCIALTJANST,
    dueDate: '2028-12-31',
    owner: 'Avdelningschef socialtjänst',
    status: 'IN_PROGRESS',
    followUps: [],
  },
  {
    goal: 'Tydliggörande pedagogik, lågaffektivt bemötande och ökad kunskap om demenssjukdomar i LSS-verksamheterna',
    title: 'Arbeta med det pedagogiska ramverket och Svenskt Demenscentrums utbildningsmodell ”Stjärnmärkt”',
    phases: ['UTVECKLA'],
    strategies: [S.utveckling],
    department: SOCIALTJANST,
    dueDate: '2027-12-31',
    owner: 'Enhetschefer LSS',
    status: 'IN_PROGRESS',
    followUps: [],
  },
  {
    goal: 'Stärka arbetsgivarvarumärket och introducera framtida medarbetare i verksamheternas yrkesutövning',
    title:
      'Ta emot praktikanter och studenter inom VFU i samarbete med Stockholms universitet och högskolan Marie Cederschiöld',
    phases: ['ATTRAHERA'],
    strategies: [S.rekrytera],
    department: SOCIALTJANST,
    dueDate: '2027-12-31',
    owner: 'Avdelningschef socialtjänst',
    status: 'IN_PROGRESS',
    followUps: [],
  },
  // Äldreomsorg
  {
    goal: 'Fler undersköterskor med skyddad yrkestitel (i dag drygt 64 procent av de tillsvidareanställda undersköterskorna)',
    title: 'Fortsätta kartläggningen av den formella kompetensen',
    phases: ['UTVECKLA'],
    strategies: [S.utveckling, S.kompetens],
    department: ALDREOMSORG,
    dueDate: '2027-12-31',
    owner: 'Avdelningschef äldreomsorg',
    status: 'IN_PROGRESS',
    followUps: [
      {
        year: 2026,
        period: 'T1',
        status: 'IN_PROGRESS',
        comment:
          'Kartläggningen pågår på samtliga vård- och omsorgsboenden. Hemtjänstens enheter påbörjas under våren.',
      },
      {
        year: 2026,
        period: 'T2',
        status: 'IN_PROGRESS',
        comment:
          'Hemtjänstens enheter är kartlagda. Medarbetare som saknar skyddad yrkestitel har erbjudits validering.',
      },
    ],
  },
  {
    goal: 'Ökad kompetens inom det svenska språket',
    title:
      'Upphandla en tvåårig undersköterskeutbildning vid en folkhögskola och starta en vårdbiträdesutbildning vid ett vuxengymnasium, båda med språkstödjande insatser',
    phases: ['UTVECKLA', 'REKRYTERA'],
    strategies: [S.utveckling, S.rekrytera],
    department: ALDREOMSORG,
    dueDate: '2028-12-31',
    owner: 'Avdelningschef äldreomsorg',
    status: 'IN_PROGRESS',
    followUps: [
      {
        year: 2026,
        period: 'T1',
        status: 'IN_PROGRESS',
        comment: 'Ansökan om medel har lämnats in. Upphandlingen kan starta när beslut om medel finns.',
      },
    ],
  },
  {
    goal: 'Stärkta språkliga och yrkesmässiga förmågor hos medarbetare med stora svårigheter i det svenska skriftspråket',
    title: 'Delta i ESF-projektet för medarbetare med stora svårigheter i det svenska skriftspråket',
    phases: ['UTVECKLA'],
    strategies: [S.utveckling],
    department: ALDREOMSORG,
    dueDate: '2029-12-31',
    owner: 'Avdelningschef äldreomsorg',
    status: 'NOT_STARTED',
    followUps: [],
  },
  {
    goal: '80 procent av äldreomsorgens medarbetare ska ha genomgått utbildningen i MHFA',
    title:
      'Fortsätta utbildningen i MHFA – Mental Health First Aid (Första hjälpen till psykisk hälsa) med egna instruktörer',
    phases: ['UTVECKLA'],
    strategies: [S.utveckling, S.friskfaktorer],
    department: ALDREOMSORG,
    dueDate: '2029-12-31',
    owner: 'Avdelningschef äldreomsorg',
    status: 'IN_PROGRESS',
    followUps: [
      {
        year: 2026,
        period: 'T1',
        status: 'IN_PROGRESS',
        comment: 'Två utbildningsomgångar har genomförts av förvaltningens egna instruktörer.',
      },
      {
        year: 2026,
        period: 'T2',
        status: 'IN_PROGRESS',
        comment:
          'Ytterligare en omgång har genomförts. Planering för hösten pågår för att nå fler medarbetare i hemtjänsten.',
      },
    ],
  },
  {
    goal: 'God kunskap om kognitiva sjukdomar/demens inom alla verksamheter',
    title:
      'Fortsätta arbetet med Svenskt Demenscentrums utbildningsmodeller och möjliggöra för fler undersköterskor att studera till Silviasyster',
    phases: ['UTVECKLA'],
    strategies: [S.utveckling],
    department: ALDREOMSORG,
    dueDate: '2027-12-31',
    owner: 'Avdelningschef äldreomsorg',
    status: 'IN_PROGRESS',
    followUps: [],
  },
  {
    goal: 'Säkerställa kompetens om posttraumatiskt stressyndrom bland de äldre',
    title: 'Erbjuda biståndshandläggare inom äldreomsorgen utbildning inom posttraumatiskt stressyndrom',
    phases: ['UTVECKLA'],
    strategies: [S.utveckling],
    department: ALDREOMSORG,
    dueDate: '2027-06-30',
    owner: 'Enhetschef biståndsbedömning',
    status: 'NOT_STARTED',
    followUps: [],
  },
  {
    goal: 'Sommarvikarier får en bra start på sin anställning och förvaltningens äldreomsorg upplevs vara en attraktiv arbetsgivare',
    title:
      'Drop in-rekrytering av sommarvikarier med speedintervjuer och gemensamma introduktionsdagar för sommarvikarier inom hemtjänst och vård- och omsorgsboende',
    phases: ['REKRYTERA', 'INTRODUCERA'],
    strategies: [S.rekrytera],
    department: ALDREOMSORG,
    dueDate: '2027-06-30',
    owner: 'Avdelningschef äldreomsorg',
    status: 'IN_PROGRESS',
    followUps: [
      {
        year: 2026,
        period: 'T1',
        status: 'IN_PROGRESS',
        comment:
          'Drop in-rekrytering med speedintervjuer har genomförts i hemtjänsten och vård- och omsorgsboendena har haft gemensamma rekryteringsdagar.',
      },
      {
        year: 2026,
        period: 'T2',
        status: 'DONE',
        comment:
          'Gemensamma introduktionsdagar för sommarvikarier har genomförts inom hemtjänst och vård- och omsorgsboende.',
      },
    ],
  },
  {
    goal: 'Stärkt pedagogisk kompetens hos medarbetarna och en källa till rekrytering av nya medarbetare',
    title: 'Regelbundet ta emot elever och studenter som akademisk nod inom äldreomsorg',
    phases: ['ATTRAHERA'],
    strategies: [S.rekrytera],
    department: ALDREOMSORG,
    dueDate: '2027-12-31',
    owner: 'Avdelningschef äldreomsorg',
    status: 'IN_PROGRESS',
    followUps: [],
  },
];

const GAPS: SeedGap[] = [
  {
    area: 'Myndighetsutövning',
    description:
      'Erfarna biståndshandläggare samt socialsekreterare som har kompetensen att bedöma insatser till medborgare i komplexa livssituationer',
  },
  {
    area: 'Vård och omsorg',
    description: 'Bredare kompetens för äldre med mer komplexa behov och multisjukdom',
    department: ALDREOMSORG,
    occupations: ['undersköterska', 'vårdbiträde', 'sjuksköterska'],
    priority: 'HIGH',
    comments: [
      {
        date: '2026-10-05',
        author: 'HR-konsult',
        text: 'Fler äldre med multisjukdom enligt befolkningsprognosen; behovet växer under hela planperioden.',
      },
    ],
  },
  {
    area: 'Vård och omsorg',
    description: 'Kunskap om kognitiva sjukdomar/demens',
    department: ALDREOMSORG,
    occupations: ['undersköterska', 'vårdbiträde'],
    priority: 'HIGH',
    status: 'IN_PROGRESS',
    activities: ['Arbeta med det pedagogiska ramverket och Svenskt Demenscentrums utbildningsmodell ”Stjärnmärkt”'],
  },
  {
    area: 'Psykisk hälsa',
    description: 'Kompetens om psykisk ohälsa (MHFA) och posttraumatiskt stressyndrom bland de äldre',
    department: ALDREOMSORG,
  },
  {
    area: 'Språk och kommunikation',
    description: 'Svenska för medarbetare med svaga språkkunskaper',
    departments: [ALDREOMSORG, FORSKOLA],
    priority: 'MEDIUM',
    activities: ['Delta i ESF-projektet för medarbetare med stora svårigheter i det svenska skriftspråket'],
  },
  {
    area: 'Teknik, IT-system och digitalisering',
    description: 'Digital kompetens hos medarbetarna',
    department: FORSKOLA,
  },
  { area: 'Pedagogik', description: 'Barnskötarutbildning och legitimerade förskollärare', department: FORSKOLA },
  { area: 'Lagar och avtal', description: 'Nya socialtjänstlagen', department: SOCIALTJANST },
];

const RISKS: SeedRisk[] = [
  {
    title: 'Pensionsavgångar',
    description:
      'Nästan 400 av förvaltningens tillsvidareanställda medarbetare är 60 år och äldre, merparten inom äldreomsorgen. I och med att pensionsåldern har höjts är det svårt att prognostisera kommande pensionsavgångar.',
    likelihood: 3,
    consequence: 3,
    mitigation: 'Norra innerstaden behöver säkra både kompetensöverföring och nyrekrytering.',
    owner: 'Avdelningschef, Äldreomsorg',
    activities: ['Fortsätta kartläggningen av den formella kompetensen'],
    gapDescriptions: ['Kunskap om kognitiva sjukdomar/demens'],
  },
  {
    title: 'Konkurrens om utbildade undersköterskor',
    description:
      'Det är idag stor konkurrens om utbildade undersköterskor. Detta innebär att det även framöver kommer vara svårt att rekrytera utbildade undersköterskor till äldreomsorgen och i synnerhet till hemtjänsten.',
    likelihood: 4,
    consequence: 3,
    mitigation:
      'Undersköterske- och vårdbiträdesutbildning med språkstödjande insatser, drop in-rekrytering av sommarvikarier och samarbete med högskolor som akademisk nod.',
    owner: 'Avdelningschef, Äldreomsorg',
    status: 'IN_PROGRESS',
    activities: ['Regelbundet ta emot elever och studenter som akademisk nod inom äldreomsorg'],
    gapDescriptions: [
      'Bredare kompetens för äldre med mer komplexa behov och multisjukdom',
      'Svenska för medarbetare med svaga språkkunskaper',
    ],
  },
  {
    title: 'Svårt att rekrytera erfarna handläggare',
    description:
      'Det är också svårare att rekrytera erfarna biståndshandläggare samt socialsekreterare som har kompetensen att bedöma insatser till medborgare i komplexa livssituationer.',
    likelihood: 3,
    consequence: 3,
    mitigation: 'Introduktion för nyanställda, påbyggnadsutbildning för mer erfarna medarbetare och VFU.',
    owner: 'Avdelningschef, Socialtjänst',
    gapDescriptions: [
      'Erfarna biståndshandläggare samt socialsekreterare som har kompetensen att bedöma insatser till medborgare i komplexa livssituationer',
      'Nya socialtjänstlagen',
    ],
  },
  {
    title: 'Fler medarbetare per chef än riktmärket',
    description:
      'Inom äldreomsorgens utförarenheter samt inom förskolan är antalet medarbetare per chef fortfarande högre på vissa enheter än stadens riktmärke som är på 30.',
    likelihood: 3,
    consequence: 2,
    mitigation:
      'En utvärdering av genomförda förändringar och effekter av nya chefsstrukturen kommer genomföras på samtliga avdelningar med start 2026.',
    owner: 'Förvaltningsdirektör',
  },
  {
    title: 'Demografisk förändring',
    description:
      'Befolkningsprognoser visar att antalet äldre i stadsdelen förväntas öka samtidigt som antalet barn minskar.',
    likelihood: 4,
    consequence: 2,
    mitigation:
      'Analysera kompetensförsörjningsbehoven på både kort och lång sikt, exempelvis omställning av medarbetare från förskolan till äldreomsorgen.',
    owner: 'HR-chef',
    gapDescriptions: ['Bredare kompetens för äldre med mer komplexa behov och multisjukdom'],
  },
];

const SECTIONS: SeedSection[] = [
  {
    title: 'Inledning och nulägesanalys',
    body: `Stockholms stad, likväl Norra innerstadens stadsdelsförvaltning, ska vara ett föredöme som offentlig arbetsgivare med goda arbetsvillkor, en god arbetsmiljö samt stödja och organisera för lärande, kreativitet och utveckling. Kompetenta och engagerade medarbetare och chefer är därför en förutsättning för att staden ska kunna tillgodose stockholmarnas behov och förväntningar av likvärdig service. Stadens medarbetare ska vara ambassadörer som bidrar till att attrahera nya medarbetare till stadens verksamheter. Att arbeta aktivt, strategiskt och systematiskt med kompetensförsörjning ger förutsättningar för att staden har rätt kompetens på både kort och lång sikt. Det är viktigt för att klara uppdraget, möta omvärldens utmaningar och nå våra fastställda mål. Norra innerstadens stadsdelsförvaltning har funnits sedan 1 juli 2023 då stadsdelsförvaltningarna Norrmalm och Östermalm lades samman. Förvaltningen ger stöd och service till områdets cirka 155 600 stockholmare. Senaste tre åren återtogs tre stycken stora vård- och omsorgsboenden från privata utförare. Dessa drivs numera i egen regi vilket medför att Norra innerstaden har en av stadens största äldreomsorgsavdelningar.`,
  },
  {
    title: 'Demografi och omvärldsbevakning',
    body: `Befolkningsprognoser visar att antalet äldre i stadsdelen förväntas öka samtidigt som antalet barn minskar. Förvaltningen behöver därför analysera kompetensförsörjningsbehoven på både kort och lång sikt samt identifiera möjliga åtgärder, exempelvis omställning av medarbetare från förskolan till äldreomsorgen. De äldre har även mer komplexa behov och multisjukdom vilket kräver en bredare kompetens hos förvaltningens medarbetare. Det är också svårare att rekrytera erfarna biståndshandläggare samt socialsekreterare som har kompetensen att bedöma insatser till medborgare i komplexa livssituationer.

På Norra innerstadens stadsdelsförvaltning arbetar i dagsläget totalt {{headcount|employmentForm=permanent|2025}} tillsvidareanställda medarbetare och cirka {{headcount|employmentForm=fixedTerm|2025}} visstidsanställda med månadslön. Utöver det finns även kortare timavlönade anställningar för att täcka oförutsedda behov. Under året som gått har Norra innerstaden utökat andelen heltidsanställningar då framförallt utförarsidan inom äldreomsorg och socialtjänst har sett över sina scheman och optimerat dessa. Av förvaltningens tillsvidareanställda är andelen heltidsanställda ca {{fullTimeShare|2025}} vilket gör att Norra innerstaden överträffar Kommunfullmäktiges mål på 90 %. De största yrkeskategorierna i Norra innerstadens stadsdelsförvaltning är barnskötare, undersköterska, förskollärare, vårdbiträde och socialsekreterare.

Nästan 400 av förvaltningens tillsvidareanställda medarbetare är 60 år och äldre, merparten inom äldreomsorgen. I och med att pensionsåldern har höjts är det svårt att prognostisera kommande pensionsavgångar. Omkring en femtedel av förvaltningens medarbetare befinner sig i ålderskategorin 60 år och äldre och kan därmed sägas befinna sig i pensionsålder inom 3–9 år vilket innebär att Norra innerstaden behöver säkra både kompetensöverföring och nyrekrytering.

Norra innerstadens AMI-medarbetarindex är generellt god och för närvarande på 80 vilket är på samma nivå som genomsnittet för samtliga stadsdelsförvaltningar. Förvaltningen har på de tre delindexen; motivation (80), ledarskap (78) och styrning (82). Förskolan är den som har högst AMI på 82.`,
  },
  {
    title: 'Varför behövs en kompetensförsörjningsplan?',
    body: `Arbetet med kompetensförsörjning ingår som en viktig del i den årliga verksamhetsplaneringen. Verksamheternas mål ska ligga till grund för kartläggning av befintlig kompetens samt kommande behov av kompetens. Huvudsyftet med verksamheternas arbete gällande kompetensförsörjning är att nå nämndens mål som i sin tur vilar på kommunfullmäktiges mål. Kompetensförsörjningsplanen ska stödja verksamhetsplanen och svara på följande frågor:

• Vilka förändringar står vi inför?
• Vilken kompetens behöver vi?
• Vilken kompetens har vi?
• Hur kan vi skaffa den kompetens vi saknar?
• Är vi på rätt väg?

Kommunfullmäktige har i budget gett samtliga nämnder i uppdrag att årligen upprätta en strategisk kompetensförsörjningsplan med sikte på tre år framåt. Kompetensförsörjningsplanen ska biläggas nämndernas arbete med underlag för budget 2027 med inriktning för 2028 och 2029. Kompetensförsörjningsplanen ska beskriva nämndens strategiska inriktning och mål för att säkerställa kompetensförsörjningen till nämndens verksamheter. I årets anvisningar ska även den strategiska inriktningen vara kopplad till SKR:s nio strategier utifrån lägesanalys och riskbedömning. SKR står för Sveriges kommuner och regioner och är kommunala verksamheters arbetsgivarorganisation. Välfärdens kompetensförsörjning är en av de största utmaningarna för kommuner och regioner under det kommande decenniet. SKR har därför tagit fram nedan nio strategier som ger stöd i detta arbete.`,
  },
  {
    title: 'Strategisk inriktning och arbetsmetod',
    body: `Avdelningarna har varierande utmaningar och varierande kompetensförsörjningsaktiviteter kopplat till både lagändringar och mål. Förvaltningens strategiska inriktning är att stärka chefers förutsättningar att leda och främja medarbetarnas utveckling och möjlighet till omställning. Förvaltningen fortsätter även arbetet med friskfaktorer. Norra innerstaden har på en övergripande nivå valt att i nuläget fokusera på ovan tre av SKR:s strategier men samtliga av SKR:s nio strategier finns med i kompetensförsörjningsarbetet.

Norra innerstaden arbetar utifrån strategin UBARA – Utveckla, Behålla, Attrahera, Rekrytera/introducera och Avsluta. UBARA är stadens arbetssätt för kompetensförsörjning. Det innebär fokus på befintliga medarbetares utveckling och förutsättningar så att de väljer att stanna kvar i vår organisation. Genom att vara en förebild som arbetsgivare är vi även attraktiv för arbetssökande. Och de som väljer att lämna oss ska göra det som ambassadörer. I nedan kompetensförsörjningsplan för Norra innerstaden beskrivs först förvaltningens övergripande arbete utifrån både UBARA och SKR:s strategier och därefter beskrivs arbetet inom avdelningarna äldreomsorg, socialtjänst och förskola. De verksamhetskritiska aktiviteterna kopplat till kompetensförsörjning finns med i förvaltningens verksamhetsplan.

UBARA kan förklaras enligt nedan:

Utveckla = Utveckla och motivera medarbetare. Medarbetarsamtal, löneprocess, verksamhetsutveckling, ledar- och medarbetarutveckling, samverkan mellan avdelningar, karriärvägar, att ständigt arbeta i enlighet med personalpolicyn.

Behålla = Behålla genom engagemang. Arbetsmiljöarbete, medarbetarsamtal, löneprocess, samverkanssystemet - skapa förutsättningar för engagemang.

Attrahera = Vara en förebild som arbetsgivare. Jobba med stadens arbetsgivarvarumärke, använda stadens budskapsplattform och kommunicera hur det är att jobba i Stockholms stad. Delta på mässor, erbjuda praktik och verksamhetsförlagd utbildning.

Rekrytera/introducera = Rekrytera kompetensbaserat. Använda processen rätt för att säkra att vi rekryterar kompetensbaserat. Därefter säkerställa en god introduktion för nyanställda.

Avsluta = Avsluta för ambassadörskap. Arbeta systematiskt med att fånga förbättringsområden och säkra kompetensöverföring i samband med att medarbetare och chefer avslutar sin anställning i staden. Planerad överlämning och avslutssamtal/exitsamtal.`,
  },
  {
    title: 'Förvaltningens övergripande arbete',
    body: `För att utveckla, behålla och attrahera nya medarbetare och chefer erbjuder förvaltningen adekvata kompetensutvecklingsinsatser utifrån uppdrag och mål. Förvaltningen ser kontinuerligt över metoder så att kompetensutvecklingsinsatser fortsätter leda till önskat resultat och utveckling av verksamheterna, vilket gagnar stockholmarna. En god arbetsmiljö är viktigt för att medarbetare ska göra ett bra jobb med stockholmarnas fokus. En diskussion gällande behov av kompetensutvecklingsinsatser på medarbetarnivå säkerställs genom medarbetarsamtal. En samlad bedömning av gemensamma kompetensförsörjningsbehov analyseras vid respektive avdelning och utgör grunden för förvaltningens kompetensförsörjningsplan. Ansvaret för att jobba med frågorna och att planen efterlevs är en del i chefsuppdraget på alla nivåer. Även en sammanhållen lönebildning är central för att stärka förmågan att utveckla, behålla, attrahera och rekrytera önskvärd kompetens samt för att uppnå tydlighet, stabilitet och undvika löneglidning.`,
  },
  {
    title: 'Stärk chefens förutsättningar att leda - utveckla, behålla och attrahera',
    body: `Chefsstrukturen och trygga anställningar

Stockholms stad och Norra innerstaden ska eftersträva ett långsiktigt hållbart arbetsliv för alla anställda, chefer såväl som medarbetare. Stadens chefer har ett särskilt uppdrag att med sitt ledarskap, ansvar och sina befogenheter verka för att ge sina medarbetare de bästa förutsättningar för att verksamheten når sina mål och fullgör sitt uppdrag för stockholmarna.

Hur vi är organiserade på arbetsplatsen har stor betydelse för vårt arbetsliv. Rimlig storlek på medarbetargruppen är en förutsättning för ett nära ledarskap och god kommunikation. Chefsstrukturen i Norra innerstaden är ett led i att främja ett hållbart ledarskap som även gynnar medarbetarna och de vi är till för. Implementeringen av den nya chefsstrukturen och de organisatoriska förändringar som det inneburit har skett etappvis och sker fortfarande etappvis, allt utifrån verksamheternas förutsättningar och behov. Andra faktorer så som minskande barngrupper, en ökande andel äldre samt en ny socialtjänstlag påverkar också. Inom äldreomsorgens utförarenheter samt inom förskolan är antalet medarbetare per chef fortfarande högre på vissa enheter än stadens riktmärke som är på 30. En utvärdering av genomförda förändringar och effekter av nya chefsstrukturen kommer genomföras på samtliga avdelningar med start 2026.

Förvaltningen arbetar med budgetuppdraget trygga anställningar och arbetet kring heltid som norm som en del i att vara en attraktiv arbetsgivare. Förvaltningen har lagt ner ett stort arbete på att erbjuda samtliga tillsvidareanställda en heltidsanställning och på så sätt även minimerat andelen behovsanställda. Samtliga enheter inom förskolan använder sig av enhetsvikarier för att minska behovet av timanställda vikarier. Inom äldreomsorgens utförarenheter finns resursteam/resurspersoner, likaså på en enhet inom LSS. Dessa hjälper till vid frånvaro kopplat till den enheten de tillhör. Förvaltningen har och kommer även fortsättningsvis att utbilda funktioner som arbetar med schemaläggning och bemanning vilket också påverkat det goda resultatet på {{fullTimeShare|2025}} heltidsanställda av de som har en tillsvidareanställning.

Norra innerstadens egna ledarskapsprogram samt chefsutveckling

Förvaltningen arbetar löpande med att utveckla och stärka chefernas ledarskap. Det som är unikt för Norra innerstaden är att förvaltningen tagit fram och genomfört ett ledarskapsprogram i egen regi. Programmet bygger på stadens chefsprofil, ledarskapsmodellen Full Range Leadership Model, stadens personalpolicy samt kvalitetsprogrammet. Utvärderingen har hittills visat att samtliga deltagare har utvecklat sina ledarskapsbeteenden. Ett långsiktigt mål är att samtliga av förvaltningens chefer ska genomgå programmet. Nya chefer ges även möjlighet att gå det stadsövergripande chefsprogrammet ”Chef i staden” med stockholmaren i fokus. I tillägg till detta erbjuds avdelningsspecifika chefsprogram inom staden. Till exempel erbjuder staden ett ledarutvecklingsprogram för chefer inom socialtjänsten. Programmet är en del av Stockholms stads handlingsplan för en hållbar arbetssituation inom socialtjänsten. Inom äldreomsorgen finns en digital introduktionsutbildning för chefer. Den är uppdelad i tre delar där chefer får lära sig mer om bland annat valfrihetssystemet, demenssjukdom, ledning och styrning, språkstödjande arbetssätt och välfärdsteknik. Som ett led i stadens strategiska chefsförsörjning genomför personalstrategiska avdelningen ytterligare en omgång av det stadsgemensamma chefsförberedande programmet ”Framtida chef” där förvaltningarna får anmäla kandidater och Norra innerstaden har anmält deltagarintresse. Detta gör staden för att trygga försörjningen av framtida chefer i Stockholms stad genom att ge förutsättningar för samverkan, erfarenhetsutbyte och nätverkande i staden.

Förvaltningen anordnar även chefsforum samt digitala träffar gällande chefsaktuellt. Chefsforum har olika teman årligen och framöver kommer temat vara omvärld i förändring och stockholmarnas fokus. Stödfunktionerna håller olika föredrag såväl på chefsforum som på chefsaktuellt. Parallellt med detta utförs specifika utbildningsinsatser. Hr-avdelningen håller bland annat utbildningar och workshops i kränkande särbehandling, diskriminering, trakasserier, sexuella trakasserier och repressalier. Cheferna utbildas även inom arbetsmiljö, arbetslivsinriktad rehabilitering samt kompetensbaserad rekrytering.`,
  },
  {
    title: 'Främja medarbetarnas möjlighet till utveckling och omställning - utveckla, behålla och attrahera',
    body: `Tillitsbaserad styrning och lärande organisation

Förvaltningen ska genomsyras av en tillitsbaserad styrning och det tillitsbaserade ledarskapet ger plats för professionskunskap och skapar delaktighet och inflytande för våra medarbetare. Det bidrar till en arbetsplats där medarbetarnas kompetens och initiativ tas tillvara vilket i sin tur bidrar till kvalitetshöjning. En god samverkan och ett kollegialt lärande mellan avdelningar och professioner är ett steg i detta, även samverkan med fackliga organisationer. Förvaltningen har en arbetsgrupp ”Fokus SKA-systematiskt kvalitetsarbete” med representanter från olika avdelningar och professioner som framöver ska skapa samsyn och erfarenhetsutbyte kopplat till systematiskt kvalitetsarbete.

Ett annat arbetssätt som bidrar till nya idéer är stadens modell för att ”skugga en kollega”. Modellen innebär att medarbetare har möjlighet att följa en annan kollega en dag på jobbet. Modellen förväntas bidra till lärande för individen och verksamheten, ökat samarbete och en helhetssyn på stadens uppdrag. Det är ett viktigt steg i det långsiktiga arbetet med att skapa en kultur som bygger på nyfikenhet, öppenhet och tillit till varandra. I Norra innerstaden uppmuntras medarbetare till att skugga en kollega.

Nya socialtjänstlagen - nya arbetssätt kommer att krävas

Den nya socialtjänstlagen går i linje med stadens handlingsplan för en god och nära vård och omsorg. Lagen innebär ett perspektivskifte där insatser ges och samordnas utifrån den enskilda personens behov, det förebyggande arbetet blir centralt och barnperspektivet stärks. Den nya socialtjänstlagen och omställningen till framtidens socialtjänst innebär att alla inblandade parter behöver se över vilka kompetenser som behövs och hur de behöver organiseras och samarbeta. Inom förvaltningen finns en projektgrupp med representanter från socialtjänst, äldreomsorg, förskola, kvalitetsavdelning samt kommunikationsstrateg. En viktig del av det gemensamma arbetet är att nå en samsyn kring nuläget inom Norra innerstaden för att tydligare kunna styra arbetet mot det behov som finns hos medborgarna.

För att kunna möta de nya förutsättningarna arbetar förvaltningens förskola och socialtjänst utifrån en gemensamt framtagen handlingsplan. Handlingsplanens intention är att skapa en strukturerad och medveten samverkan på samtliga nivåer för att stärka det förebyggande och åtgärdande arbetet. Handlingsplanen bygger på tre fokusområden; Stärkt samverkan mellan ledningsfunktioner inom förskola och socialtjänst, föräldrastöd samt tidiga insatser vid oro för barn.`,
  },
  {
    title: 'Attrahera genom att synas',
    body: `Förvaltningen attraherar potentiella kandidater genom ett professionellt och gott bemötande vid alla möten och samtal. Genom att utveckla och förbättra arbetsmiljön, erbjuda trygga anställningar, möjliggöra för karriärvägar samt en tydlig lönebildning får vi även medarbetare som blir goda ambassadörer för förvaltningen. Arbetet med ambassadörskap förstärks då förvaltningen arbetar som en lärande organisation, till exempel genom att uppmärksamma goda resultat, tillvarata idéer från medarbetarna samt lyfta fram positiva exempel ur verksamheterna. Förvaltningen har även ett nära samarbete med skolor och lärosäten gällande verksamhetsförlagd utbildning och praktik.`,
  },
  {
    title: 'Kvalitetsprogrammet - en del i att vara en attraktiv arbetsgivare',
    body: `Stadens verksamheter ska vara effektiva, innovativa och tillvarata digitaliseringens möjligheter samtidigt som kvalitén ska vara hög. Stockholms stads kvalitetsarbete utgår från kvalitetsprogrammet. Dagens och morgondagens utmaningar behöver mötas med ett utvecklat kvalitetsarbete som omfattar ständiga förbättringar, innovation och digitalisering. Verksamheter inom Stockholms stad kan till exempel delta i kvalitetsutmärkelsen. Kvalitetsutmärkelsen ska stimulera och uppmuntra systematiskt kvalitetsarbete och en långsiktigt hållbar utveckling. Utmärkelsen delas ut årligen för att uppmärksamma och belöna framgångsrika insatser i staden, och genom att delta får verksamheterna möjlighet att synliggöra och stärka sitt kvalitetsarbete. Kvalitetsutmärkelsen leder både till högre kvalitet för stockholmarna samt ökar lärande, samarbete och engagemang bland medarbetarna. Utmärkelsen ger också staden möjlighet att lyfta fram förebilder och goda exempel.

Under föregående år fick Gärdets gruppbostad ett hedersutnämnande. Motiveringen beskrev en verksamhet som med lyhördhet och ett innovativt arbetssätt möter varje individs behov. Genom att ha stockholmarnas fokus har de fördjupat sin förståelse för vad målgruppen verkligen värdesätter. Efter en omfattande målgruppsomställning har de framgångsrikt anpassat sina arbetssätt utifrån varje persons förutsättningar, med stöd av en tydlig värdegrund, etablerade metoder och ett personcentrerat synsätt. Genom att sprida kunskap och erfarenheter bidrar de samtidigt till utveckling i hela staden. Utmärkelsen är ett gott exempel som förstärker arbetsgivarvarumärket och gör Norra innerstaden till en mer attraktiv arbetsgivare.

Digitala arbetssätt har senaste åren utvecklats i ett högt tempo. Förvaltningen tar till vara det som fungerat bra och fortsätter utveckla fler effektiva och innovativa arbetssätt som kommer verksamheten och stockholmarna till gagn. Förvaltningen ser fortsatt behov av gemensamma satsningar inom staden för att öka digitaliseringstakten. Det gäller särskilt för att kunna leverera effekterna av den nya socialtjänstlagen och god och nära vård och omsorg. Satsningar genomförs bland annat för att utforska hur nya digitala lösningar, artificiell intelligens (AI) och innovation kan ge bättre tillgänglig service. För att ytterligare stärka tillgängligheten till ledningssystemet och säkerställa god kvalitet inom utförarverksamheterna har förvaltningen undersökt hur ett AI-verktyg skulle kunna underlätta arbetet med att göra rutiner tillgängliga för medarbetare. Satsningen utvärderas just nu inför fortsatt arbete. Inom andra funktioner har AI-verktyget Svea GPT implementerats för att underlätta i det dagliga arbetet.`,
  },
  {
    title: 'Friskfaktorer - en stor del av arbetet med UBARA',
    body: `Norra innerstaden kommer även fortsättningsvis att stärka friskfaktorer i verksamheterna där förvaltningen strävar efter att erbjuda goda och trygga arbetsvillkor, kompetensutveckling och en god och jämställd arbetsmiljö som främjar hälsa och säkerhet, är fri från kränkande särbehandling, diskriminering, trakasserier, sexuella trakasserier och repressalier. En god arbetsmiljö är grundläggande för att utveckla, behålla och attrahera medarbetare. Medarbetare som har god hälsa, trivs och känner engagemang är grunden för en framgångsrik verksamhet med hög kvalitet. En viktig del i förvaltningens arbete med att säkra en god arbetsmiljö är introduktion av nyanställda chefer samt löpande stöd till chefer i det systematiska arbetsmiljöarbetet. Förvaltningen ska även arbeta förebyggande mot hot, våld och otillbörlig påverkan samt tillhandahålla såväl akut som långsiktigt stöd till medarbetare som utsatts för hot och våld i sitt arbete. Allt detta innebär fortsatta insatser inom det systematiska arbetsmiljöarbetet inklusive den organisatoriska och sociala arbetsmiljön, i syfte att medarbetare upplever att de har en bra arbetssituation och ett öppet arbetsklimat. Norra innerstaden följer upp arbetsmiljön bland annat genom arbetsmiljöronder, medarbetarenkät, medarbetarsamtal och årlig uppföljning inom det systematiska arbetsmiljöarbetet. Dialog förs löpande i samverkan gällande arbetsmiljöarbetet på förvaltningen. Arbetet med friskfaktorer inkluderas i det ordinarie systematiska arbetsmiljöarbetet, till exempel i arbetet med personalpolicyn samt resultatet från medarbetarenkäten.`,
  },
  {
    title: 'Friskvårdsarbete',
    body: `Förvaltningens friskvårdsarbete är en del av en hälsofrämjande kultur där en god arbetsmiljö, känsla av delaktighet och sammanhang utgör en helhet. En av strategierna för att nå målen med friskvårdsarbetet är en årsvis planering av förvaltningens gemensamma friskvårdsaktiviteter vilket konkretiseras i en friskvårdsplan. Förutom det årliga friskvårdsbidraget innehåller även friskvårdsplanen olika aktiviteter som Blodomloppet, STAR-steget, Pop-up event som att prova på olika yogapass, stadspromenader, löpning i Hagaparken och inspirationsföreläsningar. Vissa föreläsningar spelas in för att medarbetare i efterhand ska kunna ta del av föreläsningen. Förvaltningen har ett nätverk för hälsocoacher med regelbundna träffar för information, inspiration och erfarenhetsutbyte. Det anordnas även seminarium för hälsocoacherna dit även chefer bjuds in. Hälsocoacherna ute på enheterna har en viktig roll genom att de är stadsdelsförvaltningens ambassadörer för friskvårdsarbete. Hälsocoacherna har till uppgift att inspirera och informera om friskvård till sina kollegor samt samordna de beslutade aktiviteterna i förvaltningens friskvårdsplan.`,
  },
  {
    title: 'Rekrytera och introducera',
    body: `En kvalitetssäkrad rekryteringsprocess är en förutsättning för att förse verksamheten med rätt kompetens. Det görs genom att förvaltningen arbetar i enlighet med stadens rekryteringsprocess och använder sig av kompetensbaserad rekrytering. Staden har en digital grundutbildning inom kompetensbaserad rekrytering som förvaltningens chefer behöver genomföra innan de får behörighet i rekryteringsverktyget. Hr kvalitetssäkrar samtliga jobbannonser genom att granska och korrigera dessa inför publicering. Inom Norra innerstaden erbjuds även chefer utbildning av Hr-avdelningen gällande kompetensbaserad rekrytering. Utvärderingen påvisar att utbildningen är uppskattad av cheferna.

Till nyanställda medarbetare skickas ett ”pre-boarding” mail vilket bidrar till att nya medarbetare känner sig välkomna. Mailet innehåller information om vad det innebär att vara medarbetare i staden. Bland annat ges tillgång till en stadsövergripande introduktion, personalpolicyn samt information gällande förmåner för medarbetare. Till övriga kandidater skickas automatiskt en enkät från systemet med frågor gällande kandidaternas upplevelse av rekryteringsprocessen. Dessa svar är anonyma men det är en chans för förvaltningen att fånga upp förbättringsmöjligheter i kommande rekryteringar.

För att nya medarbetare ska komma in i arbetet på ett bra sätt och snabbare kunna bidra till verksamhetens måluppfyllelse är en väl genomförd och genomtänkt introduktion viktig. Introduktionen ges på olika nivåer i organisationen och anpassas till medarbetarens tidigare erfarenhet av yrket och av Stockholms stad. Förvaltningen kommer att arbeta vidare med utveckling av både det förvaltningsövergripande materialet kopplat till introduktion, en samordnad chefsintroduktion samt verksamhetsspecifika introduktioner.`,
  },
  {
    title: 'Avsluta',
    body: `Som en attraktiv arbetsgivare är ständiga förbättringar viktiga. Det innebär att identifiera förbättringsområden och sedan systematiskt genomföra dessa. Därför är det viktigt att avgångssamtal genomförs, analyseras och att förbättringsområden identifieras och åtgärdats.`,
  },
  {
    title: 'Sammanfattning',
    body: `Utveckla

• Norra innerstadens egna ledarutvecklingsprogram. Ett långsiktigt mål är att samtliga av förvaltningens chefer ska ha gått denna.
• Skugga en kollega- fortsätter att uppmuntra till detta.
• Samarbete mellan funktioner och med fackliga organisationer är fortsatt viktigt.
• Nya socialtjänstlagen kräver att arbetssätt ses över och förvaltningen säkerställer kompetensen kopplat till den nya lagen.
• Fortsätta arbetet med en gemensam handlingsplan mellan förskolan och socialtjänsten.

Behålla och attrahera

• Fortsatt arbete med innovation, digitalisering och ständiga förbättringar för att vara en attraktiv arbetsgivare - Stadens kvalitetsprogram är en del i detta.
• Fortsatt arbete med friskfaktorer och friskvårdsarbete, arbetsmiljön för medarbetarna är alltid viktig.
• Kontinuerlig kompetensutveckling kopplat till uppdraget.

Rekrytera och introducera

• Fortsätta rekrytera kompetensbaserat och hålla oss uppdaterade med vad som händer i omvärlden.
• Kandidatupplevelsen är fortsatt värdefull.
• Introduktioner ses löpande över.

Avsluta

• Avslutssamtal hålls med de tillsvidareanställda som slutar sin anställning. Synpunkter bearbetas för fortsatt utveckling av verksamheten.

Nedan aktiviteter kopplat till kompetensförsörjning är inlagda i Nämndens verksamhetsplan under nämndmål 3.4.1 och aktiviteterna kommer även att följas upp i verksamhetsplanen.

Nämndmål: 3.4.1 Rätt kompetens, en god arbetsmiljö och trygga anställningar ger chefer och medarbetare förutsättningar att göra ett bra jobb`,
  },
  {
    title: 'Förskola',
    body: `En bra start i livet börjar i förskolan. Alla barn ska ges likvärdig förskola och utbildning av god kvalité. Förskolans kärnuppdrag är att ge varje barn möjlighet att utvecklas i riktning mot läroplanens samtliga mål. Medarbetarnas kompetens och yrkesskicklighet är avgörande för att hålla en hög pedagogisk nivå. Förskolnämnden har på uppdrag av kommunfullmäktige tagit fram en samlad strategi och ett program för kompetensförsörjningen inom förskolan i Stockholms stad. Syftet är att säkerställa hållbara och långsiktiga förutsättningar för att stadens förskolor ska bemannas med efterfrågad kompetens i tillräcklig omfattning, något som även Norra innerstaden eftersträvar. Förskoleavdelningens systematiska kvalitetsarbete baseras på Skolverkets nationella kvalitetssystem. Kvalitetssystemet består av en nationell målsättning för förskolan, delmål som pekar ut viktiga områden som behöver följas upp för att nå de nationella målsättningarna och faktorer för framgångsrik skolutveckling, som kan främja att målsättningarna uppfylls.

En enhetlig yrkestitelatur för barnskötare ska införas inom förskolan. Förvaltningen ska därför kartlägga befintliga barnskötares kompetenser och därefter validera och kompetensutveckla de barnskötare som inte har tillräcklig utbildningsnivå. Denna målsättning är strategiskt bra för kompetensförsörjningen men kan vara en utmaning vid rekrytering då många sökanden saknar barnskötarutbildning. Förvaltningen kommer fortsätta vara representerad i ett programråd för Midsommarkransens gymnasium i syfte att förbättra deras erfarenhetsbaserade barnskötarutbildning.

Andelen legitimerade förskollärare i förskolan ska öka. Ett prioriterat område är att stärka ledarskapet hos förskollärare då dessa har ett särskilt ansvar för utbildningen i förskolan. Förskollärare ska leda arbetslaget i arbetet och säkerställa att undervisningen håller en hög kvalitet. Förskoleavdelningen planerar att delta i forskningsinstitutet Ifous kommande forsknings- och utvecklingsprogram som heter Förskollärares ledarskap. Det är ett treårigt FoU-program som syftar till att utveckla långsiktiga och forskningsbaserade arbetssätt så att förskolans medarbetare och chefer tillsammans utvecklar strategier och metoder för att stärka och förtydliga förskollärares ledarskap. Efter avslutat program ska det ha lett till en ökad kunskap om vad förskollärares ledarskap kan innefatta, och hur detta kan stödjas på olika nivåer.

Deltagande i FoU-programmet innebär att delta i praktiknära forskning och är en del av Skolverkets professionsprogram för rektorer och förskollärare. Professionsprogrammet ska bidra till undervisningens kvalitet, stärka professionerna och öka skolyrkenas attraktionskraft, för att i förlängningen bidra till att öka likvärdigheten i utbildningen för barn och elever. Även kompetensutveckling för rektorer och meritering för förskollärare ingår i professionsprogrammet.

Det finns även behov av att stärka den digitala kompetensen hos medarbetarna. Som ett led i detta har förskolan börjat använda den nya digitala lärplattformen Infomentor till pedagogiskt arbete, uppföljning och kommunikation. Utbildning i svenska för medarbetare med svaga språkkunskaper kommer fortsatt erbjudas. Syftet är att stärka medarbetaren både i den egna yrkesrollen samt i förmågan att arbeta språkutvecklande med barnen.

Förskolan har ett organiserat nära samarbete med Stockholms universitet och Södertörns högskola för att ta emot förskollärarstudenter genom verksamhetsförlagd utbildning (VFU) samt centrum för professionsutveckling (CPU). Erfarenhetsbaserad utbildning till förskollärare respektive barnskötare, rekryteringsutbildning för blivande rektorer och rektorsprogrammet ska fortsatt prioriteras.`,
  },
  {
    title: 'Socialtjänst',
    body: `Socialtjänstens verksamheter ska ge stöd och skydd till de människor som behöver det. Verksamheterna möjliggör för stockholmare att utvecklas utifrån sina egna förutsättningar, känna sig trygga och ha en bra livskvalitet. Arbetet ska bedrivas rättssäkert, likvärdigt och tillgängligt, likväl som det ska vara jämställt och bygga på ett tydligt barnperspektiv. Det förebyggande arbetet med tidiga, kunskapsbaserade insatser prioriteras så att varje individ får de bästa förutsättningarna genom livet. De individer som lever i social utsatthet ska möta en socialtjänst som arbetar samordnat och personcentrerat. För ett framgångsrikt arbete är ett nära samarbete med andra nämnder, Region Stockholm, polisen, akademin och civilsamhället avgörande. Bristande tillit till socialtjänsten, hot och våld samt desinformationskampanjer är något som verksamheterna behöver beakta.

Omställningen till nya socialtjänstlagen och framtidens socialtjänst är ett långsiktigt arbete som kommer att kräva nya arbetssätt. Socialtjänsten ska agera mer förebyggande, vara mer tillgänglig och kunskapsbaserad med fokus på att möta individens behov i ett tidigt skede. Det kommer att behövas mer utrymme till det sociala arbetet för verksamheternas medarbetare. Samtidigt som en förflyttning sker mot öppna insatser har socialtjänsten det yttersta ansvaret för att invånare i kommunen får den hjälp de behöver, vilket innebär att medarbetarna fortsatt kommer att jobba med myndighetsutövning och insatser som möter komplexa behov.

Ett ökat fokus på förebyggande arbete och en lättillgänglig socialtjänst leder till att fler medarbetare kommer att verka på nya arenor och i vissa fall utanför kontorsarbetstid. Förändringen medför att frågor om arbetsmiljö, arbetstid och säkerhet aktualiseras för såväl medarbetare som chefer. Ett antal pilotstadsdelsförvaltningar är redan igång och förvaltningen följer noga arbetet och tar del av deras erfarenheter i förberedelserna inför implementering av arbetssätten i Norra Innerstadens verksamheter. Det kommer att vara nödvändigt att fortsätta verka för goda arbetsförhållanden och trygga arbetsplatser i enlighet med den stadsövergripande handlingsplanen för en hållbar arbetssituation inom socialtjänsten. Dels för att behålla befintlig kompetens, dels för att attrahera nya medarbetare. En viktig del är avdelningens ständiga utveckling av introduktionen för nyanställda som rustar inför kommande utmaningar och säkerställer en bra ingång i uppdraget. Mer erfarna medarbetare erbjuds påbyggnadsutbildning där kompetensutveckling sker inom arbetssätt och insatser som utgår från vetenskap och beprövad erfarenhet.

I avdelningens LSS-verksamheter pågår löpande arbetet med det pedagogiska ramverket vilket omfattar metoder för tydliggörande pedagogik och lågaffektivt bemötande. Kompetenshöjande insatser i enlighet med Svenskt Demenscentrums utbildningsmodell ”Stjärnmärkt” fortsätter för att öka kunskapen om demenssjukdomar.

För att ytterligare stärka arbetsgivarvarumärket och introducera framtida medarbetare i verksamheternas yrkesutövning, tar socialtjänsten även framöver emot praktikanter och studenter inom ramen för verksamhetsförlagd utbildning (VFU). Under 2026 sker samarbetet med Stockholms Universitet och högskolan Marie Cederschiöld.`,
  },
  {
    title: 'Äldreomsorg',
    body: `Staden ska bedriva en högklassig äldreomsorg där äldres självbestämmande ska tas i beaktning i större utsträckning och medarbetarnas yrkesmässiga kompetens ska öka kvalitén i verksamheten. Äldreomsorgen ska rustas för att kunna möta den demografiska utmaningen med att antalet äldre i staden ökar och stå väl förberedd inför framtiden. Utbildad personal, ökad tillgång till medicinsk kompetens och det hälsofrämjande arbetet är centralt för äldreomsorgen. Ett stärkt förebyggande arbete är en del av omställningen till en god och nära vård och omsorg men också en del av omställningen till en mer förebyggande socialtjänst och bidrar till en åldersvänlig stad. Förvaltningen har drygt 64 procent undersköterskor med skyddad yrkestitel av andelen tillsvidareanställda undersköterskor. Detta är ett resultat av att äldreomsorgens intensiva arbete med kartläggning av den formella kompetensen har gett god effekt och arbetet med kartläggningen kommer fortsätta framöver.

Det är idag stor konkurrens om utbildade undersköterskor. Förvaltningen har uppmärksammat att fler undersköterskor söker sig till vård- och omsorgsboenden jämfört med hemtjänsten. Orsaken bedöms vara att många utbildade undersköterskor vill arbeta med hälso- och sjukvårdsuppgifter och eftersom Stockholms län inte har kommunaliserad hemsjukvård är det Region Stockholm som ansvarar för hälso- och sjukvårdsinsatser för personer med hemtjänst inom länet. Detta innebär att det även framöver kommer vara svårt att rekrytera utbildade undersköterskor till äldreomsorgen och i synnerhet till hemtjänsten.

Arbetet med att stötta medarbetare som behöver stärka sin svenska fortsätter. I syfte att öka medarbetares kompetens inom det svenska språket har äldreomsorgen en plan för fler utbildningssatsningar framöver. Förvaltningen har ansökt om medel för att upphandla en tvåårig undersköterskeutbildning vid en folkhögskola samt för att starta en vårdbiträdesutbildning vid ett vuxengymnasium. Båda utbildningarna kommer att innehålla språkstödjande insatser. Utöver detta har förvaltningen blivit erbjuden att delta i ett ESF-projekt som riktar sig till medarbetare med stora svårigheter i det svenska skriftspråket. Projektet kommer att pågå under tre år och syftar till att stärka deltagarnas språkliga och yrkesmässiga förmågor.

Inom alla verksamheter ska det finnas god kunskap om kognitiva sjukdomar/demens. Därför fortsätter förvaltningen sitt arbete med Svenskt Demenscentrums utbildningsmodeller. Förvaltningen möjliggör även att fler undersköterskor kan studera till Silviasyster.

Kompetensutvecklingssatsningar inom MHFA – Mental Health First Aid (Första hjälpen till psykisk hälsa) kommer att fortsätta. Fokus i arbetet är att utveckla kompetensen gällande olika psykiska sjukdomar och tillstånd samt ge medarbetare verktyg till att bemöta och stödja personer till en god psykisk hälsa. Äldreomsorgen har utbildat egna medarbetare som instruktörer i modellen MHFA i syfte att öka kunskap om psykisk ohälsa. Framöver planerar förvaltningen att fortsätta utbildning av medarbetare och målsättningen på längre sikt är att 80 procent av äldreomsorgens medarbetare ska ha genomgått utbildningen.

Biståndsbedömning har gjort en översyn av stadens handlingsplan för hållbar arbetssituation och en plan har tagits fram där det kommer att lyftas olika teman på enhetssamverkan. Med en ökande åldrande befolkning och en högre andel utrikesfödda har posttraumatiskt stressyndrom identifierats bland de äldre. Biståndshandläggare inom äldreomsorgen ska därför erbjudas utbildning inom posttraumatiskt stressyndrom som ett led i att säkerställa kompetens.

Norra innerstadens hemtjänstverksamheter har senaste två åren anordnat drop in-rekrytering av sommarvikarier med speedintervjuer. Satsningen har varit lyckad och lockade under förra året cirka 60 sökande. Även vård- och omsorgsboendena har gemensamma rekryteringsdagar. Detta koncept kommer vidhållas framöver. Äldreomsorgen kommer framöver även att anordna gemensamma introduktionsdagar för sommarvikarier inom hemtjänst och vård- och omsorgsboende. Denna satsning syftar till att säkerställa god kvalitet och en likvärdig introduktion. Målet är att sommarvikarier ska få en bra start på sin anställning och att förvaltningens äldreomsorg upplevs vara en attraktiv arbetsgivare.

Förvaltningen är en akademisk nod inom äldreomsorg - en akademisk nod samarbetar med högskolor och universitet för att utveckla äldreomsorgen. Genom att regelbundet ta emot elever och studenter stärks medarbetarnas pedagogiska kompetens och förvaltningen bedömer att det också kan vara en bra källa till rekrytering av nya medarbetare. Detta har bland annat resulterat i att äldreomsorgens verksamheter tagit emot en större andel studenter senaste året. Ett nära samarbete med högskolorna ger också en lättare ingång till verksamhetsnära forskning.`,
  },
];

export const norraInnerstaden: SeedOrganization = {
  slug: 'norra-innerstaden',
  seedDocument: '001',
  name: 'Norra innerstadens stadsdelsförvaltning',
  boardName: 'Norra innerstadens stadsdelsnämnd',
  turnoverDefinition:
    'Tillsvidareanställda som slutat till annan arbetsgivare eller annan förvaltning i staden under året, i förhållande till genomsnittligt antal tillsvidareanställda (stadens statistikverktyg beslutstöd).',
  departments: DEPARTMENTS,
  occupations: [...OCCUPATIONS],
  boardGoals: [
    {
      code: '3.4.1',
      title:
        'Rätt kompetens, en god arbetsmiljö och trygga anställningar ger chefer och medarbetare förutsättningar att göra ett bra jobb',
    },
  ],
  goals: [
    { measure: 'fullTimeShare', year: 2024, value: 90, decimals: 0 },
    { measure: 'fullTimeShare', year: 2025, value: 90, decimals: 0 },
    { measure: 'spanOfControl', year: 2024, value: 30, decimals: 0 },
    { measure: 'spanOfControl', year: 2025, value: 30, decimals: 0 },
  ],
  statistics: STATISTICS,
  surveys: [
    {
      year: 2025,
      results: [
        { kind: 'ami', key: 'ami', label: 'AMI – Aktivt Medskapandeindex', value: 80 },
        { kind: 'subIndex', key: 'motivation', label: 'Motivation', value: 80 },
        { kind: 'subIndex', key: 'ledarskap', label: 'Ledarskap', value: 78 },
        { kind: 'subIndex', key: 'styrning', label: 'Styrning', value: 82 },
      ],
    },
    {
      year: 2025,
      department: FORSKOLA,
      results: [{ kind: 'ami', key: 'ami', label: 'AMI – Aktivt Medskapandeindex', value: 82 }],
    },
  ],
  plans: [
    {
      startYear: 2027,
      title: 'Kompetensförsörjningsplan 2027–2029',
      status: 'DRAFT',
      focusStrategies: [S.chefer, S.utveckling, S.friskfaktorer],
      sections: SECTIONS,
      activities: ACTIVITIES,
      gaps: GAPS,
      risks: RISKS,
    },
  ],
};

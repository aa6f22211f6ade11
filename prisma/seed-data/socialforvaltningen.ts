/**
 * Socialförvaltningen / Socialnämnden — seed 003 (kompetensförsörjningsplan utifrån budget 2025).
 * Statistics are the September 2024 snapshot → year 2024; the previous-year values the text gives → year 2023.
 *
 * STATED in the seed (stated: true where a row carries the figure, otherwise exact sums of generated rows):
 * - 2024: 1 016 permanent (752 women, 264 men), 86 fixed-term monthly paid; 2023: 963 permanent (1 016 is +5,5 %)
 *   and 93 fixed-term (86 is −7): sums of the headcount cubes. Most common permanent occupations socialsekreterare,
 *   behandlingsassistent, utredare; fixed-term socialsekreterare, behandlingsassistent, samhällsvägledare, gruppledare.
 * - Turnover 7,3 % (2024) and 11,18 % (2023), overall rows. Highest by occupation: socialsekreterare, sjuksköterska,
 *   utredare, behandlingsassistent; highest by age: the youngest band (generated rows keep that order).
 * - Departures Jan–Sep 2024: 136 permanent (2023: 138), 434 fixed-term (2023: 424); recruitments 187 permanent
 *   (2023: 163), 452 fixed-term (2023: 459): sums of the generated rows. Dominant occupations, reasons and routes
 *   as the text says (own request / within the förvaltning; fixed term ended; rehire within / from other employer).
 * - Retirements per department turning 65 in 2025/2026/2027 (stated rows) and 37 already over 65 (sum of the
 *   generated per-department "over65" rows, which equal the cube's 65+ headcount per department).
 * - Sick leave 6,2 % (2023: 6 %), short-term 1,9 % (2023: 2 %); goals 6 % and 2,00 %.
 * - Full-time share 98,4 % of women and 96,9 % of men; 22 part-time (2023: 19).
 * - Incidents T1 261 / T2 228 in 2024 (45 threat/violence in T2), T1 257 / T2 203 in 2023.
 * - AMI 83 (2023: 82) and the ten question indexes quoted, with the deltas the text gives as previousValue.
 * - The plan text (sections, reflowed), competence gaps, risks, activity tables with their follow-up comments.
 *
 * GENERATED (stated: false), deterministic:
 * - Headcount cubes with buildHeadcountCube. Fixed-term gender 60 women / 26 men is derived: the stated full-time
 *   shares only come out exactly with 22 part-timers if the population is permanent + fixed-term (women 812 with
 *   13 part-time → 98,4 %; men 290 with 9 → 96,9 %), so those shares use that population. Age bands 60–64 and 65+
 *   are pinned per department so the 65+ headcount is 37 and 60–64 covers everyone turning 65 in 2025–2027.
 * - Occupation/department/reason/route detail of departures and recruitments, turnover by occupation and age,
 *   long-term sick leave, sick leave by department, incident categories except the 45, full-time share by age,
 *   span of control (managers = enhetschef).
 * - Department kinds, activity departments (five activities of the 2025 table are put on Avdelningen för socialt
 *   stöd), statuses, the 2025 T1/T2 follow-up comments (the seed predates them), risk likelihood/consequence.
 * - The 2026 draft plan (sections rolled over from 2025).
 */
import {
  buildHeadcountCube,
  cellsFromLayout,
  departmentWeights,
  flowRows,
  fullTimeRows,
  occupationTotals,
  retirementRowsFromCube,
  scaleRates,
  spanOfControlRows,
  sumBy,
  sumStats,
} from './allocate';
import type { CubeCell, FlowCombo } from './allocate';
import { AGE_BANDS } from '../../lib/statistics/measures';
import { SKR_2024, STRATEGY } from './reference';
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

const SOCIALT_STOD = 'Avdelningen för socialt stöd';
const STRATEGI = 'Avdelningen för strategi och utveckling';
const BEREDSKAP = 'Avdelningen för beredskap och administration';

const DEPARTMENTS: SeedDepartment[] = [
  { name: SOCIALT_STOD, kind: 'department' },
  { name: STRATEGI, kind: 'support' },
  { name: BEREDSKAP, kind: 'support' },
];

const OCCUPATIONS = [
  'socialsekreterare',
  'behandlingsassistent',
  'utredare',
  'administratör',
  'enhetschef',
  'samhällsvägledare',
  'gruppledare',
  'biståndshandläggare',
  'sjuksköterska',
  'biträdande föreståndare',
  'arbetsterapeut',
  'lägerledare',
] as const;
type Occupation = (typeof OCCUPATIONS)[number];

const LAYOUT: Record<Occupation, Record<string, number>> = {
  socialsekreterare: { [SOCIALT_STOD]: 200, [STRATEGI]: 8, [BEREDSKAP]: 60 },
  behandlingsassistent: { [SOCIALT_STOD]: 1 },
  utredare: { [SOCIALT_STOD]: 14, [STRATEGI]: 78, [BEREDSKAP]: 16 },
  administratör: { [SOCIALT_STOD]: 22, [STRATEGI]: 12, [BEREDSKAP]: 50 },
  enhetschef: { [SOCIALT_STOD]: 36, [STRATEGI]: 6, [BEREDSKAP]: 10 },
  samhällsvägledare: { [SOCIALT_STOD]: 28, [BEREDSKAP]: 14 },
  gruppledare: { [SOCIALT_STOD]: 36, [BEREDSKAP]: 4 },
  biståndshandläggare: { [SOCIALT_STOD]: 1 },
  sjuksköterska: { [SOCIALT_STOD]: 1 },
  'biträdande föreståndare': { [SOCIALT_STOD]: 1 },
  arbetsterapeut: { [SOCIALT_STOD]: 1 },
  lägerledare: { [SOCIALT_STOD]: 1 },
};

const PERMANENT_WEIGHTS: Record<2023 | 2024, Partial<Record<Occupation, number>>> = {
  2024: {
    socialsekreterare: 268,
    behandlingsassistent: 230,
    utredare: 108,
    administratör: 84,
    enhetschef: 52,
    samhällsvägledare: 42,
    gruppledare: 40,
    biståndshandläggare: 30,
    sjuksköterska: 26,
    'biträdande föreståndare': 22,
    arbetsterapeut: 12,
  },
  2023: {
    socialsekreterare: 255,
    behandlingsassistent: 222,
    utredare: 101,
    administratör: 83,
    enhetschef: 50,
    samhällsvägledare: 40,
    gruppledare: 36,
    biståndshandläggare: 29,
    sjuksköterska: 25,
    'biträdande föreståndare': 21,
    arbetsterapeut: 12,
  },
};
const FIXED_TERM_WEIGHTS: Record<2023 | 2024, Partial<Record<Occupation, number>>> = {
  2024: {
    socialsekreterare: 20,
    behandlingsassistent: 18,
    samhällsvägledare: 12,
    gruppledare: 10,
    'biträdande föreståndare': 6,
    lägerledare: 5,
    utredare: 5,
    administratör: 5,
    sjuksköterska: 3,
    arbetsterapeut: 2,
  },
  2023: {
    socialsekreterare: 22,
    behandlingsassistent: 20,
    samhällsvägledare: 12,
    gruppledare: 11,
    'biträdande föreståndare': 7,
    lägerledare: 5,
    utredare: 6,
    administratör: 6,
    sjuksköterska: 3,
    arbetsterapeut: 1,
  },
};

const WOMEN_SHARE: Record<Occupation, number> = {
  socialsekreterare: 0.82,
  behandlingsassistent: 0.6,
  utredare: 0.75,
  administratör: 0.78,
  enhetschef: 0.72,
  samhällsvägledare: 0.7,
  gruppledare: 0.65,
  biståndshandläggare: 0.85,
  sjuksköterska: 0.85,
  'biträdande föreståndare': 0.62,
  arbetsterapeut: 0.85,
  lägerledare: 0.55,
};

const AGE_PROFILE: Record<Occupation, number[]> = {
  socialsekreterare: [16, 32, 26, 18, 6, 2],
  behandlingsassistent: [11, 22, 25, 27, 11, 4],
  utredare: [6, 28, 30, 24, 9, 3],
  administratör: [8, 18, 24, 28, 15, 7],
  enhetschef: [0, 14, 38, 34, 11, 3],
  samhällsvägledare: [10, 24, 26, 27, 10, 3],
  gruppledare: [4, 26, 34, 26, 8, 2],
  biståndshandläggare: [12, 30, 27, 21, 8, 2],
  sjuksköterska: [4, 20, 26, 30, 14, 6],
  'biträdande föreståndare': [4, 26, 34, 26, 8, 2],
  arbetsterapeut: [8, 28, 28, 24, 9, 3],
  lägerledare: [80, 12, 4, 2, 1, 1],
};
const FIXED_TERM_AGE_PROFILE = (c: CubeCell) =>
  c.occupation === 'lägerledare' ? AGE_PROFILE.lägerledare : [30, 30, 18, 14, 5, 3];

const TOTALS = {
  2024: { permanent: 1016, fixedTerm: 86, permanentWomen: 752, fixedTermWomen: 60 },
  2023: { permanent: 963, fixedTerm: 93, permanentWomen: undefined, fixedTermWomen: undefined },
} as const;

/** 60–64 and 65+ pinned per department (2024): 65+ totals 37; 60–64 ≥ those turning 65 in 2025–2027. */
const FIXED_AGE_2024 = {
  permanent: {
    [SOCIALT_STOD]: { '60-64': 72, '65+': 23 },
    [STRATEGI]: { '60-64': 7, '65+': 4 },
    [BEREDSKAP]: { '60-64': 16, '65+': 7 },
  },
  fixedTerm: {
    [SOCIALT_STOD]: { '60-64': 3, '65+': 2 },
    [STRATEGI]: { '60-64': 0, '65+': 0 },
    [BEREDSKAP]: { '60-64': 1, '65+': 1 },
  },
};

function headcountCube(year: 2023 | 2024): SeedStatistic[] {
  const t = TOTALS[year];
  const women = (c: CubeCell) => WOMEN_SHARE[c.occupation as Occupation];
  return [
    ...buildHeadcountCube({
      year,
      employmentForm: 'permanent',
      cells: cellsFromLayout(occupationTotals(t.permanent, PERMANENT_WEIGHTS[year] as Record<string, number>), LAYOUT),
      womenShare: women,
      womenTotal: t.permanentWomen,
      ageProfile: (c) => AGE_PROFILE[c.occupation as Occupation],
      fixedAgeByDepartment: year === 2024 ? FIXED_AGE_2024.permanent : undefined,
      seed: `socialforvaltningen-${year}-permanent`,
    }),
    ...buildHeadcountCube({
      year,
      employmentForm: 'fixedTerm',
      cells: cellsFromLayout(occupationTotals(t.fixedTerm, FIXED_TERM_WEIGHTS[year] as Record<string, number>), LAYOUT),
      womenShare: women,
      womenTotal: t.fixedTermWomen,
      ageProfile: FIXED_TERM_AGE_PROFILE,
      fixedAgeByDepartment: year === 2024 ? FIXED_AGE_2024.fixedTerm : undefined,
      seed: `socialforvaltningen-${year}-fixedTerm`,
    }),
  ];
}

const CUBE_2023 = headcountCube(2023);
const CUBE_2024 = headcountCube(2024);
const HEADCOUNT_2023 = sumStats(CUBE_2023, { measure: 'headcount' });
const HEADCOUNT_2024 = sumStats(CUBE_2024, { measure: 'headcount' });

// ---------------------------------------------------------------------------------------------
// Flows (January–September)

const PERMANENT_DEPARTURES: Partial<Record<Occupation, number>> = {
  socialsekreterare: 40,
  behandlingsassistent: 30,
  enhetschef: 14,
  utredare: 12,
  sjuksköterska: 8,
  administratör: 8,
  gruppledare: 7,
  samhällsvägledare: 6,
  biståndshandläggare: 5,
  arbetsterapeut: 3,
  'biträdande föreståndare': 3,
};
const FIXED_TERM_DEPARTURES: Partial<Record<Occupation, number>> = {
  lägerledare: 150,
  'biträdande föreståndare': 70,
  socialsekreterare: 60,
  behandlingsassistent: 50,
  samhällsvägledare: 25,
  gruppledare: 20,
  administratör: 20,
  utredare: 15,
  sjuksköterska: 10,
  biståndshandläggare: 8,
  arbetsterapeut: 6,
};
const PERMANENT_RECRUITMENTS: Partial<Record<Occupation, number>> = {
  socialsekreterare: 55,
  behandlingsassistent: 42,
  utredare: 22,
  gruppledare: 16,
  enhetschef: 12,
  administratör: 10,
  sjuksköterska: 9,
  samhällsvägledare: 8,
  biståndshandläggare: 6,
  arbetsterapeut: 4,
  'biträdande föreståndare': 3,
};
const FIXED_TERM_RECRUITMENTS: Partial<Record<Occupation, number>> = {
  lägerledare: 170,
  'biträdande föreståndare': 70,
  socialsekreterare: 65,
  behandlingsassistent: 55,
  samhällsvägledare: 25,
  gruppledare: 18,
  administratör: 18,
  utredare: 14,
  sjuksköterska: 8,
  biståndshandläggare: 5,
  arbetsterapeut: 4,
};

/** "Egen begäran har varit den främsta avgångsorsaken … de flesta har slutat inom förvaltningen." */
const PERMANENT_DEPARTURE_COMBOS: FlowCombo[] = [
  { category: 'ownRequest', subcategory: 'withinOrganization', weight: 0.42 },
  { category: 'ownRequest', subcategory: 'otherOrganization', weight: 0.16 },
  { category: 'ownRequest', subcategory: 'externalEmployer', weight: 0.16 },
  { category: 'other', subcategory: 'withinOrganization', weight: 0.08 },
  { category: 'other', subcategory: 'externalEmployer', weight: 0.04 },
  { category: 'retirement', weight: 0.14 },
];
/** "Den främsta avgångsorsaken var att tidsbegränsad anställning upphör." */
const FIXED_TERM_DEPARTURE_COMBOS: FlowCombo[] = [
  { category: 'fixedTermEnded', subcategory: 'externalEmployer', weight: 0.36 },
  { category: 'fixedTermEnded', subcategory: 'withinOrganization', weight: 0.28 },
  { category: 'fixedTermEnded', subcategory: 'otherOrganization', weight: 0.16 },
  { category: 'ownRequest', subcategory: 'externalEmployer', weight: 0.09 },
  { category: 'ownRequest', subcategory: 'withinOrganization', weight: 0.07 },
  { category: 'other', subcategory: 'externalEmployer', weight: 0.04 },
];
/** "Återanställning inom förvaltningen … medarbetare har rört sig internt inom socialnämnden." */
const PERMANENT_ROUTES: FlowCombo[] = [
  { category: 'withinOrganization', weight: 0.45 },
  { category: 'externalEmployer', weight: 0.25 },
  { category: 'otherOrganization', weight: 0.15 },
  { category: 'rehire', weight: 0.12 },
  { category: 'other', weight: 0.03 },
];
/** "Återanställning från annan arbetsgivare har varit den överrepresenterade rekryteringsvägen." */
const FIXED_TERM_ROUTES: FlowCombo[] = [
  { category: 'externalEmployer', weight: 0.45 },
  { category: 'rehire', weight: 0.25 },
  { category: 'withinOrganization', weight: 0.2 },
  { category: 'otherOrganization', weight: 0.08 },
  { category: 'other', weight: 0.02 },
];

function flows(
  year: 2023 | 2024,
  cube: SeedStatistic[],
  totals: { dp: number; df: number; rp: number; rf: number },
): SeedStatistic[] {
  const exact = (total: number, weights: Partial<Record<Occupation, number>>) =>
    occupationTotals(total, weights as Record<string, number>);
  const weightsFor = (form: 'permanent' | 'fixedTerm') => (o: string) => {
    const w = departmentWeights(cube, o, form);
    return Object.keys(w).length ? w : departmentWeights(cube, o);
  };
  return [
    ...flowRows({
      measure: 'departures',
      year,
      employmentForm: 'permanent',
      occupationTotals: exact(totals.dp, PERMANENT_DEPARTURES),
      departmentWeights: weightsFor('permanent'),
      combos: PERMANENT_DEPARTURE_COMBOS,
    }),
    ...flowRows({
      measure: 'departures',
      year,
      employmentForm: 'fixedTerm',
      occupationTotals: exact(totals.df, FIXED_TERM_DEPARTURES),
      departmentWeights: weightsFor('fixedTerm'),
      combos: FIXED_TERM_DEPARTURE_COMBOS,
    }),
    ...flowRows({
      measure: 'recruitments',
      year,
      employmentForm: 'permanent',
      occupationTotals: exact(totals.rp, PERMANENT_RECRUITMENTS),
      departmentWeights: weightsFor('permanent'),
      combos: PERMANENT_ROUTES,
    }),
    ...flowRows({
      measure: 'recruitments',
      year,
      employmentForm: 'fixedTerm',
      occupationTotals: exact(totals.rf, FIXED_TERM_RECRUITMENTS),
      departmentWeights: weightsFor('fixedTerm'),
      combos: FIXED_TERM_ROUTES,
    }),
  ];
}

// ---------------------------------------------------------------------------------------------
// Other measures

const TURNOVER_RELATIVE: Record<Occupation, number> = {
  socialsekreterare: 1.6,
  sjuksköterska: 1.45,
  utredare: 1.3,
  behandlingsassistent: 1.15,
  biståndshandläggare: 0.9,
  enhetschef: 0.8,
  arbetsterapeut: 0.8,
  gruppledare: 0.7,
  samhällsvägledare: 0.7,
  administratör: 0.6,
  'biträdande föreståndare': 0.6,
  lägerledare: 0,
};
const AGE_TURNOVER_RELATIVE = [2.4, 1.4, 0.8, 0.55, 0.5, 0.7];

function turnover2024(cube: SeedStatistic[]): SeedStatistic[] {
  const rows: SeedStatistic[] = [
    {
      measure: 'turnover',
      year: 2024,
      value: 7.3,
      decimals: 1,
      population: Math.round((963 + 1016) / 2),
      stated: true,
    },
  ];
  const occPops = sumBy(cube, { measure: 'headcount', employmentForm: 'permanent' }, 'occupation');
  const occs = OCCUPATIONS.filter((o) => (occPops.get(o) ?? 0) > 0);
  const occRates = scaleRates(
    occs.map((o) => ({ population: occPops.get(o)!, relative: TURNOVER_RELATIVE[o] })),
    7.3,
  );
  occs.forEach((occupation, i) =>
    rows.push({
      measure: 'turnover',
      year: 2024,
      occupation,
      value: occRates[i]!,
      population: occPops.get(occupation)!,
      stated: false,
    }),
  );
  const agePops = AGE_BANDS.map((a) =>
    sumStats(cube, { measure: 'headcount', employmentForm: 'permanent', ageBand: a }),
  );
  const ageRates = scaleRates(
    agePops.map((population, i) => ({ population, relative: AGE_TURNOVER_RELATIVE[i]! })),
    7.3,
  );
  AGE_BANDS.forEach((ageBand, i) =>
    rows.push({
      measure: 'turnover',
      year: 2024,
      ageBand,
      value: ageRates[i]!,
      population: agePops[i]!,
      stated: false,
    }),
  );
  return rows;
}

function sickLeaveByDepartment(cube: SeedStatistic[]): SeedStatistic[] {
  const relative: Record<string, number> = { [SOCIALT_STOD]: 1.08, [STRATEGI]: 0.7, [BEREDSKAP]: 0.9 };
  const pops = DEPARTMENTS.map((d) => sumStats(cube, { measure: 'headcount', department: d.name }));
  const rows: SeedStatistic[] = [];
  for (const [category, overall] of [
    ['total', 6.2],
    ['short', 1.9],
  ] as const) {
    const rates = scaleRates(
      DEPARTMENTS.map((d, i) => ({ population: pops[i]!, relative: relative[d.name]! })),
      overall,
    );
    DEPARTMENTS.forEach((d, i) =>
      rows.push({
        measure: 'sickLeave',
        year: 2024,
        category,
        department: d.name,
        value: rates[i]!,
        population: pops[i]!,
        stated: false,
      }),
    );
  }
  return rows;
}

/** Stated: possible retirements per department (table "Möjliga pensionsavgångar per avdelning"). */
const RETIREMENT_TABLE: [string, number, number, number][] = [
  [STRATEGI, 2, 1, 1],
  [BEREDSKAP, 3, 3, 5],
  [SOCIALT_STOD, 11, 11, 26],
];

const STATISTICS: SeedStatistic[] = [
  ...CUBE_2023,
  ...CUBE_2024,
  // Full-time share and part-time (population: permanent + fixed-term monthly paid, see header)
  ...fullTimeRows({
    year: 2023,
    population: CUBE_2023,
    partTime: 19,
    partTimeStated: true,
    genderPropensity: { woman: 0.9, man: 1.6 },
    agePropensity: [0.5, 0.6, 0.6, 1.2, 2.0, 6.0],
  }),
  ...fullTimeRows({
    year: 2024,
    population: CUBE_2024,
    partTime: 22,
    partTimeStated: true,
    genderPartTime: { woman: 13, man: 9 },
    genderStated: { woman: 98.4, man: 96.9 },
    statedDecimals: 1,
    agePropensity: [0.5, 0.6, 0.6, 1.2, 2.0, 6.0],
  }),
  ...flows(2023, CUBE_2023, { dp: 138, df: 424, rp: 163, rf: 459 }),
  ...flows(2024, CUBE_2024, { dp: 136, df: 434, rp: 187, rf: 452 }),
  { measure: 'turnover', year: 2023, value: 11.18, decimals: 2, population: HEADCOUNT_2023, stated: true },
  ...turnover2024(CUBE_2024),
  ...RETIREMENT_TABLE.flatMap(([department, ...counts]) =>
    counts.map((value, i): SeedStatistic => ({
      measure: 'retirements',
      year: 2024,
      department,
      category: String(2025 + i),
      value,
      stated: true,
    })),
  ),
  ...retirementRowsFromCube(CUBE_2024, 2024, []), // "over65" per department, sums to 37
  // Populations: the head count the rates are over, so that suppression can work on them.
  {
    measure: 'sickLeave',
    year: 2023,
    category: 'total',
    value: 6,
    decimals: 0,
    population: HEADCOUNT_2023,
    stated: true,
  },
  {
    measure: 'sickLeave',
    year: 2023,
    category: 'short',
    value: 2,
    decimals: 0,
    population: HEADCOUNT_2023,
    stated: true,
  },
  { measure: 'sickLeave', year: 2023, category: 'long', value: 2.5, population: HEADCOUNT_2023, stated: false },
  {
    measure: 'sickLeave',
    year: 2024,
    category: 'total',
    value: 6.2,
    decimals: 1,
    population: HEADCOUNT_2024,
    stated: true,
  },
  {
    measure: 'sickLeave',
    year: 2024,
    category: 'short',
    value: 1.9,
    decimals: 1,
    population: HEADCOUNT_2024,
    stated: true,
  },
  { measure: 'sickLeave', year: 2024, category: 'long', value: 2.8, population: HEADCOUNT_2024, stated: false },
  ...sickLeaveByDepartment(CUBE_2024),
  { measure: 'incidents', year: 2023, tertial: 1, category: 'threatViolence', value: 55, stated: false },
  { measure: 'incidents', year: 2023, tertial: 1, category: 'fall', value: 39, stated: false },
  { measure: 'incidents', year: 2023, tertial: 1, category: 'other', value: 163, stated: false },
  { measure: 'incidents', year: 2023, tertial: 2, category: 'threatViolence', value: 38, stated: false },
  { measure: 'incidents', year: 2023, tertial: 2, category: 'fall', value: 29, stated: false },
  { measure: 'incidents', year: 2023, tertial: 2, category: 'other', value: 136, stated: false },
  { measure: 'incidents', year: 2024, tertial: 1, category: 'threatViolence', value: 58, stated: false },
  { measure: 'incidents', year: 2024, tertial: 1, category: 'fall', value: 41, stated: false },
  { measure: 'incidents', year: 2024, tertial: 1, category: 'other', value: 162, stated: false },
  { measure: 'incidents', year: 2024, tertial: 2, category: 'threatViolence', value: 45, stated: true },
  { measure: 'incidents', year: 2024, tertial: 2, category: 'fall', value: 33, stated: false },
  { measure: 'incidents', year: 2024, tertial: 2, category: 'other', value: 150, stated: false },
  ...spanOfControlRows(CUBE_2023, 2023, ['enhetschef']),
  ...spanOfControlRows(CUBE_2024, 2024, ['enhetschef']),
];

// ---------------------------------------------------------------------------------------------
// Plan 2025–2027

/** "Uppföljning av tidigare aktiviteter" (table in the 2025 plan): activities with target date 2024-12-31. */
const ACTIVITIES_2024: SeedActivity[] = [
  {
    goal: 'Ett ledarskap präglat av tillit, mod och en tydlig kommunikation',
    title: 'Fortsatt implementering av stadens chefsprofil och ledarskapsmodell Full Range Leadership model',
    phases: ['UTVECKLA', 'BEHALLA'],
    strategies: [S.chefer],
    dueDate: '2024-12-31',
    owner: 'Respektive chef',
    status: 'DONE',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'DONE',
        comment:
          'Stockholms stads chefsprofil har tillämpats i socialnämndens alla chefsrekryteringar och ledarskapsmodellen har utgjort tema på chefsforum. Ledningsgrupper har uppmanats att genomföra e-utbildningen om ledarskapsmodellen.',
      },
    ],
  },
  {
    goal: 'Skapa god och hållbar chefsstruktur',
    title: 'Analysera socialnämndens chefsstruktur',
    phases: ['UTVECKLA', 'BEHALLA'],
    strategies: [S.chefer],
    dueDate: '2024-12-31',
    owner: 'Förvaltningsledning och HR',
    status: 'DONE',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'DONE',
        comment: 'Socialnämnden har analyserat och tagit fram en ny chefstruktur samt infört nya chefsbefattningar.',
      },
    ],
  },
  {
    goal: 'Skapa trygg, säker och god arbetsmiljö',
    title: 'Arbeta med systematisk arbetsmiljö och hälsofrämjande insatser',
    phases: ['BEHALLA'],
    strategies: [S.friskfaktorer],
    dueDate: '2024-12-31',
    owner: 'Respektive chef med stöd av HR',
    status: 'DONE',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'DONE',
        comment:
          'Arbetsmiljöutbildningar har genomförts om det systematiska arbetsmiljöarbetet för chefer och hur det ska tillämpas i arbetsmiljömodulen ILS webb.',
      },
    ],
  },
  {
    goal: 'Skapa trygg, säker och god arbetsmiljö',
    title: 'Ta fram stödmaterial för friskfaktorer',
    phases: ['BEHALLA'],
    strategies: [S.friskfaktorer],
    dueDate: '2024-12-31',
    owner: 'HR',
    status: 'DONE',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'DONE',
        comment: 'Suntarbetslivs stödmaterial kring friskfaktorer har implementerats i ledningsgrupper.',
      },
    ],
  },
  {
    goal: 'Alla verksamheter har medarbetare med den kompetens som uppdraget kräver',
    title: 'Alla medarbetare har en individuell utvecklingsplan kopplat till uppdrag och verksamhetens mål',
    phases: ['UTVECKLA'],
    strategies: [S.utveckling],
    dueDate: '2024-12-31',
    owner: 'Respektive chef',
    status: 'IN_PROGRESS',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'IN_PROGRESS',
        comment:
          'Informationstillfällen om löneöversynen och medarbetarsamtalet har utförts och chefer har uppmanats att ta fram individuella utvecklingsplaner med medarbetare.',
      },
    ],
  },
  {
    goal: 'Medarbetare upplever att de har utvecklingsmöjligheter och därmed stannar i socialförvaltningen',
    title: 'Medarbetare får fortbildning kopplat till avdelningens utvecklingsområden',
    phases: ['UTVECKLA', 'BEHALLA'],
    strategies: [S.utveckling],
    dueDate: '2024-12-31',
    owner: 'Respektive chef',
    status: 'DONE',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'DONE',
        comment:
          'Avdelningsspecifika insatser har utförts utifrån utvecklingsområdena tex. utbildning om pågående dödligt våld har upphandlats.',
      },
    ],
  },
  {
    goal: 'Socialnämnden är en attraktiv arbetsgivare',
    title: 'Utveckla och skapa attraktiva annonser som stärker arbetsgivarvarumärket',
    phases: ['ATTRAHERA'],
    strategies: [S.rekrytera],
    dueDate: '2024-12-31',
    owner: 'Respektive chef',
    status: 'DONE',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'DONE',
        comment:
          'Socialnämnden har tagit fram en ny standardiserad ingress om socialnämnden för att skapa igenkänning och stärka arbetsgivarvarumärket i annonser.',
      },
    ],
  },
  {
    goal: 'Socialnämnden är en attraktiv arbetsgivare',
    title: 'Verka för ett gott ambassadörskap',
    phases: ['ATTRAHERA'],
    strategies: [S.rekrytera],
    dueDate: '2024-12-31',
    owner: 'Respektive chef',
    status: 'DONE',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'DONE',
        comment:
          'Socialnämnden har infört och implementerat systemstödet Realcruit för att mäta kandidatupplevelsen, möjlighet att rekrytera utan det personliga brevet för att verka för ett gott ambassadörskap och vara en attraktiv arbetsgivare.',
      },
    ],
  },
  {
    goal: 'Socialnämnden är en attraktiv arbetsgivare',
    title: 'Erbjuda praktikplatser, examensarbete och mottagande av ferieungdomar',
    phases: ['ATTRAHERA'],
    strategies: [S.rekrytera],
    dueDate: '2024-12-31',
    owner: 'Respektive chef',
    status: 'DONE',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'DONE',
        comment:
          'Under föregående år har socialnämnden tagit emot ferieungdomar och praktikanter från socionomprogrammet.',
      },
    ],
  },
  {
    goal: 'Moderna och innovativa processer och arbetssätt',
    title: 'Uppmuntra och synliggöra nytänkande och innovation',
    phases: ['ATTRAHERA'],
    strategies: [S.digitalisering],
    dueDate: '2024-12-31',
    owner: 'Respektive chef',
    status: 'DONE',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'DONE',
        comment: 'Följts upp via resultatet från medarbetarundersökningen inom varje verksamhet.',
      },
    ],
  },
  {
    goal: 'Chefer har goda kunskaper om kompetensbaserad rekrytering',
    title: 'Genomföra stadens digitala grundutbildning i rekryteringsprocessen',
    phases: ['REKRYTERA'],
    strategies: [S.rekrytera],
    dueDate: '2024-12-31',
    owner: 'Respektive chef',
    status: 'IN_PROGRESS',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'IN_PROGRESS',
        comment:
          'Chefer har uppmanats till att genomföra stadens e-utbildning i rekryteringsprocessen via intranätet och olika forum. Detta har följts upp via statistik från utbildningsplattformen.',
      },
    ],
  },
  {
    goal: 'Chefer har goda kunskaper om kompetensbaserad rekrytering',
    title: 'Kompetensbaserad rekrytering tillämpas vid all rekrytering',
    phases: ['REKRYTERA'],
    strategies: [S.rekrytera],
    dueDate: '2024-12-31',
    owner: 'Respektive chef',
    status: 'DONE',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'DONE',
        comment: 'HR har anordnat chefsutbildningar om stadens rekryteringsprocess samt Jobbaistan.',
      },
    ],
  },
  {
    goal: 'Alla kandidater får en återkoppling i rekryteringsprocessen',
    title: 'Alla kandidater får en återkoppling efter avslutad rekrytering',
    phases: ['REKRYTERA'],
    strategies: [S.rekrytera],
    dueDate: '2024-12-31',
    owner: 'Respektive chef',
    status: 'DONE',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'DONE',
        comment: 'Det har följts upp via statistik från Jobbaistan och systemet Realcruit.',
      },
    ],
  },
  {
    goal: 'Alla kandidater får en återkoppling i rekryteringsprocessen',
    title: 'Kandidater som har deltagit vid en intervju får en muntlig återkoppling',
    phases: ['REKRYTERA'],
    strategies: [S.rekrytera],
    dueDate: '2024-12-31',
    owner: 'Respektive chef',
    status: 'IN_PROGRESS',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'IN_PROGRESS',
        comment: 'Följts delvis upp via resultatet från Realcruit.',
      },
    ],
  },
  {
    goal: 'Stadens chefsprofil ska ligga till grund vid chefsrekryteringar',
    title: 'Tillämpa kompetenserna i stadens chefsprofil vid chefsrekryteringar',
    phases: ['REKRYTERA'],
    strategies: [S.chefer, S.rekrytera],
    dueDate: '2024-12-31',
    owner: 'Respektive chef',
    status: 'DONE',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'DONE',
        comment:
          'Serviceförvaltningen anlitas vid alla chefsrekryteringar vilket säkerställer att chefsprofilen tillämpas.',
      },
    ],
  },
  {
    goal: 'Alla nya chefer och medarbetare erbjuds en god introduktion',
    title: 'Erbjuda en förvaltningsövergripande introduktion samt arbetsplatsförlagd introduktion',
    phases: ['INTRODUCERA'],
    strategies: [S.utveckling],
    dueDate: '2024-12-31',
    owner: 'Respektive chef',
    status: 'DONE',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'DONE',
        comment:
          'Socialnämnden har erbjudit en förvaltningsövergripande introduktion och informerat chefer att utföra en arbetsplatsförlagd introduktion i ledningsgrupper.',
      },
    ],
  },
  {
    goal: 'Alla nya chefer och medarbetare erbjuds en god introduktion',
    title: 'Nyanställda genomför stadens och socialnämndens digitala introduktioner',
    phases: ['INTRODUCERA'],
    strategies: [S.utveckling],
    dueDate: '2024-12-31',
    owner: 'Respektive chef',
    status: 'IN_PROGRESS',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'IN_PROGRESS',
        comment:
          'Nyanställda medarbetare har uppmanats att utföra stadens och socialnämndens digitala introduktioner i samband med den arbetsplatsförlagda introduktionen.',
      },
    ],
  },
  {
    goal: 'Alla nya chefer och medarbetare erbjuds en god introduktion',
    title: 'Ta fram en mall för uppföljningssamtal',
    phases: ['INTRODUCERA'],
    strategies: [S.utveckling],
    dueDate: '2024-12-31',
    owner: 'HR',
    status: 'DONE',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'DONE',
        comment:
          'HR har tagits fram nya mallar för uppföljning av introduktionen efter 1 månad respektive 6 månader som rekryterande chef ska genomföra.',
      },
    ],
  },
  {
    goal: 'Alla nya chefer och medarbetare erbjuds en mentor/kontaktperson',
    title: 'Ta fram lokala rutiner på varje arbetsplats',
    phases: ['INTRODUCERA'],
    strategies: [S.kompetens],
    dueDate: '2024-12-31',
    owner: 'Respektive chef',
    status: 'IN_PROGRESS',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'IN_PROGRESS',
        comment: 'Chefer har uppmanats att utse en mentor/kontaktperson för nyanställda.',
      },
    ],
  },
  {
    goal: 'Professionella avslut av medarbetare och chefer som främjar gott ambassadörskap',
    title: 'Erbjuda avgångssamtal med närmaste chef',
    phases: ['AVSLUTA'],
    strategies: [S.kompetens],
    dueDate: '2024-12-31',
    owner: 'Respektive chef',
    status: 'IN_PROGRESS',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'IN_PROGRESS',
        comment: 'Chefer har uppmanats att använda mall för avgångssamtal.',
      },
    ],
  },
  {
    goal: 'Professionella avslut av medarbetare och chefer som främjar gott ambassadörskap',
    title: 'Uppmana medarbetare att besvara den anonyma digitala avgångsenkäten',
    phases: ['AVSLUTA'],
    strategies: [S.kompetens],
    dueDate: '2024-12-31',
    owner: 'Respektive chef',
    status: 'DONE',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'DONE',
        comment:
          'Statistik har tagits fram och följts upp. Resultatet har redovisats i förvaltningsgruppen vid varje tertial.',
      },
    ],
  },
  {
    goal: 'Tillvarata kompetens och god kompetensöverföring',
    title: 'Genomföra strukturerade överlämningar för att säkerställa en god kompetensöverföring',
    phases: ['AVSLUTA'],
    strategies: [S.kompetens],
    dueDate: '2024-12-31',
    owner: 'Respektive chef',
    status: 'IN_PROGRESS',
    followUps: [
      {
        year: 2024,
        period: 'ANNUAL',
        status: 'IN_PROGRESS',
        comment: 'Chefer har uppmanats att prioritera överlämningar inför att medarbetare/chefer slutar.',
      },
    ],
  },
];

/**
 * "Strategisk inriktning med prioriterade aktiviteter" (target date 2025-12-31). The seed's
 * "Uppföljning/kommentar" column states how each activity will be followed up (noted per activity below);
 * SeedActivity has no field for that, so it is not stored. The 2025 T1/T2 follow-ups are generated.
 */
const ACTIVITIES_2025: SeedActivity[] = [
  {
    // Uppföljning/kommentar: "Löpande uppföljning"
    goal: 'Socialnämnden har friska arbetsplatser',
    title:
      'Chefer genomföra ett hälsosamtal efter fyra sjukfrånvarotillfälle/halvår eller vid sex sjukfrånvarotillfälle/helår',
    phases: ['BEHALLA'],
    strategies: [S.friskfaktorer],
    department: SOCIALT_STOD,
    dueDate: '2025-12-31',
    owner: 'Respektive chef',
    status: 'IN_PROGRESS',
    followUps: [
      {
        year: 2025,
        period: 'T1',
        status: 'IN_PROGRESS',
        comment:
          'Hälsosamtal har genomförts enligt rutinen på avdelningens enheter. Uppföljning sker i ledningsgruppen.',
      },
      {
        year: 2025,
        period: 'T2',
        status: 'IN_PROGRESS',
        comment: 'Rutinen för hälsosamtal har gåtts igenom på chefsforum och tillämpas på samtliga enheter.',
      },
    ],
  },
  {
    // Uppföljning/kommentar: "Årlig uppföljning"
    goal: 'Socialnämnden har friska arbetsplatser',
    title: 'Alla chefer och medarbetare i verksamheterna identifierar och utvecklar friskfaktorer',
    phases: ['BEHALLA'],
    strategies: [S.friskfaktorer],
    department: SOCIALT_STOD,
    dueDate: '2025-12-31',
    owner: 'Respektive chef',
    status: 'IN_PROGRESS',
    followUps: [
      {
        year: 2025,
        period: 'T1',
        status: 'IN_PROGRESS',
        comment: 'Friskfaktorer har varit tema på APT. Enheterna har valt två friskfaktorer var att arbeta vidare med.',
      },
    ],
  },
  {
    // Uppföljning/kommentar: "Löpande uppföljning"
    goal: 'Uppnå socialnämndens mål om antalet ferieungdomar och Stockholmsjobb',
    title: 'Socialnämnden erbjuder feriejobb och Stockholmsjobb',
    phases: ['ATTRAHERA'],
    strategies: [S.rekrytera],
    department: SOCIALT_STOD,
    dueDate: '2025-12-31',
    owner: 'Respektive chef',
    status: 'IN_PROGRESS',
    followUps: [
      {
        year: 2025,
        period: 'T1',
        status: 'IN_PROGRESS',
        comment: 'Platser för feriejobb under sommaren har anmälts och två Stockholmsjobbare har anställts.',
      },
    ],
  },
  {
    // Uppföljning/kommentar: "Uppföljning vid medarbetarenkäten och den anonyma avgångsenkäten"
    goal: 'Andelen medarbetarare som rekommenderar sin arbetsplats ökar',
    title: 'Alla verksamheter har tema stadens arbetsgivarvarumärke på APT',
    phases: ['ATTRAHERA'],
    strategies: [S.rekrytera],
    department: SOCIALT_STOD,
    dueDate: '2025-12-31',
    owner: 'Respektive chef',
    status: 'NOT_STARTED',
    followUps: [],
  },
  {
    // Uppföljning/kommentar: "Uppföljning via statistik från utbildningsplattformen"
    goal: 'Chefer har relevanta kunskaper om stadens rekryteringsprocess',
    title: 'Alla chefer ska genomföra stadens e-utbildning i rekryteringsprocessen',
    phases: ['REKRYTERA'],
    strategies: [S.rekrytera],
    dueDate: '2025-12-31',
    owner: 'Respektive chef',
    status: 'IN_PROGRESS',
    followUps: [
      {
        year: 2025,
        period: 'T1',
        status: 'IN_PROGRESS',
        comment:
          'Statistik från utbildningsplattformen visar att drygt hälften av cheferna har genomfört e-utbildningen.',
      },
    ],
  },
  {
    // Uppföljning/kommentar: "Uppföljning via Realcruit och Jobbaistan, resultat återkopplas till förvaltningsledning"
    goal: 'Andelen kandidater som tycker att rekryteringsprocessen tar rimlig tid ökar',
    title: 'Alla chefer ger kandidaterna återkoppling löpande och efter avslutad rekrytering',
    phases: ['REKRYTERA'],
    strategies: [S.rekrytera],
    dueDate: '2025-12-31',
    owner: 'Respektive chef',
    status: 'NOT_STARTED',
    followUps: [],
  },
  {
    // Uppföljning/kommentar: "Uppföljning via statistik från utbildningsplattformen"
    goal: 'Nyanställda genomför stadens och socialnämndens digitala introduktioner',
    title: 'Chefer uppmanar medarbetare att genomföra stadens och socialnämndens digitala introduktioner',
    phases: ['INTRODUCERA'],
    strategies: [S.utveckling],
    department: SOCIALT_STOD,
    dueDate: '2025-12-31',
    owner: 'Respektive chef',
    status: 'NOT_STARTED',
    followUps: [],
  },
  {
    // Uppföljning/kommentar: "Löpande uppföljning av statistik från den anonyma digitala avgångsenkäten"
    goal: 'Genomföra professionella avslut av medarbetare som främjar gott ambassadörskap',
    title: 'Alla medarbetare erbjuds avgångssamtal med närmaste chef',
    phases: ['AVSLUTA'],
    strategies: [S.kompetens],
    dueDate: '2025-12-31',
    owner: 'Respektive chef',
    status: 'IN_PROGRESS',
    followUps: [
      {
        year: 2025,
        period: 'T1',
        status: 'IN_PROGRESS',
        comment: 'Statistiken från avgångsenkäten visar att de flesta som slutat har erbjudits avgångssamtal.',
      },
      {
        year: 2025,
        period: 'T2',
        status: 'IN_PROGRESS',
        comment: 'Mallen för avgångssamtal har uppdaterats och presenterats för cheferna.',
      },
    ],
  },
  {
    // Uppföljning/kommentar: "Varje tertial görs en sammanställning av resultatet som presenteras i
    // förvaltningsgruppen och via intern information."
    goal: 'Genomföra professionella avslut av medarbetare som främjar gott ambassadörskap',
    title: 'Chefer uppmanar medarbetare som ska sluta att besvara den anonyma digitala avgångsenkäten',
    phases: ['AVSLUTA'],
    strategies: [S.kompetens],
    dueDate: '2025-12-31',
    owner: 'Respektive chef',
    status: 'IN_PROGRESS',
    followUps: [
      {
        year: 2025,
        period: 'T1',
        status: 'IN_PROGRESS',
        comment: 'En sammanställning av resultatet för tertial 1 har presenterats i förvaltningsgruppen.',
      },
    ],
  },
];

const GAP_TEKNIK = 'Teknik, IT-system och digitalisering';
/**
 * "Identifierade kompetensgap" as listed; the departments, occupations, priorities, statuses, links to activities
 * and the comments are a judgement from the plan's own text (not stated per gap in seed 003).
 */
const GAPS: SeedGap[] = [
  {
    area: GAP_TEKNIK,
    description: 'Statistik, data och analyskunskap',
    departments: [STRATEGI],
    occupations: ['utredare', 'administratör'],
    priority: 'HIGH',
    status: 'IN_PROGRESS',
    activities: ['Medarbetare får fortbildning kopplat till avdelningens utvecklingsområden'],
    comments: [
      {
        date: '2025-05-20',
        author: 'HR-konsult, personalenheten',
        text: 'Utbildning i analys och visualisering för utredare planeras till hösten 2025.',
      },
    ],
  },
  {
    area: GAP_TEKNIK,
    description: 'Digitalisering av arbetssätt, AI och tjänstedesign',
    priority: 'MEDIUM',
    activities: ['Uppmuntra och synliggöra nytänkande och innovation'],
  },
  { area: GAP_TEKNIK, description: 'Dataskydd och juridik', departments: [BEREDSKAP], priority: 'MEDIUM' },
  { area: GAP_TEKNIK, description: 'Hypergene', occupations: ['enhetschef', 'administratör'], priority: 'LOW' },
  {
    area: 'Säkerhet och riskhantering',
    description: 'Informationssäkerhet, civil beredskap och riskmiljöer',
    departments: [BEREDSKAP, SOCIALT_STOD],
    priority: 'HIGH',
  },
  {
    area: 'Våld och kriminalitet',
    description: 'Våldsbejakande extremism, dödligt våld (PDV), våld i nära relation och kriminalitet',
    departments: [SOCIALT_STOD],
    occupations: ['socialsekreterare', 'biståndshandläggare', 'behandlingsassistent'],
    priority: 'HIGH',
    status: 'IN_PROGRESS',
    activities: ['Arbeta med systematisk arbetsmiljö och hälsofrämjande insatser'],
    comments: [
      {
        date: '2025-03-12',
        author: 'HR-konsult, personalenheten',
        text: 'Hot och våld är den vanligaste orsaken i 45 av händelserna i T2 2024; utbildningen prioriteras.',
      },
      {
        date: '2025-09-02',
        author: 'Avdelningschef, Avdelningen för socialt stöd',
        text: 'Två utbildningstillfällen om våld i nära relation är genomförda, fler planeras.',
      },
    ],
  },
  {
    area: 'Pedagogik och kommunikation',
    description:
      'Pedagogik, klarspråk och presentationsteknik, förmåga att ta kommunikationsansvaret för sin verksamhet',
    priority: 'LOW',
  },
  {
    area: 'Lagar och avtal',
    description: 'Nya socialtjänstlagen',
    departments: [SOCIALT_STOD],
    occupations: ['socialsekreterare', 'biståndshandläggare'],
    priority: 'HIGH',
    status: 'IN_PROGRESS',
  },
  {
    area: 'Ledarskap och organisationsutveckling',
    description: 'Utbildning (att leda utan att vara chef) för gruppledare, leda i förändring',
    occupations: ['gruppledare'],
    priority: 'MEDIUM',
    activities: ['Fortsatt implementering av stadens chefsprofil och ledarskapsmodell Full Range Leadership model'],
  },
];

/** The same gaps rolled into next year's draft, which has no activities yet to link. */
const GAPS_WITHOUT_ACTIVITIES: SeedGap[] = GAPS.map((gap) => ({ ...gap, activities: [] }));

const RISKS: SeedRisk[] = [
  {
    title: 'Incidentrapporteringar – hot och våld',
    description:
      'I tertialrapport 2 har totalt 228 händelser rapporterats in i IA under perioden 1 maj- 31 augusti 2024. I 45 händelser är hot och våld den främst förekommande orsaken. Det ökade våldet och gängkriminaliteten i samhället har även påverkat vissa medarbetares arbetssituation och arbetsmiljö inom socialnämnden. De inrapporterade händelserna om hot och våld ger en indikation på en ökad risk för sämre arbetsmiljö för yrkesgrupperna socialsekreterare och biståndshandläggare.',
    likelihood: 3,
    consequence: 3,
    mitigation:
      'Arbeta med systematisk arbetsmiljö och hälsofrämjande insatser; kompetensinsatser inom våld och kriminalitet samt säkerhet och riskhantering.',
    owner: 'Avdelningschef, Avdelningen för socialt stöd',
    status: 'IN_PROGRESS',
    activities: ['Arbeta med systematisk arbetsmiljö och hälsofrämjande insatser'],
    gapDescriptions: [
      'Våldsbejakande extremism, dödligt våld (PDV), våld i nära relation och kriminalitet',
      'Informationssäkerhet, civil beredskap och riskmiljöer',
    ],
  },
  {
    title: 'En likställd socialtjänst',
    description:
      'En utmaning för socialnämnden är att bidra till en likställd socialtjänst inom Stockholms stad mellan stadsdelsnämnder och förvaltningar.',
    likelihood: 2,
    consequence: 3,
    mitigation: 'Ett fortsatt arbete kommer att vara att samverka och utveckla chefsnätverk.',
    owner: 'Förvaltningsledningen',
    gapDescriptions: ['Nya socialtjänstlagen'],
  },
  {
    title: 'Andelen timavlönad personal',
    description:
      'Inom socialnämnden är andelen timavlönade medarbetare hög och administrationen och rekryteringsförandet är både tids- och resurskrävande för ett antal verksamheter. Det finns annars en risk för hög sjukfrånvaro, arbetsbelastning, instabilitet samt dålig arbetsmiljö.',
    likelihood: 3,
    consequence: 3,
    mitigation:
      'Socialnämnden behöver fortsätta att arbeta för att skapa förutsägbarhet och goda arbetsförhållanden för schemalagd personal samt effektivisera arbetssätt.',
    owner: 'HR-chef',
    status: 'IN_PROGRESS',
  },
  {
    // "Analys och uppföljning": the likelihood and consequence are a judgement.
    title: 'Svårt att rekrytera erfarna medarbetare',
    description:
      'En utmaning kommer fortsatt att vara att rekrytera erfarna medarbetare såsom administratörer, arbetsterapeuter och socialsekreterare.',
    likelihood: 3,
    consequence: 3,
    mitigation:
      'Socialnämnden kommer framöver arbeta vidare med att attrahera erfarna medarbetare samt att arbeta med insatser för utveckla mindre erfarna medarbetare.',
    owner: 'HR-chef',
    activities: [
      'Utveckla och skapa attraktiva annonser som stärker arbetsgivarvarumärket',
      'Kompetensbaserad rekrytering tillämpas vid all rekrytering',
    ],
  },
  {
    title: 'Kompetensgap',
    description:
      'Utifrån de identifierade kompetensgap som finns inom socialnämnden så behöver verksamheter arbeta med att planera och ta fram åtgärder för att arbeta vidare med utveckling av de områden som behöver stärkas. Det finns annars en risk att socialnämnden inte kan möta framtida utmaningar och förändringar.',
    likelihood: 2,
    consequence: 3,
    mitigation: 'Verksamheterna planerar och tar fram åtgärder för att utveckla de områden som behöver stärkas.',
    owner: 'HR-chef',
    gapDescriptions: GAPS.map((g) => g.description),
  },
];

const SECTIONS: SeedSection[] = [
  {
    title: 'Inledning',
    body: `Utifrån socialnämndens uppdrag och förändringar i omvärlden är det viktigt att rekrytera, utveckla och behålla medarbetare med rätt kompetens. För att kunna möta framtida utmaningar och vara en attraktiv arbetsgivare behöver socialnämnden säkerställa att rätt person gör rätt saker och har den kompetens som uppdraget kräver. Socialnämnden ska aktivt prioritera och verka för att möjliggöra ett hållbart och långt arbetsliv där alla medarbetare orkar arbeta fram till pensionsålder.

Stadens kompetensförsörjningsprocess utgör grunden för socialnämndens arbete med kompetensförsörjning och kompetensförsörjningsplan. Nämndens kompetensförsörjningsplan utgår från budget 2025 med ett 3-årigt perspektiv. Kompetensförsörjningsplanen beskriver socialnämndens nuläge, kompetensbehov, förändringar samt utmaningar, riskbedömning och analys. I nulägesanalysen bygger all data från september månad 2024 samt information hämtat från chefer och ledningsgrupper.

Kompetensförsörjningsplanen har en strategisk inriktning med aktiviteter och uppföljning i syfte att säkerställa kompetensbehovet på kort och lång sikt och utgår från stadens arbetssätt:

• Utveckla och motivera medarbetare
• Behålla medarbetare genom engagemang
• Attrahera medarbetare genom att vara en förebild som arbetsgivare med goda arbetsförhållanden
• Rekrytera efter kompetensbaserad metodik
• Introducera genom god introduktion och mentorskap
• Avsluta för gott ambassadörskap`,
  },
  {
    title: 'Socialnämndens övergripande mål',
    body: `Socialnämndens övergripande mål är:

• Socialnämnden är en attraktiv arbetsgivare.

Att vara en attraktiv arbetsgivare inbegriper att arbeta med hela medarbetarresan det vill säga att utveckla, behålla, attrahera, rekrytera samt introducera och avsluta medarbetare. Socialnämnden ska vara ett föredöme som offentlig arbetsgivare och arbeta för att socialnämnden har engagerade medarbetare, rätt kompetens samt medarbetare som vill stanna kvar och talar gott om socialnämnden. Socialnämnden ska vara en attraktiv arbetsplats där medarbetare utvecklas och känner engagemang, trygghet och har bra arbetsförhållanden samt kan rekommendera sin arbetsplats till andra. Ett högt medarbetarengagemang genererar både lägre personalrörlighet och lägre sjukfrånvaro. Socialnämndens chefer och medarbetare är avgörande för socialnämndens resultat. Socialnämndens chefer har en nyckelroll i arbetet för hur väl verksamheten kommer att lyckas attrahera, engagera och utveckla medarbetare med rätt kompetens.`,
  },
  {
    title: 'Personalstatistik',
    body: `Socialnämnden har {{headcount|employmentForm=permanent|2024}} tillsvidareanställda medarbetare i september månad 2024. Det är en ökning med 5,5 % sedan förgående år. Antalet kvinnor motsvarar {{headcount|employmentForm=permanent|gender=woman|2024}} tillsvidareanställda medarbetare och antalet män motsvarar {{headcount|employmentForm=permanent|gender=man|2024}} tillsvidareanställda medarbetare. Antalet tidsbegränsade anställningar (månadsavlönade) uppgick till {{headcount|employmentForm=fixedTerm|2024}} för september månad, vilket är en minskning med 7 tidsbegränsade anställningar sedan förgående år. Medelåldern på tillsvidareanställda samt visstidsanställda månadsavlönade är 44 år. I nedanstående tabeller framgår en fördelning av antalet tillsvidareanställningar samt tidsbegränsade anställningar uppdelat på ålder och kön.

I nedanstående tabell framkommer de tio vanligaste befattningarna för tillsvidareanställningar av den totala andelen 1016 tillsvidareanställningar inom socialnämnden. De vanligaste befattningarna är socialsekreterare, behandlingsassistent och utredare.

I nedanstående tabell framkommer de vanligaste befattningarna för tidsbegränsade månadsavlönade anställningar av den totala andelen 86 tidsbegränsade månadsavlönade anställningar inom socialnämnden. De vanligaste befattningarna är socialsekreterare, behandlingsassistent, samhällsvägledare och gruppledare.`,
  },
  {
    title: 'Personalomsättning',
    body: `Personalomsättningen gällande tillsvidareanställningar har under året 2024 varit {{turnover|2024}} där rekryteringsväg och avgångsorsak har varit extern det vill säga från annan arbetsgivare eller annan förvaltning. Rörande personalomsättning per befattning som har högst personalomsättning så är det socialsekreterare, sjuksköterska, utredare och behandlingsassistent. Personalomsättningen från föregående år uppgick till {{turnover|2023}}. Åldersgruppen 20-29 är den åldersgrupp som har haft högst personalomsättning.`,
  },
  {
    title: 'Avgångar',
    body: `I nedanstående tabell framgår antalet avgångar inom socialnämnden avseende tillsvidareanställningar under perioden januari till september månad 2024. Det uppgick till {{departures|employmentForm=permanent|2024}} stycken och befattningarna socialsekreterare, behandlingsassistent och enhetschef hade flest avgångar. Det är en minskning med 2 avgångar i jämförelse med förgående år samma period. Egen begäran har varit den främsta avgångsorsaken för de som har slutat i år och de flesta har slutat inom förvaltningen.

När det gäller avgångar avseende tidsbegränsade månadsavlönade anställningar uppgick det till 434 stycken där lägerledare, biträdande föreståndare och socialsekreterare är de dominerande yrkesgrupperna. Det är en ökning med 10 avgångar samma period. Den främsta avgångsorsaken var att tidsbegränsad anställning upphör. Under 2024 har socialnämnden haft fler lägerledare anställda på tidsbegränsade månadsavlönade.`,
  },
  {
    title: 'Rekryteringar',
    body: `Inom socialtjänstnämnden har det totalt genomförts {{recruitments|employmentForm=permanent|2024}} rekryteringar, tillsvidareanställningar, vilket är en ökning med 24 tillsvidareanställningar i jämförelse med förgående år. Socialsekreterare, behandlingsassistenter, utredare och gruppledare har varit de dominerande yrkesgrupperna. När det gäller rekryteringsvägar så är återanställning inom förvaltningen det som har varit dominerande och statistiken visar på att medarbetare har rört sig internt inom socialnämnden. Nedanstående tabell är antal rekryteringar tillsvidare fördelat på de 10 vanligaste befattningarna under perioden januari till september månad 2024.

Vad gäller tidsbegränsade anställningar månadsavlönade så har det under året genomförts totalt 452 rekryteringar vilket är en minskning med 7 tidsbegränsade anställningar sedan föregående år. Lägerledare (säsongsanställda), biträdande föreståndare, socialsekreterare och behandlingsassistenter har varit de yrkesgrupper som har dominerat. Återanställning från annan arbetsgivare har varit den överrepresenterade rekryteringsvägen för tidsbegränsade anställningar. Nedanstående tabell är antal rekryteringar tidsbegränsade fördelat på de 10 vanligaste befattningarna under perioden januari till september månad 2024.`,
  },
  {
    title: 'Pensionsavgångar',
    body: `När det gäller pensionsavgångar inom socialnämnden är totalt 37 anställda under år 2025 över 65 år och 16 stycken medarbetare fyller 65 år under år 2025. Under åren 2025-2027 uppnår totalt 63 medarbetare en ålder av 65 år. Av dessa är yrkesgrupperna behandlingsassistenter, socialsekreterare samt chefer dominerande. Inklusive de som arbetar och redan är 65 år (37) uppgår det totala behovet av nyrekryteringar till 100 anställningar. Det är dock svårt att prognosticera exakta antalet pensionsavgångar då möjligheten att kvarstå i sin anställning och arbeta fram till 69 års ålder föreligger.`,
  },
  {
    title: 'Sjukfrånvaro',
    body: `Den genomsnittliga sjukfrånvaron från augusti 2023 till augusti 2024 har totalt sett varit {{sickLeave|category=total|2024}} vilket är en ökning med 0,2 % i jämförelse med föregående år då den totala sjukfrånvaron uppgick till {{sickLeave|category=total|2023}} för hela socialnämnden. Den genomsnittliga korttidssjukfrånvaron (dag 1-14) har varit totalt {{sickLeave|category=short|2024}} vilket är en minskning från förra året då den totala korttidsjukfrånvaron uppgick till {{sickLeave|category=short|2023}}. Socialnämndens mål för sjukfrånvaron har under 2024 varit 6 % samt för korttidssjukfrånvaron har målet varit 2,00%. Kortidssjukfrånvaron har därmed minskat något sedan föregående år medan långtidssjukfrånvaron har ökat sedan föregående år.`,
  },
  {
    title: 'Medarbetarenkäten',
    body: `Socialnämndens förvaltningsövergripande rapport för år 2024 visar att AMI totalindex gällande motivation, ledarskap och styrning har ökat till 83 i jämförelse med 2023 då det låg på 82. De fem främsta styrkorna och de frågor som har störst påverkan på motivationen hos medarbetarna är; jag är insatt i min arbetsplats mål (index 89), min chef är tydlig med hur vårt arbete bidrar till verksamheten (index 83), på min arbetsplats samarbetar vi för att nå verksamhetens mål (index 82), på min arbetsplats arbetar vi för alla medarbetares lika rättigheter och möjligheter (index 82) samt jag kan rekommendera min arbetsplats till andra (index 81). De fem främsta fokusområdena och som har värderats lägst och som har störst påverkan på motivationen hos medarbetarna är; på min arbetsplats är vi bra på att dela kunskap och erfarenhet med varandra (index 79), på min arbetsplats prövar vi nya arbetssätt för att utveckla verksamheten (index 78), på min arbetsplats har vi ett gott arbetsklimat (index 77), min arbetsplats mål följs upp och utvärderas på ett bra sätt (index 76) samt min chef ger mig regelbunden återkoppling på mitt arbete (index 73).

Största utvecklingen i undersökningen i jämförelse med 2023 är att en ökning har skett när det gäller frågorna på min arbetsplats samarbetar vi för att nå verksamhetens mål (+3 index), på min arbetsplats arbetar vi för alla medarbetares lika rättigheter och möjligheter (+3 index) samt jag kan rekommendera min arbetsplats till andra (+2 index). Den fråga som har varit mest negativt sedan 2023 är frågan min chef visar förtroende för mig som medarbetare (-1 index)`,
  },
  {
    title: 'Jämställdhetsindex',
    body: `Socialnämndens jämix (jämställdhetsindex) rapport som Nyckeltalsinstitutet har tagit fram för helåret 2023 visar att jämix har ökat mellan åren 2022 och 2023. De nyckeltal som förbättrats är skillnad i andel tillsvidareanställda, skillnad i lång sjukfrånvaro samt aktivt arbete. Lika chefskarriär och ledningsgrupp är jämix fortfarande lågt. Det innebär att nämnden har kvinnor som representerar högsta ledningsgruppen samt när det gäller lika chefskarriär. Skillnaden mellan kvinnor och män i sysselsättningsgrad och uttag i föräldradagar är fortfarande låg.`,
  },
  {
    title: 'Heltid som norm',
    body: `Utifrån budgeten 2025 så är ett fortsatt mål att säkerställa goda och trygga arbetsvillkor för medarbetare. Heltid är norm för alla tillsvidareanställningar och vid behov av nyrekrytering ska tjänster fortsatt erbjudas på heltid för de som idag arbetar deltid och tjänster som utannonseras ska vara på heltid. Antalet deltidsanställningar från september månad 2024 var {{partTimeCount|2024}} stycken vilket är en ökning med 3 deltidsanställningar i jämförelse med 2023. I dagsläget har 98,4% av alla kvinnor inom socialnämnden en anställning på heltid och 96,9% av alla män har en anställning på heltid. De åldersgrupper som har flest heltid per åldersgrupp är 20-29 år, 30-39 år samt 40-49 år. Åldersgruppen 65+ år den åldersgrupp som har minst andel heltid per åldersgrupp.`,
  },
  {
    title: 'Omställningsfonden, KOM-KR',
    body: `Huvudsyftet med Kompetens- och omställningsavtalet (KOM-KR) är att stödja och hjälpa till att stärka kompetensen för enskilda medarbetare eller grupper av medarbetare för att möta behoven hos arbetsgivaren och behålla medarbetarnas anställningsbarhet på arbetsmarknaden. Genom att ansöka om medel för kompetensutvecklingsinsatser ges arbetsgivaren möjlighet att på ett tidigt stadium undvika framtida eller aktuella arbetsbristsituationer och kompetensbrister i verksamheten. Arbetsgivaren får därigenom utökade möjligheter att arbeta strategiskt, förebyggande och mer långsiktigt med kompetensförsörjning. Syftet med insatser är att göra tidiga kompetenshöjande insatser riktade mot framtida behov i verksamheten. Socialnämnden kommer fortsatt att arbeta med förebyggande insatser och uppmuntra till att ansöka om medel för kompetensutvecklingsinsatser.`,
  },
  {
    title: 'Artificiell intelligens (AI)',
    body: `Samhället är i början av ett transformativt skifte och AI har potential att transformera hela branscher och samhället i stort. Takten för AI-utvecklingen är hög och AI kommer att vara en del av samhället framöver. AI har potential att förbättra bland annat arbetsmetoder, tjänster och produktivitet. Socialnämnden kommer att följa utvecklingen kring AI för att få en ökad förståelse.`,
  },
  {
    title: 'Skugga en kollega',
    body: `Socialnämnden kommer att fortsatta med arbetsformen att skugga en kollega för att utbyta erfarenheter och lärdomar mellan olika verksamheter som ett led i att arbeta med utveckling av kompetens och verksamhet.`,
  },
  {
    title: 'Identifierade kompetensgap',
    body: `Inom socialnämnden behöver kompetensen stärkas inom följande områden:

Teknik, IT-system och digitalisering:

• Statistik, data och analyskunskap
• Digitalisering av arbetssätt, AI och tjänstedesign
• Dataskydd och juridik
• Hypergene

Säkerhet och riskhantering:

• Informationssäkerhet, civil beredskap och riskmiljöer

Våld och kriminalitet:

• Våldsbejakande extremism, dödligt våld (PDV), våld i nära relation och kriminalitet

Pedagogik och kommunikation:

• Pedagogik, klarspråk och presentationsteknik, förmåga att ta kommunikationsansvaret för sin verksamhet

Lagar och avtal:

• Nya socialtjänstlagen

Ledarskap och organisationsutveckling:

• Utbildning (att leda utan att vara chef) för gruppledare, leda i förändring`,
  },
  {
    title: 'Incidentrapporteringar',
    body: `I tertialrapport 1 har totalt 261 händelser rapporterats in i IA under perioden 1 januari- 30 april 2024. Under motsvarande period 2023 hade 257 händelser rapporterats in. Det innebär en ökning med 4 inrapporterade händelser under 2024 jämfört med samma period förra året. Det som rapporteras är främst olycksfall och tillbud och består främst av hot och våld samt fallolyckor. I tertialrapport 2 har totalt 228 händelser rapporterats in i IA under perioden 1 maj- 31 augusti 2024. Under motsvarande period 2023 hade 203 händelser rapporterats in. Det innebär en ökning med 25 inrapporterade händelser under 2024 jämfört med samma period förra året. I 45 händelser är hot och våld den främst förekommande orsaken. Det ökade våldet och gängkriminaliteten i samhället har även påverkat vissa medarbetares arbetssituation och arbetsmiljö inom socialnämnden. De inrapporterade händelserna om hot och våld ger en indikation på en ökad risk för sämre arbetsmiljö för yrkesgrupperna socialsekreterare och biståndshandläggare.`,
  },
  {
    title: 'En likställd socialtjänst',
    body: `En utmaning för socialnämnden är att bidra till en likställd socialtjänst inom Stockholms stad mellan stadsdelsnämnder och förvaltningar. Ett fortsatt arbete kommer att vara att samverka och utveckla chefsnätverk.`,
  },
  {
    title: 'Andelen timavlönad personal',
    body: `Inom socialnämnden är andelen timavlönade medarbetare hög och administrationen och rekryteringsförandet är både tids- och resurskrävande för ett antal verksamheter. Socialnämnden behöver fortsätta att arbeta för att skapa förutsägbarhet och goda arbetsförhållanden för schemalagd personal samt effektivisera arbetssätt. Det finns annars en risk för hög sjukfrånvaro, arbetsbelastning, instabilitet samt dålig arbetsmiljö.`,
  },
  {
    title: 'Kompetensgap',
    body: `Utifrån de identifierade kompetensgap som finns inom socialnämnden så behöver verksamheter arbeta med att planera och ta fram åtgärder för att arbeta vidare med utveckling av de områden som behöver stärkas. Det finns annars en risk att socialnämnden inte kan möta framtida utmaningar och förändringar.`,
  },
  {
    title: 'Analys och uppföljning',
    body: `Socialnämnden har totalt sett en relativt låg personalomsättning men det varierar mellan verksamheterna. Inom en 3-års period kommer störst rekryteringsbehov att finnas inom befattningarna socialsekreterare, utredare, behandlingsassistenter och sjuksköterskor. En utmaning kommer fortsatt att vara att rekrytera erfarna medarbetare såsom administratörer, arbetsterapeuter och socialsekreterare. Socialnämnden kommer framöver arbeta vidare med att attrahera erfarna medarbetare samt att arbeta med insatser för utveckla mindre erfarna medarbetare. Antalet tidsbegränsade timavlönade medarbetare inom socialnämnden är fortfarande högt sedan förgående år. Socialnämnden kommer fortsatt arbeta för att minska antalet tidsbegränsade timavlönade anställningar och eftersträva stabilitet, och förutsägbarhet vid förläggning av arbetstiden och arbeta för hållbara lösningar av bland annat schemalagd personal.

Resultatet från medarbetarundersökningen visar på att socialnämnden har medarbetare som är mycket engagerade och motiverade i sitt arbete och kan rekommendera sin arbetsplats till andra. Resultatet visar även på en god indikation på att socialnämnden upplevs vara en attraktiv arbetsgivare och som arbetar för alla medarbetares lika rättigheter och möjligheter på arbetet. Utifrån resultatet så kommer ett fortsatt förbättringsarbete att vara att arbeta med regelbunden återkopplingen från chef, uppföljning och utvärdering av mål samt arbeta för ett gott arbetsklimat.

Socialnämnden kommer framöver behöva fortsätta att följa upp sjukfrånvaron och prioritera det systematiska arbetsmiljöarbetet och arbeta förebyggande ute i verksamheterna. Socialnämnden kommer även att prioritera att arbeta för ett hållbart arbetsliv och stärka både chefer och medarbetare. Utifrån de identifierade kompetensbehoven och kommande pensionsavgångar kommer socialnämnden även fortsätta att arbeta med kompetensutvecklingsinsatser samt tillämpa kompetensbaserad rekrytering för att säkerställa kompetensbehovet på både kort och lång sikt.`,
  },
  {
    title: 'Uppföljning av tidigare kompetensgap och aktiviteter',
    body: `Utifrån tidigare identifierade kompetensbehov från föregående kompetensförsörjningsplan så var områden att utveckla kompetensen inom arbetsmiljö kopplat till arbetsmiljömodulen i systemet ILS webb, lika rättigheter och möjligheter på jobbet samt civil beredskap, PDV och CRM. Personalenheten har anordnat ett antal utbildningsinsatser och workshops om arbetsmiljö och arbetsmiljömodulen samt workshops om lika rättigheter och möjligheter. Effekterna från dessa insatser har resulterat i att chefer och medarbetare har fått utökade kunskaper och arbetar aktivt med arbetsmiljön systematiskt utifrån arbetsmiljömodulen i systemet. Verksamheter har genomfört både arbetsmiljöronder och årlig uppföljning. När det gäller området lika rättigheter och möjligheter på jobbet så har workshoparna lett till en ökad förståelse och en praktisk tillämpning ute i verksamheterna. Verksamheterna återkopplar löpande hur arbetet fortskrider i samverkansforum och via kontakten med HR-konsulter.

Utbildningsinsatser har även utförts i verksamheterna inom området civil beredskap, PDV och CRM vilket har lett till kunskaper om beredskap för våldsamma händelser, kris och katastrofer. Flera medarbetare har deltagit i spridda föreläsningar om välfärdsbrott och ett samarbete har ingåtts mellan socialförvaltning, SLK och statliga myndigheter för att motverka välfärdsbrott.

Gällande uppföljning av aktiviteter gällande kompetensgap inom informationssäkerhet så har socialnämndens säkerhetssamordnare utfört presentationer om informationssäkerhet och beredskap på samtliga ledningsgrupper. Utsedda GDPR samordnare har haft nätverksträffar inom socialnämnden. Medarbetare och chefer har uppmuntrats att genomgå de två obligatoriska e-utbildningarna avseende informationssäkerhet och dataskydd. Information om medarbetares roll i totalförsvaret och förvaltningens arbete med beredskap har tagits upp på APT inom alla verksamheter.

Ett antal chefer har även genomgått utbildningsinsatser om nya socialtjänstlagen, digitalisering, välfärdsteknik, tjänstedesign samt AI. Detta har medfört utökade kunskaper om hur arbetet med digitalisering kan styras, ledas och organiseras. En projektledning har tagits fram inom socialnämnden för arbetet av framtidens socialtjänst och deltar i ett arbete med några ytterligare kommuner i Sverige. Inom ramen för detta projekt får kommuner stöd och utbyter erfarenheter kring hur ny lag kan möjliggöra tidiga insatser. Inom ramen för projektet ges också flera utbildningsinsatser inom bland annat implementering.

I nedanstående tabell finns en uppföljning av tidigare aktiviteter med ett kommentarsfält kring hur socialnämnden har arbetat med aktiviteterna utifrån UBARIA.`,
  },
  {
    title: 'Nio strategier för kompetensförsörjningen',
    body: `För att arbeta förebyggande, strategiskt, långsiktigt och proaktivt med kompetensförsörjningen så kommer socialnämnden utgå från Sveriges kommuner och regioners (SKRs) nio strategier:`,
  },
  {
    title: 'Strategisk inriktning med prioriterade aktiviteter',
    body: `Nedan följer en strategisk inriktning med övergripande mål och aktiviteter som socialnämnden kommer att arbeta med under en treårsperiod med start 2025, dessa aktiviteter kommer att följas upp och utvärderas kontinuerligt. Den strategiska inriktningen utgår ifrån modellen UBARIA, utveckla, behålla, attrahera, rekrytera, introducera och avsluta samt Sveriges kommuner och regioners (SKRs) nio strategier. Se tabell med mål och aktiviteter nedan.`,
  },
  {
    title: 'Utveckla och Behålla',
    body: `Socialnämnden kommer fortsätta arbetet under de kommande tre åren med att utveckla och engagera chefer och medarbetare. Förståelsen för chefers och medarbetares styrkor och utvecklingsområden är en förutsättning för att kunna utveckla, förbättra och behålla socialnämndens chefer och medarbetare. Varje chef och medarbetare har olika motivations- och drivfaktorer och därmed olika behov av personlig utveckling. Friskfaktorer är en grund till att vi mår bra och presterar bra på arbetet. För att arbeta förbyggande och att arbeta för att hålla sjukfrånvaron nere så kommer ett fortsatt arbete vara att arbeta systematiskt med friskfaktorer och arbeta för friska arbetsplatser. För att stärka chefer och skapa goda förutsättningar för chefer att klara av sitt uppdrag så kommer socialnämnden arbeta med att identifiera och kartlägga chefers arbetsmiljö och arbeta med eventuella insatser och åtgärder.

En del av arbetat med kompetensförsörjning och att utveckla och behålla medarbetare är att tillvarata och skapa goda förutsättningar för kompetensöverföring och lärande. Socialnämnden kommer fortsatt att arbeta med transfer of training (kompetensöverföring) och att arbeta för att möjliggöra och organisera för att genomförda kompetensutvecklingsinsatser och utbildningar ska leda till önskad effekt i det dagliga arbetet. Utifrån identifierade kompetensgap och kompetensbehov så kommer insatser att göras på både individ och gruppnivå samt ge möjlighet till omställning och karriärväxling.`,
  },
  {
    title: 'Attrahera',
    body: `Studentundersökningen (Universum Talent Research 2024) som företaget Universum har genomfört visar att viktiga attribut hos en arbetsgivare som socionomstudenter lyfter fram är trygg anställning, inspirerande syfte, respekt för medarbetare samt mångfald, jämlikhet och inkludering. Möjligheten att kunna arbeta hemifrån värderar socionomstudenterna fortfarande högt. Socialnämnden kommer fortsatt att arbeta för att vara en attraktiv arbetsgivare, informera och sprida kunskap om stadens arbetsgivarvarumärke, synliggöra förmåner, villkor och arbeta för gott ambassadörskap samt uppmuntra innovation och moderna processer. För att attrahera bredare kommer socialnämnden även fortsätta prioritera att erbjuda praktikplatser och ta emot ferieungdomar och Stockholmsjobbare.`,
  },
  {
    title: 'Rekrytera',
    body: `Stockholms stad tillämpar kompetensbaserad rekrytering för att bland annat minimera risken för diskriminering och där fokusen ska vila på kompetensen. Socialnämnden arbetar för att motverka diskriminering och främja mångfald och jämställdhetsfrågor. Fokus kommer även fortsättningsvis att vara att utforma genomtänkta kravprofiler, attraktiva annonser och erbjuda heltidsanställningar samt utgå från vad verksamheten behöver både idag, imorgon och om några år. Socialnämnden ser ett fortsatt behov av att säkerställa att alla chefer har kompetens i stadens kompetensbaserade rekryteringsprocess samt rekryteringssystemet Jobbaistan.`,
  },
  {
    title: 'Introducera',
    body: `En genomtänkt och god introduktion för nyanställda är en viktig investering för både medarbetare och arbetsgivare, för att säkra kvaliteten i verksamheten, minska personalomsättning samt främja en god personalpolitik. Socialnämnden erbjuder både en fysisk förvaltningsövergripande introduktion för nyanställda, arbetsplatsförlagda introduktioner samt webbaserade introduktioner. Socialnämndens chefer ska säkerställa att en god introduktion erbjuds samt ge medarbetare möjlighet till kontinuerligt lärande i det dagliga arbetet. Den arbetsplatsförlagda introduktionen kommer fortsatt vara en viktig del för att nyanställda ska introduceras in i arbetet på ett tillfredställande sätt samt få nya medarbetare att vilja stanna kvar på sitt nya jobb. Socialnämnden kommer även fortsatt att arbeta med mentorskap och skapa goda förutsättningar för kompetensöverföring samt uppföljning av introduktionen.`,
  },
  {
    title: 'Avsluta',
    body: `Det är viktigt att alla avslut av anställningar sker professionellt. Socialnämnden strävar efter att de som slutar ska fortsätta vara goda ambassadörer för nämndens verksamheter. Alla medarbetare ska erbjudas ett avgångssamtal. Avgångssamtalet syftar till att följa upp arbetsmiljö, ledarskap, trivsel och samtalet ska ge ett underlag för chef och verksamhet att arbeta vidare med utveckling och förbättring. En anonym digital avgångsenkät ska skickas ut till tillsvidareanställda medarbetare som själva valt att avsluta sin anställning. Socialnämnden kommer fortsatt arbeta för att följa upp anledningen till varför medarbetare slutar och arbeta aktivt med förbättringsåtgärder samt kompetensöverföring från medarbetare som slutar.`,
  },
];

const section = (title: string): SeedSection => {
  const found = SECTIONS.find((s) => s.title === title);
  if (!found) throw new Error(`socialforvaltningen: no section ${title}`);
  return found;
};

export const socialforvaltningen: SeedOrganization = {
  slug: 'socialforvaltningen',
  seedDocument: '003',
  name: 'Socialförvaltningen',
  boardName: 'Socialnämnden',
  turnoverDefinition:
    'Tillsvidareanställda som slutat där avgångsorsak och rekryteringsväg har varit extern, det vill säga till annan arbetsgivare eller annan förvaltning, i förhållande till genomsnittligt antal tillsvidareanställda under året.',
  departments: DEPARTMENTS,
  occupations: [...OCCUPATIONS],
  boardGoals: [{ code: '1', title: 'Socialnämnden är en attraktiv arbetsgivare.' }],
  goals: [
    { measure: 'sickLeave', category: 'total', year: 2024, value: 6, decimals: 0 },
    { measure: 'sickLeave', category: 'short', year: 2024, value: 2, decimals: 2 },
    { measure: 'fullTimeShare', year: 2024, value: 90, decimals: 0 },
    { measure: 'spanOfControl', year: 2024, value: 30, decimals: 0 },
  ],
  statistics: STATISTICS,
  surveys: [
    {
      year: 2023,
      results: [{ kind: 'ami', key: 'ami', label: 'AMI – Aktivt Medskapandeindex', value: 82 }],
    },
    {
      year: 2024,
      results: [
        { kind: 'ami', key: 'ami', label: 'AMI – Aktivt Medskapandeindex', value: 83, previousValue: 82 },
        { kind: 'question', key: 'q:insatt-i-mal', label: 'Jag är insatt i min arbetsplats mål', value: 89 },
        {
          kind: 'question',
          key: 'q:chef-tydlig-bidrar',
          label: 'Min chef är tydlig med hur vårt arbete bidrar till verksamheten',
          value: 83,
        },
        {
          kind: 'question',
          key: 'q:samarbetar-for-mal',
          label: 'På min arbetsplats samarbetar vi för att nå verksamhetens mål',
          value: 82,
          previousValue: 79,
        },
        {
          kind: 'question',
          key: 'q:lika-rattigheter',
          label: 'På min arbetsplats arbetar vi för alla medarbetares lika rättigheter och möjligheter',
          value: 82,
          previousValue: 79,
        },
        {
          kind: 'question',
          key: 'q:rekommendera',
          label: 'Jag kan rekommendera min arbetsplats till andra',
          value: 81,
          previousValue: 79,
        },
        {
          kind: 'question',
          key: 'q:dela-kunskap',
          label: 'På min arbetsplats är vi bra på att dela kunskap och erfarenhet med varandra',
          value: 79,
        },
        {
          kind: 'question',
          key: 'q:nya-arbetssatt',
          label: 'På min arbetsplats prövar vi nya arbetssätt för att utveckla verksamheten',
          value: 78,
        },
        {
          kind: 'question',
          key: 'q:gott-arbetsklimat',
          label: 'På min arbetsplats har vi ett gott arbetsklimat',
          value: 77,
        },
        {
          kind: 'question',
          key: 'q:mal-foljs-upp',
          label: 'Min arbetsplats mål följs upp och utvärderas på ett bra sätt',
          value: 76,
        },
        {
          kind: 'question',
          key: 'q:regelbunden-aterkoppling',
          label: 'Min chef ger mig regelbunden återkoppling på mitt arbete',
          value: 73,
        },
      ],
    },
  ],
  plans: [
    {
      startYear: 2025,
      title: 'Kompetensförsörjningsplan 2025–2027',
      status: 'ADOPTED',
      // "socialnämnden utgå från Sveriges kommuner och regioners (SKRs) nio strategier": all nine.
      focusStrategies: SKR_2024.map((s) => s.name),
      sections: SECTIONS,
      activities: [...ACTIVITIES_2024, ...ACTIVITIES_2025],
      gaps: GAPS,
      risks: RISKS,
    },
    {
      startYear: 2026,
      title: 'Kompetensförsörjningsplan 2026–2028',
      status: 'DRAFT',
      focusStrategies: SKR_2024.map((s) => s.name),
      sections: [
        section('Inledning'),
        section('Socialnämndens övergripande mål'),
        section('Identifierade kompetensgap'),
      ],
      activities: [],
      gaps: GAPS_WITHOUT_ACTIVITIES,
      risks: [],
    },
  ],
};

/**
 * Skärholmens stadsdelsförvaltning — seed 004: samverkan minutes (förvaltningsgrupp) with the union questions on the
 * kompetensförsörjningsplan 2027–2029 (item 5.2.1), the plan's slides and the 2026 staff survey report.
 *
 * STATED in the seed:
 * - Turnover 6 % for the förvaltning, 32 % for bidragshandläggare and 33 % for socialsekreterare (rows stated: true,
 *   year 2025: the plan written in spring 2026 analyses the previous year, as Norra innerstaden's does).
 * - Survey 2026: 870 responded of 1 001 invited; AMI 81 (2025: 80, ORG 81); delindex motivation 81 (80, ORG 80),
 *   ledarskap 82 (79, ORG 80), styrning 82 (82, ORG 83); the eight policy-area indexes with 2025 and ORG values.
 *   The report lays the four AMI panels out in a 2×2 grid; the extracted text gives values in reading order
 *   (Totalt, Motivation / Ledarskap, Styrning) and the question means support that order for styrning.
 *   Question results are stored converted from the report's means with (mean − 1) × 25 (DOMAIN.md).
 * - The plan slides (sections), the six focus strategies of nine, the departments the minutes and slides name
 *   (SoS and MSA are kept as the slides abbreviate them; the seed does not spell them out), and the four
 *   questions and answers under item 5.2.1, anchored to the slide they concern.
 *
 * GENERATED (stated: false), deterministic:
 * - Headcount cubes for 2025 (912 permanent + 74 fixed-term = 986) and 2026 (925 + 76 = 1 001, the number of
 *   survey recipients). 2026 is a snapshot at survey time, so only snapshot measures (headcount, full-time share,
 *   part-time, retirement forecast, span of control) are generated for it; flows and rates are for 2025.
 * - Turnover for other occupations and by age; departures per occupation such that external departures ÷
 *   permanent headcount give the stated rates (denominator: 2025 headcount); recruitments, sick leave, incidents.
 * - Activities (derived from the slide "Strategisk inriktning, aktiviteter VP" and the department keywords), gaps
 *   and risks (from the slides and minutes; likelihood/consequence are a judgement), owners and due dates.
 * - The meeting date: the minutes give none; they must be approved ("justeras") by 20 April 2026 and the next
 *   förvaltningsgrupp is 13 May, so the meeting is set to 2026-04-14.
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
} from './allocate';
import { STRATEGY } from './reference';
import type { CubeCell, FlowCombo } from './allocate';
import { AGE_BANDS } from '../../lib/statistics/measures';
import type {
  SeedActivity,
  SeedDepartment,
  SeedGap,
  SeedOrganization,
  SeedReviewQuestion,
  SeedRisk,
  SeedSection,
  SeedStatistic,
  SeedSurvey,
} from './types';

const S = STRATEGY;

const IFF = 'Individ, familj och fritid';
const FORSKOLA = 'Förskola';
const SOS = 'SoS';
const MSA = 'MSA';
const HR = 'HR, administration och nämnd';
const EKONOMI = 'Ekonomi, upphandling och lokal';

const DEPARTMENTS: SeedDepartment[] = [
  { name: IFF, kind: 'department' },
  { name: FORSKOLA, kind: 'department' },
  { name: SOS, kind: 'department' },
  { name: MSA, kind: 'department' },
  { name: HR, kind: 'support' },
  { name: EKONOMI, kind: 'support' },
];

const OCCUPATIONS = [
  'socialsekreterare',
  'bidragshandläggare',
  'fritidsledare',
  'förskollärare',
  'barnskötare',
  'kock',
  'undersköterska',
  'vårdbiträde',
  'biståndshandläggare',
  'enhetschef',
  'rektor',
  'administratör',
] as const;
type Occupation = (typeof OCCUPATIONS)[number];

const LAYOUT: Record<Occupation, Record<string, number>> = {
  socialsekreterare: { [IFF]: 58, [MSA]: 12 },
  bidragshandläggare: { [IFF]: 1 },
  fritidsledare: { [IFF]: 1 },
  förskollärare: { [FORSKOLA]: 1 },
  barnskötare: { [FORSKOLA]: 1 },
  kock: { [FORSKOLA]: 1 },
  undersköterska: { [SOS]: 1 },
  vårdbiträde: { [SOS]: 1 },
  biståndshandläggare: { [MSA]: 1 },
  enhetschef: { [IFF]: 9, [SOS]: 12, [MSA]: 4, [HR]: 3, [EKONOMI]: 2 },
  rektor: { [FORSKOLA]: 1 },
  administratör: { [IFF]: 8, [FORSKOLA]: 4, [SOS]: 5, [MSA]: 3, [HR]: 22, [EKONOMI]: 15 },
};

const PERMANENT_WEIGHTS: Record<2025 | 2026, Record<Occupation, number>> = {
  2025: {
    socialsekreterare: 69,
    bidragshandläggare: 25,
    fritidsledare: 22,
    förskollärare: 150,
    barnskötare: 212,
    kock: 25,
    undersköterska: 176,
    vårdbiträde: 95,
    biståndshandläggare: 29,
    enhetschef: 30,
    rektor: 14,
    administratör: 57,
  },
  2026: {
    socialsekreterare: 70,
    bidragshandläggare: 25,
    fritidsledare: 22,
    förskollärare: 150,
    barnskötare: 210,
    kock: 25,
    undersköterska: 180,
    vårdbiträde: 95,
    biståndshandläggare: 30,
    enhetschef: 30,
    rektor: 14,
    administratör: 57,
  },
};
const FIXED_TERM_WEIGHTS: Partial<Record<Occupation, number>> = {
  barnskötare: 20,
  undersköterska: 16,
  vårdbiträde: 14,
  socialsekreterare: 8,
  förskollärare: 6,
  fritidsledare: 6,
  bidragshandläggare: 3,
  administratör: 3,
};
const TOTALS = { 2025: { permanent: 912, fixedTerm: 74 }, 2026: { permanent: 925, fixedTerm: 76 } } as const;

const WOMEN_SHARE: Record<Occupation, number> = {
  socialsekreterare: 0.84,
  bidragshandläggare: 0.75,
  fritidsledare: 0.45,
  förskollärare: 0.95,
  barnskötare: 0.85,
  kock: 0.6,
  undersköterska: 0.8,
  vårdbiträde: 0.7,
  biståndshandläggare: 0.85,
  enhetschef: 0.72,
  rektor: 0.88,
  administratör: 0.78,
};
const AGE_PROFILE: Record<Occupation, number[]> = {
  socialsekreterare: [24, 38, 20, 12, 5, 1],
  bidragshandläggare: [28, 34, 20, 12, 5, 1],
  fritidsledare: [40, 30, 15, 10, 4, 1],
  förskollärare: [8, 29, 29, 23, 9, 2],
  barnskötare: [16, 25, 25, 23, 9, 2],
  kock: [10, 22, 26, 28, 11, 3],
  undersköterska: [8, 16, 24, 29, 18, 5],
  vårdbiträde: [16, 20, 22, 24, 14, 4],
  biståndshandläggare: [12, 30, 27, 21, 8, 2],
  enhetschef: [1, 16, 36, 35, 10, 2],
  rektor: [0, 12, 40, 37, 10, 1],
  administratör: [8, 18, 24, 30, 16, 4],
};
const FIXED_TERM_AGE_PROFILE = [44, 26, 14, 10, 4, 2];

function headcountCube(year: 2025 | 2026): SeedStatistic[] {
  const women = (c: CubeCell) => WOMEN_SHARE[c.occupation as Occupation];
  return [
    ...buildHeadcountCube({
      year,
      employmentForm: 'permanent',
      cells: cellsFromLayout(occupationTotals(TOTALS[year].permanent, PERMANENT_WEIGHTS[year]), LAYOUT),
      womenShare: women,
      ageProfile: (c) => AGE_PROFILE[c.occupation as Occupation],
      seed: `skarholmen-${year}-permanent`,
    }),
    ...buildHeadcountCube({
      year,
      employmentForm: 'fixedTerm',
      cells: cellsFromLayout(
        occupationTotals(TOTALS[year].fixedTerm, FIXED_TERM_WEIGHTS as Record<string, number>),
        LAYOUT,
      ),
      womenShare: women,
      ageProfile: () => FIXED_TERM_AGE_PROFILE,
      seed: `skarholmen-${year}-fixedTerm`,
    }),
  ];
}

const CUBE_2025 = headcountCube(2025);
const CUBE_2026 = headcountCube(2026);

// ---------------------------------------------------------------------------------------------
// Turnover and flows 2025

/** Stated turnover (percent) for the förvaltning and two occupations. */
const TURNOVER_OVERALL = 6;
const TURNOVER_STATED: Partial<Record<Occupation, number>> = { bidragshandläggare: 32, socialsekreterare: 33 };
/** "Vi har många grupper där vi har en väldigt låg personalomsättning." */
const TURNOVER_RELATIVE: Record<Occupation, number> = {
  socialsekreterare: 0,
  bidragshandläggare: 0,
  fritidsledare: 1.5,
  förskollärare: 1.0,
  barnskötare: 0.8,
  kock: 0.6,
  undersköterska: 1.0,
  vårdbiträde: 1.1,
  biståndshandläggare: 1.6,
  enhetschef: 1.2,
  rektor: 1.0,
  administratör: 0.8,
};
const AGE_TURNOVER_RELATIVE = [2.4, 1.4, 0.8, 0.55, 0.5, 0.7];

const EXTERNAL: FlowCombo[] = [
  { category: 'ownRequest', subcategory: 'otherOrganization', weight: 0.45 },
  { category: 'ownRequest', subcategory: 'externalEmployer', weight: 0.45 },
  { category: 'other', subcategory: 'externalEmployer', weight: 0.1 },
];
const INTERNAL: FlowCombo[] = [
  { category: 'ownRequest', subcategory: 'withinOrganization', weight: 0.9 },
  { category: 'other', subcategory: 'withinOrganization', weight: 0.1 },
];
const FIXED_TERM_DEPARTURE: FlowCombo[] = [
  { category: 'fixedTermEnded', subcategory: 'withinOrganization', weight: 0.35 },
  { category: 'fixedTermEnded', subcategory: 'externalEmployer', weight: 0.35 },
  { category: 'fixedTermEnded', subcategory: 'otherOrganization', weight: 0.05 },
  { category: 'ownRequest', subcategory: 'externalEmployer', weight: 0.2 },
  { category: 'ownRequest', subcategory: 'otherOrganization', weight: 0.05 },
];
const PERMANENT_ROUTES: FlowCombo[] = [
  { category: 'externalEmployer', weight: 0.45 },
  { category: 'otherOrganization', weight: 0.25 },
  { category: 'withinOrganization', weight: 0.2 },
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

function turnoverAndFlows(cube: SeedStatistic[]): SeedStatistic[] {
  const year = 2025;
  const pops = sumBy(cube, { measure: 'headcount', employmentForm: 'permanent' }, 'occupation');
  const pop = (o: Occupation) => pops.get(o) ?? 0;
  const total = TOTALS[2025].permanent;
  const externalTotal = Math.round((TURNOVER_OVERALL / 100) * total);
  const stated = Object.entries(TURNOVER_STATED) as [Occupation, number][];
  const statedExternal = Object.fromEntries(stated.map(([o, rate]) => [o, Math.round((rate / 100) * pop(o))]));
  const others = OCCUPATIONS.filter((o) => TURNOVER_STATED[o] === undefined && pop(o) > 0);
  const otherExternal = largestRemainder(
    externalTotal - Object.values(statedExternal).reduce((a, b) => a + b, 0),
    others.map((o) => pop(o) * TURNOVER_RELATIVE[o]),
  );
  const external: Record<string, number> = {
    ...statedExternal,
    ...Object.fromEntries(others.map((o, i) => [o, otherExternal[i]!])),
  };
  const internal = occupationTotals(
    Math.round(0.4 * externalTotal),
    Object.fromEntries(OCCUPATIONS.map((o) => [o, pop(o)])),
  );
  const retired = occupationTotals(
    20,
    Object.fromEntries(
      OCCUPATIONS.map((o) => [
        o,
        sumStats(cube, { measure: 'headcount', employmentForm: 'permanent', occupation: o, ageBand: '65+' }) +
          0.3 * sumStats(cube, { measure: 'headcount', employmentForm: 'permanent', occupation: o, ageBand: '60-64' }),
      ]),
    ),
  );
  const deptWeights = (form: 'permanent' | 'fixedTerm') => (o: string) => departmentWeights(cube, o, form);
  const fixedOccs = [...sumBy(cube, { measure: 'headcount', employmentForm: 'fixedTerm' }, 'occupation')];
  const spreadTotal = (total: number, weights: [string, number][]) =>
    Object.fromEntries(
      spread(
        total,
        weights.map(([item, weight]) => ({ item, weight })),
      ).map(({ item, value }) => [item, value]),
    );

  const rows: SeedStatistic[] = [
    { measure: 'turnover', year, value: TURNOVER_OVERALL, decimals: 0, population: total, stated: true },
    ...OCCUPATIONS.filter((o) => pop(o) > 0).map((occupation): SeedStatistic => {
      const statedRate = TURNOVER_STATED[occupation];
      return statedRate !== undefined
        ? {
            measure: 'turnover',
            year,
            occupation,
            value: statedRate,
            decimals: 0,
            population: pop(occupation),
            stated: true,
          }
        : {
            measure: 'turnover',
            year,
            occupation,
            value: round1((external[occupation]! / pop(occupation)) * 100),
            population: pop(occupation),
            stated: false,
          };
    }),
  ];
  const agePops = AGE_BANDS.map((a) =>
    sumStats(cube, { measure: 'headcount', employmentForm: 'permanent', ageBand: a }),
  );
  const ageRates = scaleRates(
    agePops.map((population, i) => ({ population, relative: AGE_TURNOVER_RELATIVE[i]! })),
    (externalTotal / total) * 100,
  );
  AGE_BANDS.forEach((ageBand, i) =>
    rows.push({ measure: 'turnover', year, ageBand, value: ageRates[i]!, population: agePops[i]!, stated: false }),
  );

  rows.push(
    ...flowRows({
      measure: 'departures',
      year,
      employmentForm: 'permanent',
      occupationTotals: external,
      departmentWeights: deptWeights('permanent'),
      combos: EXTERNAL,
    }),
    ...flowRows({
      measure: 'departures',
      year,
      employmentForm: 'permanent',
      occupationTotals: internal,
      departmentWeights: deptWeights('permanent'),
      combos: INTERNAL,
    }),
    ...flowRows({
      measure: 'departures',
      year,
      employmentForm: 'permanent',
      occupationTotals: retired,
      departmentWeights: deptWeights('permanent'),
      combos: [{ category: 'retirement', weight: 1 }],
    }),
    ...flowRows({
      measure: 'departures',
      year,
      employmentForm: 'fixedTerm',
      occupationTotals: spreadTotal(90, fixedOccs),
      departmentWeights: deptWeights('fixedTerm'),
      combos: FIXED_TERM_DEPARTURE,
    }),
    ...flowRows({
      measure: 'recruitments',
      year,
      employmentForm: 'permanent',
      occupationTotals: spreadTotal(
        95,
        OCCUPATIONS.map((o) => [o, (external[o] ?? 0) + (internal[o] ?? 0) + (retired[o] ?? 0) + 0.01 * pop(o)]),
      ),
      departmentWeights: deptWeights('permanent'),
      combos: PERMANENT_ROUTES,
    }),
    ...flowRows({
      measure: 'recruitments',
      year,
      employmentForm: 'fixedTerm',
      occupationTotals: spreadTotal(85, fixedOccs),
      departmentWeights: deptWeights('fixedTerm'),
      combos: FIXED_TERM_ROUTES,
    }),
  );
  return rows;
}

function sickLeave2025(cube: SeedStatistic[]): SeedStatistic[] {
  // The people the rates are over (the head count), so that suppression can work on them.
  const population = sumStats(cube, { measure: 'headcount' });
  const rows: SeedStatistic[] = [
    { measure: 'sickLeave', year: 2025, category: 'total', value: 8.1, population, stated: false },
    { measure: 'sickLeave', year: 2025, category: 'short', value: 2.7, population, stated: false },
    { measure: 'sickLeave', year: 2025, category: 'long', value: 3.6, population, stated: false },
  ];
  const relative: Record<string, number> = {
    [IFF]: 0.95,
    [FORSKOLA]: 1.05,
    [SOS]: 1.2,
    [MSA]: 0.85,
    [HR]: 0.55,
    [EKONOMI]: 0.5,
  };
  const pops = DEPARTMENTS.map((d) => sumStats(cube, { measure: 'headcount', department: d.name }));
  for (const [category, overall] of [
    ['total', 8.1],
    ['short', 2.7],
  ] as const) {
    const rates = scaleRates(
      DEPARTMENTS.map((d, i) => ({ population: pops[i]!, relative: relative[d.name]! })),
      overall,
    );
    DEPARTMENTS.forEach((d, i) =>
      rows.push({
        measure: 'sickLeave',
        year: 2025,
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

const permanent = (cube: SeedStatistic[]) => cube.filter((r) => r.employmentForm === 'permanent');

const STATISTICS: SeedStatistic[] = [
  ...CUBE_2025,
  ...CUBE_2026,
  ...fullTimeRows({
    year: 2025,
    population: permanent(CUBE_2025),
    partTime: 68,
    partTimeStated: false,
    genderPropensity: { woman: 1.1, man: 0.7 },
    agePropensity: [1.5, 1.0, 0.7, 0.8, 1.4, 2.6],
  }),
  ...fullTimeRows({
    year: 2026,
    population: permanent(CUBE_2026),
    partTime: 66,
    partTimeStated: false,
    genderPropensity: { woman: 1.1, man: 0.7 },
    agePropensity: [1.5, 1.0, 0.7, 0.8, 1.4, 2.6],
  }),
  ...turnoverAndFlows(CUBE_2025),
  ...retirementRowsFromCube(CUBE_2025, 2025, [2026, 2027, 2028, 2029]),
  ...retirementRowsFromCube(CUBE_2026, 2026, [2027, 2028, 2029, 2030]),
  ...sickLeave2025(CUBE_2025),
  ...(
    [
      [1, 'threatViolence', 61],
      [1, 'fall', 44],
      [1, 'other', 97],
      [2, 'threatViolence', 55],
      [2, 'fall', 38],
      [2, 'other', 88],
    ] as const
  ).map(([tertial, category, value]): SeedStatistic => ({
    measure: 'incidents',
    year: 2025,
    tertial,
    category,
    value,
    stated: false,
  })),
  ...spanOfControlRows(CUBE_2025, 2025, ['enhetschef', 'rektor']),
  ...spanOfControlRows(CUBE_2026, 2026, ['enhetschef', 'rektor']),
];

// ---------------------------------------------------------------------------------------------
// Survey 2026 (Origo Group report "Bolag/Förvaltningsrapport 2026")

const AMI_LABEL = 'AMI – Aktivt Medskapandeindex';
const POLICY_AREAS: [key: string, label: string, v2026: number, v2025: number, org: number][] = [
  ['policy:vart-gemensamma-uppdrag', 'Vårt gemensamma uppdrag', 80, 76, 80],
  ['policy:politik-och-verksamheter', 'Politik och verksamheter', 83, 83, 83],
  ['policy:styra-mot-gemensamma-mal', 'Styra mot gemensamma mål', 78, 77, 78],
  ['policy:utvecklas-och-lara-nytt', 'Utvecklas och lära nytt', 81, 78, 80],
  ['policy:delaktighet-och-inflytande', 'Delaktighet och inflytande', 80, 80, 80],
  ['policy:halsa-och-arbetsmiljo', 'Hälsa och arbetsmiljö', 76, 75, 76],
  ['policy:lika-rattigheter-och-mojligheter', 'Lika rättigheter och möjligheter', 77, 73, 78],
  ['policy:lon', 'Lön', 79, 78, 79],
];
/** Question means (1–5) for 2026, 2025 and ORG as the report prints them. */
const QUESTIONS: [key: string, label: string, m2026: number, m2025: number, org: number][] = [
  ['q:rekommendera', 'Jag kan rekommendera min arbetsplats till andra.', 4.0, 3.9, 4.0],
  ['q:stockholmarnas-fokus', 'På min arbetsplats har vi stockholmarnas fokus i allt vi gör.', 4.1, 3.9, 4.1],
  ['q:meningsfullt', 'Mitt arbete känns meningsfullt.', 4.5, 4.4, 4.5],
  ['q:tydlig-ansvar', 'Min chef är tydlig med vilket ansvar jag har.', 4.3, 4.2, 4.3],
  ['q:insatt-i-mal', 'Jag är insatt i min arbetsplats mål.', 4.4, 4.5, 4.5],
  [
    'q:chef-tydlig-bidrar',
    'Min chef är tydlig med hur vårt arbete bidrar till verksamhetens måluppfyllelse.',
    4.3,
    4.2,
    4.2,
  ],
  ['q:ta-ansvar', 'Min chef ger mig förutsättningar att ta ansvar i mitt arbete.', 4.3, 4.2, 4.2],
  ['q:mal-foljs-upp', 'Min arbetsplats mål följs upp och utvärderas på ett bra sätt.', 4.0, 4.0, 4.0],
  ['q:handlingsutrymme', 'Min chef är tydlig med vilket handlingsutrymme jag har.', 4.2, 4.1, 4.1],
  ['q:samarbetar-for-mal', 'På min arbetsplats samarbetar vi för att nå verksamhetens mål.', 4.1, 4.0, 4.1],
  ['q:lar-nytt', 'Jag lär nytt och utvecklas i mitt dagliga arbete.', 4.2, 4.1, 4.2],
  [
    'q:egna-initiativ',
    'Jag tar egna initiativ till att utveckla min kompetens utifrån verksamhetens behov.',
    4.5,
    4.5,
    4.5,
  ],
  ['q:nya-arbetssatt', 'På min arbetsplats prövar vi nya arbetssätt för att utveckla verksamheten.', 4.1, 4.0, 4.1],
  ['q:dela-kunskap', 'På min arbetsplats är vi bra på att dela kunskap och erfarenhet med varandra.', 4.1, 4.0, 4.1],
  ['q:initiativ-nytankande', 'Min chef uppmuntrar och stödjer initiativ och nytänkande.', 4.2, 4.1, 4.1],
  [
    'q:paverka-arbetet',
    'Inom ramen för mitt uppdrag har jag möjligheter att påverka hur jag ska utföra arbetet.',
    4.2,
    4.1,
    4.2,
  ],
  ['q:chef-fortroende', 'Min chef visar förtroende för mig som medarbetare.', 4.3, 4.3, 4.3],
  ['q:fortroende-for-chef', 'Jag har förtroende för min chef.', 4.2, 4.2, 4.2],
  ['q:delaktighet', 'Min chef skapar förutsättningar för delaktighet.', 4.2, 4.1, 4.1],
  ['q:ser-fram-emot', 'Jag ser fram emot att gå till arbetet.', 4.1, 4.0, 4.0],
  ['q:hjalp-prioritera', 'Min chef hjälper mig att prioritera när jag ber om det.', 4.2, 4.2, 4.2],
  ['q:gott-arbetsklimat', 'På min arbetsplats har vi ett gott arbetsklimat.', 3.9, 3.8, 3.9],
  ['q:uppskattning', 'Min chef visar uppskattning för mina arbetsinsatser.', 4.1, 4.0, 4.1],
  ['q:tar-tag-i-problem', 'Min chef tar tag i problem som uppstår.', 4.1, 4.0, 4.0],
  ['q:dialog-arbetssituation', 'Min chef och jag har regelbunden dialog om min arbetssituation.', 3.9, 3.9, 4.0],
  ['q:respekt', 'På min arbetsplats behandlas alla med respekt.', 4.1, 3.9, 4.1],
  [
    'q:lika-rattigheter',
    'På min arbetsplats arbetar vi för alla medarbetares lika rättigheter och möjligheter.',
    4.1,
    3.9,
    4.1,
  ],
  ['q:regelbunden-aterkoppling', 'Min chef ger mig regelbunden återkoppling på mitt arbete.', 3.9, 3.8, 3.9],
  ['q:vet-vad-som-forvantas', 'Jag vet vad som förväntas av mig i mitt arbete.', 4.4, 4.4, 4.4],
];
const toIndex = (mean: number) => round1((mean - 1) * 25);

const SURVEYS: SeedSurvey[] = [
  {
    year: 2025,
    results: [
      { kind: 'ami', key: 'ami', label: AMI_LABEL, value: 80 },
      { kind: 'subIndex', key: 'motivation', label: 'Motivation', value: 80 },
      { kind: 'subIndex', key: 'ledarskap', label: 'Ledarskap', value: 79 },
      { kind: 'subIndex', key: 'styrning', label: 'Styrning', value: 82 },
      ...POLICY_AREAS.map(([key, label, , v2025]) => ({ kind: 'policyArea' as const, key, label, value: v2025 })),
    ],
  },
  {
    year: 2026,
    invited: 1001,
    responded: 870,
    results: [
      { kind: 'ami', key: 'ami', label: AMI_LABEL, value: 81, previousValue: 80, cityValue: 81 },
      { kind: 'subIndex', key: 'motivation', label: 'Motivation', value: 81, previousValue: 80, cityValue: 80 },
      { kind: 'subIndex', key: 'ledarskap', label: 'Ledarskap', value: 82, previousValue: 79, cityValue: 80 },
      { kind: 'subIndex', key: 'styrning', label: 'Styrning', value: 82, previousValue: 82, cityValue: 83 },
      ...POLICY_AREAS.map(([key, label, value, previousValue, cityValue]) => ({
        kind: 'policyArea' as const,
        key,
        label,
        value,
        previousValue,
        cityValue,
      })),
      ...QUESTIONS.map(([key, label, m2026, m2025, org]) => ({
        kind: 'question' as const,
        key,
        label,
        value: toIndex(m2026),
        previousValue: toIndex(m2025),
        cityValue: toIndex(org),
      })),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Plan 2027–2029 (slides, bilaga 1 to the minutes)

const SYFTE = 'Syfte';
const HUR = 'Hur';
const OMVARLD = 'Vad - Omvärldsbevakning';
const AVDELNINGSSPECIFIKT = 'Vad - Avdelningsspecifikt (nyckelord)';
const INRIKTNING = 'Vad - Strategisk inriktning, aktiviteter VP';

const SECTIONS: SeedSection[] = [
  {
    title: SYFTE,
    body: `• Långsiktigt perspektiv, 2027-2029
• Bilaga till "fleråringen"
• Strategiskt och översiktligt`,
  },
  {
    title: HUR,
    body: `• Analys av nuläge och framåt (personalomsättning, lönestatistik, omvärldsbevakning)
• Utgått från SKR:s 9 strategier, fokus på 6 av 9
• Dialog på avdelning/område/enheter med verksamhetscontroller
• Aktiviteter i Verksamhetsplanen`,
  },
  {
    title: OMVARLD,
    body: `• Ny lagstiftning - framförallt den nya socialtjänstlagen
• Demografiska utmaningar - äldre ökar, barnantal minskar
• Digitalisering - för äldre och yngre samt medarbetare vad gäller dokumentation mm
• Specialistkompetens - psykisk ohälsa, kriminalitet (barn & unga, funktionsnedsättning, äldre)
• Hållbarhetsarbete - miljö- och hållbarhetsmål, förskolans arbete med kockar
• Välfärdsbrott
• Informationssäkerhet`,
  },
  {
    title: AVDELNINGSSPECIFIKT,
    body: `IoF - förebyggande, rättssäker handläggning, systematisk uppföljning, introduktion, mentorskap, omsätta lagens intentioner i praktiken

Förskola - didaktik, språkutvecklande arbetssätt, lekkompetens, och hållbar omställning i köken

SoS - språkkunskaper och digitala verktyg, rekrytera outbildad personal som efter anställningen erbjuds utbildningar som vårdbiträde eller undersköterska

MSA - individuell kompetensutveckling och specialistkompetens, nya SoL`,
  },
  {
    title: INRIKTNING,
    body: `• Friskfaktorer
• Arbete mer och längre - Heltid som norm
• Utveckling och omställning - utbildningar, Skärholmsakademin
• Rekrytera och attrahera - utbildning usk, kvalitetssäkra process, studenter, insatser
• Stärka chefers förutsättning att leda - chefers arbetsmiljö, medarbetarskapet
• Kompetens på rätt sätt - samarbete mellan verksamheter, nya arbetssätt`,
  },
];

const ACTIVITIES: SeedActivity[] = [
  {
    goal: 'Friska arbetsplatser där medarbetare mår bra och vill stanna',
    title: 'Arbeta med friskfaktorer i verksamheterna',
    phases: ['BEHALLA'],
    strategies: [S.friskfaktorer],
    dueDate: '2027-12-31',
    owner: 'Respektive chef',
    status: 'NOT_STARTED',
    followUps: [],
  },
  {
    goal: 'Heltid som norm',
    title: 'Arbete mer och längre – heltid som norm vid nyrekrytering och för deltidsanställda som vill gå upp i tid',
    phases: ['BEHALLA', 'ATTRAHERA'],
    strategies: [S.merOchLangre],
    dueDate: '2027-12-31',
    owner: 'Respektive chef med stöd av HR',
    status: 'NOT_STARTED',
    followUps: [],
  },
  {
    goal: 'Utveckling och omställning',
    title: 'Utbildningar inom Skärholmsakademin',
    phases: ['UTVECKLA'],
    strategies: [S.utveckling],
    dueDate: '2027-12-31',
    owner: 'HR, administration och nämnd',
    status: 'NOT_STARTED',
    followUps: [],
  },
  {
    goal: 'Rekrytera och attrahera – fler utbildade undersköterskor',
    title:
      'Rekrytera outbildad personal som efter anställningen erbjuds utbildning till vårdbiträde eller undersköterska',
    phases: ['REKRYTERA', 'UTVECKLA'],
    strategies: [S.rekrytera, S.utveckling],
    department: SOS,
    dueDate: '2028-12-31',
    owner: 'Avdelningschef SoS',
    status: 'NOT_STARTED',
    followUps: [],
  },
  {
    goal: 'Rekrytera och attrahera',
    title: 'Kvalitetssäkra rekryteringsprocessen och ta emot studenter',
    phases: ['REKRYTERA', 'ATTRAHERA'],
    strategies: [S.rekrytera],
    dueDate: '2027-12-31',
    owner: 'HR, administration och nämnd',
    status: 'NOT_STARTED',
    followUps: [],
  },
  {
    goal: 'Stärka chefers förutsättning att leda',
    title: 'Kartlägga chefers arbetsmiljö och stärka medarbetarskapet med material för APT',
    phases: ['BEHALLA', 'UTVECKLA'],
    strategies: [S.chefer],
    dueDate: '2027-12-31',
    owner: 'HR, administration och nämnd',
    status: 'IN_PROGRESS',
    followUps: [],
  },
  {
    goal: 'Kompetens på rätt sätt',
    title: 'Samarbete mellan verksamheter och nya arbetssätt',
    phases: ['UTVECKLA'],
    strategies: [S.kompetens],
    dueDate: '2027-12-31',
    owner: 'Ledningsgruppen',
    status: 'NOT_STARTED',
    followUps: [],
  },
  {
    goal: 'Omsätta lagens intentioner i praktiken: förebyggande arbete, rättssäker handläggning och systematisk uppföljning',
    title: 'Introduktion och mentorskap för nyanställda inom Individ, familj och fritid',
    phases: ['INTRODUCERA'],
    strategies: [S.utveckling],
    department: IFF,
    dueDate: '2027-12-31',
    owner: 'Avdelningschef för Individ, familj och fritid',
    status: 'NOT_STARTED',
    followUps: [],
  },
  {
    goal: 'Didaktik, språkutvecklande arbetssätt och lekkompetens i förskolan',
    title: 'Kompetensutveckling i didaktik, språkutvecklande arbetssätt och lekkompetens',
    phases: ['UTVECKLA'],
    strategies: [S.utveckling],
    department: FORSKOLA,
    dueDate: '2027-12-31',
    owner: 'Avdelningschef för Förskola',
    status: 'NOT_STARTED',
    followUps: [],
  },
  {
    goal: 'Hållbar omställning i köken',
    title: 'Kompetensutveckling för förskolans kockar inom miljö- och hållbarhetsmålen',
    phases: ['UTVECKLA'],
    strategies: [S.kompetens],
    department: FORSKOLA,
    dueDate: '2028-12-31',
    owner: 'Avdelningschef för Förskola',
    status: 'NOT_STARTED',
    followUps: [],
  },
  {
    goal: 'Individuell kompetensutveckling och specialistkompetens inför nya SoL',
    title: 'Individuella utvecklingsplaner och specialistutbildningar inför nya socialtjänstlagen',
    phases: ['UTVECKLA'],
    strategies: [S.utveckling],
    department: MSA,
    dueDate: '2027-12-31',
    owner: 'Avdelningschef MSA',
    status: 'NOT_STARTED',
    followUps: [],
  },
];

const GAPS: SeedGap[] = [
  { area: 'Lagar och avtal', description: 'Ny lagstiftning - framförallt den nya socialtjänstlagen' },
  {
    area: 'Specialistkompetens',
    description: 'Psykisk ohälsa, kriminalitet (barn & unga, funktionsnedsättning, äldre)',
  },
  {
    area: 'Teknik, IT-system och digitalisering',
    description: 'Digitalisering - för äldre och yngre samt medarbetare vad gäller dokumentation mm',
  },
  { area: 'Säkerhet och riskhantering', description: 'Informationssäkerhet' },
  { area: 'Säkerhet och riskhantering', description: 'Välfärdsbrott' },
  { area: 'Språk och kommunikation', description: 'Språkkunskaper och digitala verktyg', department: SOS },
  { area: 'Pedagogik', description: 'Didaktik, språkutvecklande arbetssätt och lekkompetens', department: FORSKOLA },
];

const RISKS: SeedRisk[] = [
  {
    title: 'Hög personalomsättning bland bidragshandläggare och socialsekreterare',
    description:
      'Personalomsättningen på förvaltningsnivå är 6 % samtidigt som den för bidragshandläggarna är 32 % och för socialsekreterarna 33 %.',
    likelihood: 4,
    consequence: 3,
    mitigation:
      'Förvaltningen har flera aktiviteter i verksamhetsplanen som syftar till att förbättra arbetsmiljön, bland annat kring att stärka ledarskapet, medarbetarskapet och friskfaktorer.',
    gapDescriptions: ['Ny lagstiftning - framförallt den nya socialtjänstlagen'],
  },
  {
    title: 'Statsbidrag för nya socialtjänstlagen efter 2028',
    description:
      'Implementeringen av nya socialtjänstlagen har inneburit extra statsbidrag men som just nu inte kommer att förlängas efter 2028. Implementeringen innebär att flera nya tjänster och enheter har tillkommit.',
    likelihood: 3,
    consequence: 3,
    mitigation:
      'Förvaltningen följer utvecklingen av omställningen och vad den har för påverkan på behoven, samt hur finansieringen kommer att se ut framöver.',
    gapDescriptions: ['Ny lagstiftning - framförallt den nya socialtjänstlagen'],
  },
  {
    title: 'Demografiska utmaningar',
    description: 'Demografiska utmaningar - äldre ökar, barnantal minskar.',
    likelihood: 3,
    consequence: 2,
    mitigation: 'Samarbete mellan verksamheter och nya arbetssätt (kompetens på rätt sätt).',
  },
];

/** Item 5.2.1 of the minutes: every union question on the plan and the employer's answer. */
const REVIEW_QUESTIONS: SeedReviewQuestion[] = [
  {
    union: 'Akademikerförbundet SSR',
    section: HUR,
    question:
      'Akademikerförbundet SSR undrar var förvaltningen hämtar sifforna för personalomsättningen. Personalomsättningen på förvaltningsnivå är 6% samtidigt som siffrorna för bidragshandläggarna är 32% för och för socialsekreterarna 33%. Hur arbetar förvaltningen med att få ner personalomsättningen?',
    answer:
      'Arbetsgivaren svarar att statistiken kommer ifrån vårt statistikverktyg beslutstöd. Vi har många grupper där vi har en väldigt låg personalomsättning vilket leder till det totala utfallet på 6 procent. Förvaltningen har flera aktiviteter i verksamhetsplanen som syftar till att förbättra arbetsmiljön, bland annat kring att stärka ledarskapet, medarbetarskapet och friskfaktorer.',
  },
  {
    union: 'Akademikerförbundet SSR',
    section: AVDELNINGSSPECIFIKT,
    question:
      'Akademikerförbundet SSR påpekar att det inte finns något avsnitt kring Avdelningarna Hr, administration och nämnd, samt Ekonomi, upphandling och lokal i kompetensförsörjningsplanen.',
    answer:
      'Arbetsgivaren svarar att dessa inkluderas i delarna som gäller hela förvaltningen, avdelningarna har stödjande övergripande uppdrag och rymmer många specialistkompetenser.',
  },
  {
    union: 'Akademikerförbundet SSR',
    section: INRIKTNING,
    question: 'Akademikerförbundet SSR undrar hur förvaltningen arbetar vidare med medarbetarskapet.',
    answer:
      'Arbetsgivaren svarar att det nyligen gått ut med information till chefer kring material för APT samt att det finns information till medarbetarna på intranätet.',
  },
  {
    union: 'Akademikerförbundet SSR',
    section: AVDELNINGSSPECIFIKT,
    question:
      'Akademikerförbundet SSR undrar vad meningen "Sammantaget krävs en förstärkt organisatorisk förmåga i sin helhet att omsätta lagens intentioner i praktiken på ett hållbart och kvalitativt sätt." som finns under punkt 2.4.1 i kompetensplanen. Vad betyder förstärkt organisatorisk förmåga i sin helhet och vad betyder hållbart och kvalitativt sätt?',
    answer:
      'Arbetsgivaren svarar att det bland annat innebär att vi behöver organisera oss mer kring systematiskt kvalitetsarbete.',
  },
];

export const skarholmen: SeedOrganization = {
  slug: 'skarholmen',
  seedDocument: '004',
  name: 'Skärholmens stadsdelsförvaltning',
  boardName: 'Skärholmens stadsdelsnämnd',
  turnoverDefinition:
    'Statistiken kommer från stadens statistikverktyg beslutstöd: tillsvidareanställda som slutat till annan arbetsgivare eller annan förvaltning under året, i förhållande till antalet tillsvidareanställda.',
  departments: DEPARTMENTS,
  occupations: [...OCCUPATIONS],
  boardGoals: [],
  goals: [
    { measure: 'fullTimeShare', year: 2025, value: 90, decimals: 0 },
    { measure: 'fullTimeShare', year: 2026, value: 90, decimals: 0 },
    { measure: 'spanOfControl', year: 2025, value: 30, decimals: 0 },
    { measure: 'spanOfControl', year: 2026, value: 30, decimals: 0 },
  ],
  statistics: STATISTICS,
  surveys: SURVEYS,
  plans: [
    {
      startYear: 2027,
      title: 'Kompetensförsörjningsplan 2027–2029',
      status: 'IN_REVIEW',
      focusStrategies: [S.friskfaktorer, S.merOchLangre, S.utveckling, S.rekrytera, S.chefer, S.kompetens],
      sections: SECTIONS,
      activities: ACTIVITIES,
      gaps: GAPS,
      risks: RISKS,
      // Seed 004: the förvaltningsgrupp's item 5.2.1 under "5.2 Information från ledningsgruppen", with the
      // justerare chosen under item 3 (one per union; SACO/Akavia's is listed as Akavia).
      reviewMeeting: {
        date: '2026-04-14',
        forum: 'Förvaltningsgrupp',
        itemNumber: '5.2.1',
        title: 'Kompetensförsörjningsplanen',
        type: 'INFORMATION',
        unions: ['Akademikerförbundet SSR', 'Kommunal', 'Vision', 'Sveriges Lärare', 'Sveriges Skolledare', 'Akavia'],
        adjusters: [
          'Carin Trygg Monvall (Akademikerförbundet SSR)',
          'Irene Holm (Kommunal)',
          'Torbjörn Andersson (Vision)',
          'Malin Danhard (Sveriges Lärare)',
          'Tina Lyckeman (Skolledarna)',
          'Asma Angy Jundi (Akavia)',
        ],
        questions: REVIEW_QUESTIONS,
      },
    },
  ],
};

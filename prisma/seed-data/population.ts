/**
 * Demo befolkningsprognoser — GENERATED (no figure is quoted from a seed document), deterministic. Seed 001 says the
 * number of elderly in Norra innerstaden is expected to grow while the number of children falls; seed 000 shows
 * the forecast for Östermalm in the age groups 1–5, 65–79 and 80+ beside the city's average; Norra innerstaden has
 * "drygt 155 000" residents (Mitt i, 2023). The levels below are plausible for that size, not Stockholm's figures.
 *
 * - "prognos 2023" was made before 2023-07-01 and so is per Norrmalm and Östermalm (the old stadsdelsområden);
 *   "prognos 2024" and "prognos 2025" are per Norra innerstaden. The page compares each with the one before it,
 *   the 2024 one across the merger.
 * - Each later vintage sees a little more growth among the elderly and a little less among children.
 * - Staffing ratios from the 2025 headcount (prisma/seed-data/norra-innerstaden.ts: 525 undersköterskor, 274
 *   vårdbiträden, 442 förskollärare, 591 barnskötare) over the 2025 residents; förskollärare rise from 6,5 to 7 per
 *   100 children from 2028, as the plan wants more legitimerade förskollärare (seed 001).
 */
export type SeedPopulationForecast = {
  vintageYear: number;
  fileName: string;
  rows: { district: string; ageGroup: string; year: number; population: number }[];
};

export type SeedPopulation = {
  slug: string;
  /** District ids (the migration's reference data) the förvaltning serves. */
  districts: string[];
  forecasts: SeedPopulationForecast[];
  ratios: { occupation: string; ageGroup: string; staff: number; perResidents: number; validFrom: number }[];
};

type Trend = { ageGroup: string; level: number; growth: number };

/** Residents of Norra innerstaden in the vintage's first year, and the yearly growth it forecasts. */
const TRENDS: Record<number, Trend[]> = {
  2023: [
    { ageGroup: '1-5', level: 7050, growth: -0.015 },
    { ageGroup: '6-15', level: 13800, growth: -0.008 },
    { ageGroup: '65-79', level: 20100, growth: 0.008 },
    { ageGroup: '80+', level: 7800, growth: 0.03 },
  ],
  2024: [
    { ageGroup: '1-5', level: 6930, growth: -0.018 },
    { ageGroup: '6-15', level: 13680, growth: -0.01 },
    { ageGroup: '65-79', level: 20250, growth: 0.009 },
    { ageGroup: '80+', level: 8080, growth: 0.033 },
  ],
  2025: [
    { ageGroup: '1-5', level: 6800, growth: -0.02 },
    { ageGroup: '6-15', level: 13540, growth: -0.011 },
    { ageGroup: '65-79', level: 20430, growth: 0.01 },
    { ageGroup: '80+', level: 8400, growth: 0.035 },
  ],
};

/** Norrmalm's share of Norra innerstaden per age group, for the vintage made before the merger. */
const NORRMALM_SHARE: Record<string, number> = { '1-5': 0.47, '6-15': 0.46, '65-79': 0.49, '80+': 0.47 };
const YEARS = 10;

function forecast(vintageYear: number): SeedPopulationForecast {
  const rows: SeedPopulationForecast['rows'] = [];
  for (const { ageGroup, level, growth } of TRENDS[vintageYear] ?? []) {
    for (let i = 0; i < YEARS; i += 1) {
      const year = vintageYear + i;
      const population = Math.round(level * (1 + growth) ** i);
      if (vintageYear < 2024) {
        const norrmalm = Math.round(population * NORRMALM_SHARE[ageGroup]!);
        rows.push({ district: 'stockholm-norrmalm', ageGroup, year, population: norrmalm });
        rows.push({ district: 'stockholm-ostermalm', ageGroup, year, population: population - norrmalm });
      } else rows.push({ district: 'stockholm-norra-innerstaden', ageGroup, year, population });
    }
  }
  return { vintageYear, fileName: `befolkningsprognos-${vintageYear}.xlsx`, rows };
}

export const SEED_POPULATION: SeedPopulation[] = [
  {
    slug: 'norra-innerstaden',
    districts: ['stockholm-norra-innerstaden'],
    forecasts: [2023, 2024, 2025].map(forecast),
    ratios: [
      { occupation: 'undersköterska', ageGroup: '80+', staff: 6.2, perResidents: 100, validFrom: 2024 },
      { occupation: 'vårdbiträde', ageGroup: '80+', staff: 3.2, perResidents: 100, validFrom: 2024 },
      { occupation: 'förskollärare', ageGroup: '1-5', staff: 6.5, perResidents: 100, validFrom: 2024 },
      { occupation: 'förskollärare', ageGroup: '1-5', staff: 7, perResidents: 100, validFrom: 2028 },
      { occupation: 'barnskötare', ageGroup: '1-5', staff: 8.7, perResidents: 100, validFrom: 2024 },
    ],
  },
  { slug: 'skarholmen', districts: ['stockholm-skarholmen'], forecasts: [], ratios: [] },
];

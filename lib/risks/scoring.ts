/**
 * Risk assessment as the plans write it (seed 003 "Riskbedömning", seed 001): likelihood × consequence on two
 * four-step scales, the product as the score the list is sorted by, and the 4 × 4 heat map. Pure.
 */

export const SCALE = [1, 2, 3, 4] as const;
export type ScaleStep = (typeof SCALE)[number];

export const LIKELIHOOD_LABELS: Record<ScaleStep, string> = {
  1: 'Osannolik',
  2: 'Möjlig',
  3: 'Sannolik',
  4: 'Mycket sannolik',
};

export const CONSEQUENCE_LABELS: Record<ScaleStep, string> = {
  1: 'Lindrig',
  2: 'Kännbar',
  3: 'Allvarlig',
  4: 'Mycket allvarlig',
};

export type RiskLevel = 'LOW' | 'MEDIUM' | 'HIGH' | 'VERY_HIGH';

export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = {
  LOW: 'Låg',
  MEDIUM: 'Medel',
  HIGH: 'Hög',
  VERY_HIGH: 'Mycket hög',
};

export const riskScore = (r: { likelihood: number; consequence: number }) => r.likelihood * r.consequence;

/** Score bands: 1–3 low, 4–6 medium, 8–9 high, 12–16 very high (the products 7, 10, 11 cannot occur). */
export function riskLevel(score: number): RiskLevel {
  if (score >= 12) return 'VERY_HIGH';
  if (score >= 8) return 'HIGH';
  if (score >= 4) return 'MEDIUM';
  return 'LOW';
}

type Scored = { likelihood: number; consequence: number; title: string; sortOrder?: number };

/** Highest score first; at the same score the graver consequence first, then HR's order, then by title. */
export function sortByScore<T extends Scored>(risks: readonly T[]): T[] {
  return [...risks].sort(
    (a, b) =>
      riskScore(b) - riskScore(a) ||
      b.consequence - a.consequence ||
      (a.sortOrder ?? 0) - (b.sortOrder ?? 0) ||
      a.title.localeCompare(b.title, 'sv'),
  );
}

export type HeatMapCell<T> = {
  likelihood: ScaleStep;
  consequence: ScaleStep;
  score: number;
  level: RiskLevel;
  risks: T[];
};

/**
 * The 4 × 4 matrix as rows of cells: likelihood from 4 (top) down to 1, consequence from 1 to 4 left to right,
 * each cell with the risks placed in it, in the order given (the list's order, so the numbers read in sequence).
 */
export function heatMap<T extends { likelihood: number; consequence: number }>(
  risks: readonly T[],
): HeatMapCell<T>[][] {
  return [...SCALE].reverse().map((likelihood) =>
    SCALE.map((consequence) => {
      const score = likelihood * consequence;
      return {
        likelihood,
        consequence,
        score,
        level: riskLevel(score),
        risks: risks.filter((r) => r.likelihood === likelihood && r.consequence === consequence),
      };
    }),
  );
}

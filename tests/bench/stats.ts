/** Small helpers for the benchmark scripts (not a test: no thresholds). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}

/** Which databases to run on: PGlite always, PostgreSQL when TEST_POSTGRES_URL points at a server. */
export function benchDatabases(): ('pglite' | 'postgres')[] {
  return process.env.TEST_POSTGRES_URL ? ['pglite', 'postgres'] : ['pglite'];
}

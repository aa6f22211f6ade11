/**
 * The load generator and Lighthouse are needed by the benchmarks only: 163 of the 811 packages a full install
 * held, kept out of `npm ci` so that every fresh machine and CI run installs less. `npm run bench:setup`
 * installs them at the versions measured with (without touching package.json or the lockfile).
 */
export const BENCH_PACKAGES = ['autocannon@9.0.0', 'lighthouse@12.2.3'];

export async function benchPackage<T>(name: 'autocannon' | 'lighthouse' | 'chrome-launcher'): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch {
    throw new Error(`${name} saknas: kör \`npm run bench:setup\` först (${BENCH_PACKAGES.join(', ')}).`);
  }
}

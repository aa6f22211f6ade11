// `npm run audit` (CI: .ci/run): known vulnerabilities in what the server runs (`--omit=dev`: test and build tools
// never reach production). A high or critical advisory fails. Where the registry has no audit endpoint (a mirror
// that answers only GET, as on the machines this project is built on: 405) nothing can be checked: that is said
// loudly and does not fail, since it says nothing about the dependencies.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`npm audit gave no report (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const reason = report.message ?? report.error?.summary ?? 'okänt fel';
  console.warn(`npm audit: NOT CHECKED — the registry's audit endpoint did not answer (${reason}).`);
  process.exit(0);
}

const serious = Object.values(report.vulnerabilities ?? {}).filter((v) => ['high', 'critical'].includes(v.severity));
console.log(
  `npm audit --omit=dev: ${Object.entries(counts)
    .map(([level, n]) => `${level} ${n}`)
    .join(', ')}`,
);
for (const v of serious)
  console.error(`  ${v.severity}: ${v.name} ${v.range} (fix: ${JSON.stringify(v.fixAvailable)})`);
process.exit(serious.length > 0 ? 1 : 0);

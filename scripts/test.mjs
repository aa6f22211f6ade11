// `npm test`: every test, in the order that fails fastest, with the production build for the browser tests made
// beside the static checks. Prettier and tsc leave a core idle for most of the half minute they take, and the
// build needs no type check of its own (tsc is running): measured on a clean clone, the two side by side cost
// less than either after the other. Then the unit and integration tests, their PostgreSQL pass, and the browser
// tests on the build already made. Prints each stage's time at the end (the README's "Where the suite's time
// goes" is made from it).
import { spawn } from 'node:child_process';

const times = [];

function run(label, script, env = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code) => {
      times.push(`${label}: ${Math.round((Date.now() - started) / 1000)} s${code === 0 ? '' : ` (exit ${code})`}`);
      resolve(code === 0);
    });
  });
}

async function main() {
  const [checked, built] = await Promise.all([
    run('Prettier and tsc', 'static'),
    run('production build', 'build', { BUILD_SKIP_TYPECHECK: '1' }),
  ]);
  if (!checked || !built) return false;
  if (!(await run('unit and integration (PGlite)', 'test:vitest'))) return false;
  if (!(await run('integration (PostgreSQL)', 'test:postgres'))) return false;
  return run('browser', 'test:e2e', { E2E_PREBUILT: '1' });
}

const started = Date.now();
const passed = await main();
console.log(
  `\n${times.join('\n')}\nnpm test: ${Math.round((Date.now() - started) / 1000)} s, ${passed ? 'passed' : 'FAILED'}`,
);
process.exit(passed ? 0 : 1);

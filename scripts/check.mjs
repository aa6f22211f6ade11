// The inner loop before a commit (`npm run check`): formatting of the files the change touches, the type check
// and the unit tests side by side, then the integration files and privacy property tests the uncommitted change
// reaches (vitest follows imports from the changed files; a change to a module everything imports reaches most of
// them). The property tests try 300 random organisations each, most of a minute of CPU: only where the change can
// matter to them. The whole suite, browser tests included, is `npm test`.
import { spawn, execFileSync } from 'node:child_process';

const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' })
  .split('\n')
  .filter((line) => line && !line.startsWith(' D') && !line.startsWith('D '))
  .map((line) => line.slice(3).replace(/^.* -> /, ''))
  .filter((file) => /\.(ts|tsx|mjs|js|json|css|md)$/.test(file));

function run(label, command, args) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`${code === 0 ? 'ok  ' : 'FAIL'} ${label} (${seconds} s)`);
      if (code !== 0) console.log(output);
      resolve(code === 0);
    });
  });
}

// A glob for --exclude, a path prefix as a filter.
const PROPERTY_TESTS = 'tests/unit/privacy*.test.ts';
const PROPERTY_PREFIX = 'tests/unit/privacy';

const results = [];
if (changed.length) results.push(await run('prettier', 'npx', ['prettier', '--check', '--ignore-unknown', ...changed]));
results.push(
  ...(await Promise.all([
    run('tsc', 'npx', ['tsc', '--noEmit']),
    run('unit', 'npx', ['vitest', 'run', 'tests/unit', '--exclude', PROPERTY_TESTS]),
  ])),
);
results.push(
  await run('integration and property tests (changed)', 'npx', [
    'vitest',
    'run',
    '--changed',
    '--passWithNoTests',
    'tests/integration',
    PROPERTY_PREFIX,
  ]),
);
process.exit(results.every(Boolean) ? 0 : 1);

// The npm registry reachable from these machines lacks Next's macOS and Windows SWC binaries, so `npm install`
// here leaves them out of package-lock.json and `npm ci` then refuses the lock file. They are optional,
// platform-specific dependencies that only those platforms install: add their entries back after a re-lock.
//   node .ci/add-platform-optionals.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const next = lock.packages['node_modules/next'];
const platforms = {
  '@next/swc-darwin-arm64': { cpu: ['arm64'], os: ['darwin'] },
  '@next/swc-darwin-x64': { cpu: ['x64'], os: ['darwin'] },
  '@next/swc-win32-arm64-msvc': { cpu: ['arm64'], os: ['win32'] },
  '@next/swc-win32-x64-msvc': { cpu: ['x64'], os: ['win32'] },
};
for (const [name, { cpu, os }] of Object.entries(platforms)) {
  const version = next.optionalDependencies[name];
  lock.packages[`node_modules/${name}`] ??= {
    version,
    cpu,
    license: 'MIT',
    optional: true,
    os,
    engines: { node: '>= 10' },
  };
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);

// After `next build`: completes the self-contained server in .next/standalone with the static files it does
// not copy itself (Next.js leaves that to the deployer), so the folder runs and ships as it is.
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const standalone = path.join(root, '.next', 'standalone');
if (!existsSync(path.join(standalone, 'server.js'))) {
  console.error('Hittar inte .next/standalone/server.js: är output: "standalone" borttaget ur next.config.ts?');
  process.exit(1);
}
const target = path.join(standalone, '.next', 'static');
rmSync(target, { recursive: true, force: true });
cpSync(path.join(root, '.next', 'static'), target, { recursive: true });
if (existsSync(path.join(root, 'public')))
  cpSync(path.join(root, 'public'), path.join(standalone, 'public'), { recursive: true });

// Starts the production server built by `npm run build` (.next/standalone/server.js) the way users run it:
// on every network interface (open it by the machine's name or address), with the embedded database's data
// kept in this project's data/ folder. HOST and PORT choose the interface and port.
import { existsSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import nextEnv from '@next/env';
import { installForwardingFilter, trustsProxy } from './forwarded-headers.mjs';

const root = process.cwd();
const server = path.join(root, '.next', 'standalone', 'server.js');
if (!existsSync(server)) {
  console.error('Ingen produktionsversion är byggd. Kör `npm run build` först (eller `npm run demo`).');
  process.exit(1);
}

nextEnv.loadEnvConfig(root, false); // .env, .env.production, .env.local, as `next start` reads them

// server.js changes directory to .next/standalone, which the next build deletes: keep the data here.
process.env.PGLITE_DATA_DIR = path.resolve(root, process.env.PGLITE_DATA_DIR || path.join('data', 'pglite'));
// server.js listens on $HOSTNAME, which shells and containers set to the machine's name: use HOST instead.
process.env.HOSTNAME = process.env.HOST || '0.0.0.0';
process.env.PORT ||= '3000';
process.env.NEXT_TELEMETRY_DISABLED = '1';

if (process.env.HOSTNAME === '0.0.0.0') {
  const addresses = Object.values(os.networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => `http://${a.address}:${process.env.PORT}`);
  const names = [`http://localhost:${process.env.PORT}`, `http://${os.hostname()}:${process.env.PORT}`, ...addresses];
  console.info(`Kompetensplan svarar på ${names.join(', ')}`);
}

installForwardingFilter(http, trustsProxy(process.env));
await import(pathToFileURL(server).href);

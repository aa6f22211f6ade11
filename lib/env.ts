/** Environment, validated once. Everything optional has a default that runs a fresh clone with no set-up. */
import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** postgresql://… for a real server; unset (or "pglite") for the embedded database. */
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|pglite)/, 'DATABASE_URL ska börja med postgresql:// eller pglite')
    .optional(),
  PGLITE_DATA_DIR: z.string().default('data/pglite'),
  /**
   * The embedded database's page cache (PostgreSQL's shared_buffers inside PGlite's WebAssembly memory, which never
   * shrinks). PGlite's default of 128 MB is most of its resident memory; the operating system caches the data folder
   * anyway (issue 10: 32 MB took about 115 MB off the server's RSS).
   */
  PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^\d{1,5}MB$/, 'PGLITE_SHARED_BUFFERS anges i MB, t.ex. 32MB')
    .default('32MB'),
  /** Fill an empty embedded database with the demo data on first start (default: yes for PGlite). */
  DEMO_SEED: z.enum(['true', 'false']).optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.url().optional(),
  /**
   * 1: a reverse proxy in front of the app sets X-Forwarded-For/-Proto/-Host, and they are believed. Unset: they
   * are dropped (a client could set them), and the socket's address counts.
   */
  TRUST_PROXY: z
    .enum(['1', '0', 'true', 'false'], 'TRUST_PROXY ska vara 1 eller 0')
    .optional()
    .transform((value) => value === '1' || value === 'true'),
  /** Microsoft Entra ID (OIDC): all three switch SSO on. */
  AZURE_AD_CLIENT_ID: z.string().optional(),
  AZURE_AD_CLIENT_SECRET: z.string().optional(),
  AZURE_AD_TENANT_ID: z.string().optional(),
  /** smtp://user:pass@host:587 or smtps://…: reminders and notifications are also sent by e-mail. Unset: in-app only. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL ska börja med smtp:// eller smtps://')
    .optional(),
  SMTP_FROM: z.email('SMTP_FROM ska vara en e-postadress').optional(),
  /** Where the accessibility statement tells visitors to report problems. */
  ACCESSIBILITY_CONTACT_EMAIL: z.email('ACCESSIBILITY_CONTACT_EMAIL ska vara en e-postadress').optional(),
  /** The least severe log line written (lib/log/): info (every request), warn (slow ones and failures), error, silent. */
  LOG_LEVEL: z
    .enum(['info', 'warn', 'error', 'silent'], 'LOG_LEVEL ska vara info, warn, error eller silent')
    .default('info'),
  /** Kolada's API (RKA's municipal key figures), v3. Many city networks block outbound traffic: use the file import. */
  KOLADA_URL: z.url('KOLADA_URL ska vara en adress, t.ex. https://api.kolada.se').default('https://api.kolada.se'),
  /** The first retry's wait after 429/5xx, doubled for each next one (tests set it to a few ms). */
  KOLADA_BACKOFF_MS: z.coerce.number().int().min(0).max(60_000).default(500),
});

export type Env = z.infer<typeof schema>;

/** Every variable the app reads through env(): .env.example explains each (tests/unit/env-example.test.ts). */
export const ENV_VARIABLES = Object.keys(schema.shape);

let cached: Env | undefined;

/** Parses an environment; an empty variable means "not set" (shells and CI often export VAR= to clear it). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  return schema.parse(Object.fromEntries(Object.entries(source).filter(([, value]) => value !== '')));
}

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function isEmbeddedDatabase(e: Env = env()): boolean {
  const url = e.DATABASE_URL;
  return !url || url.startsWith('pglite');
}

export function ssoConfigured(e: Env = env()): boolean {
  return Boolean(e.AZURE_AD_CLIENT_ID && e.AZURE_AD_CLIENT_SECRET && e.AZURE_AD_TENANT_ID);
}

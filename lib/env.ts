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
  /**
   * The OpenID issuer, whose discovery document (`/.well-known/openid-configuration`) the sign-in reads and whose
   * `iss` every ID token must carry. Default: Entra ID's v2.0 issuer of the tenant. Tests point it at a loopback
   * provider.
   */
  SSO_ISSUER: z
    .url('SSO_ISSUER ska vara en adress, t.ex. https://login.microsoftonline.com/<tenant>/v2.0')
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  /** The sign-in button's text. */
  SSO_LABEL: z
    .string()
    .trim()
    .min(1, 'SSO_LABEL får inte vara tom')
    .max(80, 'SSO_LABEL får vara högst 80 tecken')
    .default('Logga in med Stockholms stads konto'),
  /** false: no password sign-in (the form is hidden and the action refuses). Only SSO, when it is configured. */
  LOCAL_LOGIN: z
    .enum(['true', 'false'], 'LOCAL_LOGIN ska vara true eller false')
    .default('true')
    .transform((value) => value === 'true'),
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
  /** Scheduled jobs (lib/jobs: reminders, clean-up, Kolada refresh) in this server process; "off" switches them off. */
  JOBS: z.enum(['on', 'off'], 'JOBS ska vara on eller off').default('on'),
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

/** The issuer ID tokens must come from: SSO_ISSUER, or Entra ID's v2.0 issuer of the tenant (its GUID). */
export function ssoIssuer(e: Env = env()): string {
  return e.SSO_ISSUER ?? `https://login.microsoftonline.com/${e.AZURE_AD_TENANT_ID}/v2.0`;
}

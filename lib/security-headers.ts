/**
 * The HTTP security headers, as pure functions so that proxy.ts, next.config.ts and the tests share one
 * definition. Per-request values (the CSP nonce, HSTS behind HTTPS) are set by proxy.ts; the rest are static.
 */

export type CspOptions = {
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval and the dev overlay injects styles. */
  development: boolean;
  /** Over HTTPS: ask the browser to upgrade any stray http:// subresource. */
  https: boolean;
  /** Hosts a sign-in form may post to besides this site (the SSO provider's authorize endpoint). */
  formTargets?: string[];
};

/**
 * Scripts run only with this request's nonce ('strict-dynamic' lets Next's runtime load its chunks); there is
 * no 'unsafe-inline' for scripts and 'unsafe-eval' only in development. Style *elements* need the nonce too;
 * style *attributes* are allowed ('style-src-attr'): React renders `style={…}` props as attributes in the server
 * HTML, and nonces cannot apply to attributes. An attribute
 * cannot hold selectors, so it cannot read the page (the CSS-exfiltration attack needs a style element), and
 * any url() in it is still bound by img-src/font-src to this site.
 */
/**
 * Where the SSO sign-in's redirect goes (form-action covers a form's redirects too): the identity provider's origin,
 * from SSO_ISSUER or Entra ID's default issuer for the tenant (lib/env.ts ssoIssuer); none without SSO.
 */
export function identityProviderOrigins(source: { SSO_ISSUER?: string; AZURE_AD_TENANT_ID?: string }): string[] {
  if (!source.AZURE_AD_TENANT_ID) return [];
  try {
    return [new URL(source.SSO_ISSUER || 'https://login.microsoftonline.com').origin];
  } catch {
    return []; // an invalid SSO_ISSUER stops the server at start (lib/env.ts); nothing to allow meanwhile
  }
}

export function contentSecurityPolicy({ nonce, development, https, formTargets = [] }: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    ['style-src', "'self'", development ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'", ...formTargets],
    ['frame-ancestors', "'none'"],
  ];
  if (https) directives.push(['upgrade-insecure-requests']);
  return directives.map((directive) => directive.join(' ')).join('; ');
}

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/** Headers that never vary by request; next.config.ts sets them on every response, static files included. */
export const STATIC_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' }, // for browsers without CSP frame-ancestors
  { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
];

/** Only over HTTPS: browsers ignore it on plain HTTP and say so as a console error. */
export const HTTPS_ONLY_HEADERS: { key: string; value: string }[] = [
  { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

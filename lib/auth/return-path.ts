/**
 * Where to go after sign-in: only a place on this site. Prefix checks are not enough, because browsers clean an
 * address before they resolve it: "/\t/evil.example" loses its tab and becomes "//evil.example", another host
 * (#6 item 4). So the value is resolved the way a browser does (WHATWG URL) against the app's origin, the origins
 * are compared, and the normalised path is returned: what is checked is exactly what the browser will follow.
 */

/** Any fixed origin works for relative values; pass the real one to also accept absolute addresses on this site. */
const PLACEHOLDER_ORIGIN = 'http://kompetensplan.invalid';

export function safeReturnPath(value: string | undefined | null, appOrigin: string = PLACEHOLDER_ORIGIN): string {
  if (!value) return '/';
  let origin: string;
  let target: URL;
  try {
    origin = new URL(appOrigin).origin;
    target = new URL(value, origin);
  } catch {
    return '/';
  }
  if (target.origin !== origin) return '/';
  const path = `${target.pathname}${target.search}${target.hash}`;
  // "/.//evil.example" resolves on this origin to the path "//evil.example", which as a Location is another host.
  if (!path.startsWith('/') || path.startsWith('//')) return '/';
  return path;
}

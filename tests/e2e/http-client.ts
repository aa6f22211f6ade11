/**
 * The product over plain HTTP, as a browser without JavaScript uses it: pages fetched with a session cookie,
 * server-rendered forms read from the HTML and posted back as multipart. For specs that need no browser page
 * (two-instances.spec.ts): a fetch costs a fraction of a page load.
 */
import { expect } from '@playwright/test';
import { PASSWORD } from './fixtures';

/** A signed-in user's cookie header (`next-auth.session-token=…`), empty when signed out. */
export type Session = { cookie: string };

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', '#x27': "'", '#39': "'" };
const unescape = (text: string) => text.replace(/&(quot|amp|lt|gt|#x27|#39);/g, (_, name: string) => ENTITIES[name]!);
const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/**
 * The fields the first form on the page holding `marker` (a button's text, an input's value) would post: hidden
 * and text inputs, checked boxes, each select's chosen option (or its first), textareas. React renders forms
 * without nesting, so a regular expression over the server's HTML finds them.
 */
export function formFields(html: string, marker: string): [string, string][] {
  const form = [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes(marker));
  expect(form, `a form with "${marker}"`).toBeDefined();
  const fields: [string, string][] = [];
  for (const [tag] of form!.matchAll(/<input\b[^>]*>/g)) {
    const name = attribute(tag, 'name');
    const type = attribute(tag, 'type') ?? 'text';
    if (!name || (['checkbox', 'radio'].includes(type) && !/\schecked=""/.test(tag))) continue;
    fields.push([unescape(name), unescape(attribute(tag, 'value') ?? '')]);
  }
  for (const [, open, options] of form!.matchAll(/(<select\b[^>]*>)([\s\S]*?)<\/select>/g)) {
    const all = [...options!.matchAll(/<option\b[^>]*>/g)].map((m) => m[0]);
    const chosen = all.find((o) => /\sselected=""/.test(o)) ?? all[0];
    if (chosen) fields.push([unescape(attribute(open!, 'name')!), unescape(attribute(chosen, 'value') ?? '')]);
  }
  for (const [, open, text] of form!.matchAll(/(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>/g))
    fields.push([unescape(attribute(open!, 'name')!), unescape(text!)]);
  expect(
    fields.some(([name]) => name.startsWith('$ACTION_')),
    'the form carries its server action',
  ).toBe(true);
  return fields;
}

/** A GET as the session's browser; redirects are not followed (a sign-out answers with one). */
export function get(origin: string, path: string, session?: Session): Promise<Response> {
  return fetch(`${origin}${path}`, { headers: session ? { cookie: session.cookie } : {}, redirect: 'manual' });
}

export async function html(origin: string, path: string, session?: Session): Promise<string> {
  const response = await get(origin, path, session);
  expect(response.status, `GET ${path}`).toBe(200);
  return response.text();
}

/**
 * Posts a form read from `path`'s page back to it, with `change` applied, as a browser on that origin does. The
 * page may come from another instance (`renderedBy`): behind a load balancer the post need not reach the server
 * that rendered the form.
 */
export async function postForm(
  origin: string,
  path: string,
  session: Session | undefined,
  marker: string,
  change: Record<string, string | string[]> = {},
  renderedBy: string = origin,
): Promise<Response> {
  const body = new FormData();
  for (const [name, value] of formFields(await html(renderedBy, path, session), marker))
    if (!(name in change)) body.append(name, value);
  for (const [name, value] of Object.entries(change))
    for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
  return fetch(`${origin}${path}`, {
    method: 'POST',
    body,
    headers: { origin, ...(session ? { cookie: session.cookie } : {}) },
    redirect: 'manual',
  });
}

const sessionCookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .filter((c) => c.startsWith('next-auth.session-token='))
    .join('; ');

/** Signs in through the password form's server action. */
export async function signIn(origin: string, email: string, renderedBy: string = origin): Promise<Session> {
  const change = { email, password: PASSWORD };
  const response = await postForm(origin, '/logga-in', undefined, 'name="password"', change, renderedBy);
  expect(response.status, `sign-in of ${email}`).toBe(303);
  const cookie = sessionCookieOf(response);
  expect(cookie, 'the session cookie').not.toBe('');
  return { cookie };
}

/** Signs out as the "Logga ut" button does: next-auth's CSRF token, then its sign-out endpoint. */
export async function signOut(origin: string, session: Session): Promise<void> {
  const csrf = await get(origin, '/api/auth/csrf', session);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const response = await fetch(`${origin}/api/auth/signout`, {
    method: 'POST',
    body: new URLSearchParams({ csrfToken, callbackUrl: '/logga-in', json: 'true' }),
    headers: { origin, cookie: [session.cookie, ...csrfCookie].join('; ') },
    redirect: 'manual',
  });
  expect(response.status, 'sign-out').toBeLessThan(400);
}

/** Whether the session still opens a signed-in page (a session that ended is sent to the sign-in page). */
export async function signedIn(origin: string, path: string, session: Session): Promise<boolean> {
  const response = await get(origin, path, session);
  const location = response.headers.get('location') ?? '';
  if (response.status === 200) return true;
  expect(location, `GET ${path}: ${response.status}`).toContain('/logga-in');
  return false;
}

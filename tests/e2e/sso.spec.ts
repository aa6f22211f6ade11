import type { Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, screenshot, signIn, test } from './fixtures';
import { type OidcAccount, startOidcProvider } from './oidc-provider';
import { WORKERS, serverURL } from './servers';

const origins = Array.from({ length: WORKERS }, (_, i) => serverURL(i));

/**
 * Single sign-on end to end (issue 22): the browser signs in at a real OpenID provider on loopback, the mapping
 * made at /system/rollkoppling gives the role, and removing the app role at the provider removes the access at
 * the next sign-in; a forged state and another tenant's issuer are refused. The same rules at the level of the
 * sign-in's logic: tests/integration/sso.test.ts.
 */
test.describe.configure({ mode: 'serial' });

let provider: Awaited<ReturnType<typeof startOidcProvider>>;
test.beforeAll(async () => {
  provider = await startOidcProvider(origins);
});
test.afterAll(async () => {
  await provider?.close();
});

const CLAIM = `Kompetensplan.HR.${Date.now()}`; // a server reused between runs keeps earlier mappings
const person: OidcAccount = {
  oid: `oid-${Date.now()}`,
  email: `sso-${Date.now()}@stockholm.test`,
  name: 'Sigrid Sso',
  roles: [CLAIM],
};

/** The sign-in button, then the provider's development sign-in page (any user name) and its consent page. */
async function signInWithSso(page: Page) {
  await page.goto('/logga-in');
  await page.getByRole('button', { name: 'Logga in med Stockholms stads konto' }).click();
  await page.waitForURL((url) => url.origin === provider.origin || url.pathname !== '/logga-in');
  if (new URL(page.url()).origin !== provider.origin) return;
  const login = page.locator('input[name=login]');
  if (await login.isVisible()) {
    await login.fill(person.oid);
    await page.locator('input[name=password]').fill('valfritt');
    await page.locator('button[type=submit]').click();
  }
  const consent = page.getByRole('button', { name: 'Continue' });
  await page.waitForURL((url) => url.origin !== provider.origin || url.pathname.includes('/interaction/'));
  if (new URL(page.url()).origin === provider.origin && (await consent.isVisible())) await consent.click();
  await page.waitForURL((url) => url.origin !== provider.origin);
}

test('SSO: Rollkoppling gives the mapped role, a role removed at the provider is gone, a forged state and another issuer are refused', async ({
  page,
  browser,
}) => {
  // The system administrator maps the app role to HR in Socialförvaltningen.
  await signIn(page, ACCOUNTS.admin);
  await page.goto('/system/rollkoppling');
  await expect(page.getByRole('heading', { level: 1, name: 'Rollkoppling' })).toBeVisible();
  const social = page.getByRole('region', { name: 'Socialförvaltningen' });
  await social.getByText('Lägg till rollkoppling i Socialförvaltningen').click();
  await social.getByLabel('Värde i rollanspråket').fill(CLAIM);
  await social.getByLabel('Roll', { exact: true }).selectOption({ label: 'HR-konsult' });
  await social.getByRole('button', { name: 'Lägg till rollkoppling', exact: true }).click();
  await expect(social.getByRole('cell', { name: CLAIM, exact: true })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'rollkoppling');

  // A new person signs in with the city account: created on the spot, with exactly the mapped role.
  provider.setAccount(person);
  const context = await browser.newContext();
  const sso = await context.newPage();
  await sso.goto('/logga-in');
  await expectAccessible(sso);
  await screenshot(sso, 'logga-in-sso');
  await signInWithSso(sso);
  await sso.goto('/socialforvaltningen');
  await expect(sso.getByRole('heading', { level: 1, name: 'Socialförvaltningen' })).toBeVisible();
  await expect(sso.getByText('Sigrid Sso')).toBeVisible();
  expect((await sso.goto('/system/rollkoppling'))?.status()).toBe(403);

  // The app role is taken away in the directory: at the next sign-in the access is gone, with a clear page.
  await sso.goto('/socialforvaltningen');
  await sso.getByRole('button', { name: 'Logga ut' }).click();
  await sso.waitForURL(/\/logga-in/);
  provider.setAccount({ ...person, roles: [] });
  await signInWithSso(sso);
  await expect(sso).toHaveURL(/\/logga-in\/ingen-behorighet$/);
  await expect(sso.getByRole('heading', { level: 1 })).toHaveText('Du har ingen behörighet i Kompetensplan');
  await expectAccessible(sso);
  await screenshot(sso, 'sso-ingen-behorighet');
  expect((await sso.request.get('/api/auth/session').then((r) => r.json()))?.user).toBeUndefined();

  // A sign-in asks for state, nonce and PKCE; a callback whose state does not match the browser's is refused.
  const { csrfToken } = await (await sso.request.get('/api/auth/csrf')).json();
  const started = await sso.request.post('/api/auth/signin/azure-ad', {
    form: { csrfToken, callbackUrl: '/', json: 'true' },
  });
  const authorize = new URL((await started.json()).url);
  expect(authorize.origin).toBe(provider.origin);
  for (const param of ['state', 'nonce', 'code_challenge']) expect(authorize.searchParams.get(param)).toBeTruthy();
  await sso.goto(`/api/auth/callback/azure-ad?code=forfalskad&state=${authorize.searchParams.get('state')}x`);
  await expect(sso).toHaveURL(/\/logga-in\?.*error=OAuthCallback/);
  await expect(sso.locator('.alert[role=alert]')).toHaveText(
    'Inloggningen med stadens konto gick inte att slutföra. Försök igen.',
  );
  expect((await sso.request.get('/api/auth/session').then((r) => r.json()))?.user).toBeUndefined();

  // Another tenant's provider answers at the configured address: its tokens, though valid and with the mapped
  // role, name another issuer and are refused.
  await provider.close();
  provider = await startOidcProvider(origins, 'https://login.microsoftonline.com/annan-tenant/v2.0');
  provider.setAccount(person);
  await signInWithSso(sso);
  // openid-client trusts the discovery document's issuer; the sign-in's own issuer check (lib/auth/sso.ts) refuses.
  await expect(sso).toHaveURL(/\/logga-in\?.*error=AccessDenied/);
  await expect(sso.locator('.alert[role=alert]')).toHaveText(
    'Ditt konto kan inte logga in i Kompetensplan. Kontakta administratören.',
  );
  expect((await sso.request.get('/api/auth/session').then((r) => r.json()))?.user).toBeUndefined();
  await context.close();
});

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LoginForm } from '@/components/login-form';

const render = (props: { sso: { label: string } | null; localLogin: boolean }) =>
  renderToStaticMarkup(createElement(LoginForm, { ...props, ssoRefused: false, ssoFailed: false, returnTo: '/' }));

describe('the sign-in form', () => {
  it('shows the SSO button with the configured label, and hides the password form when LOCAL_LOGIN=false', () => {
    const both = render({ sso: { label: 'Logga in med Stockholms stads konto' }, localLogin: true });
    expect(both).toContain('name="password"');
    expect(both).toContain('Logga in med Stockholms stads konto');
    const ssoOnly = render({ sso: { label: 'Logga in med stadens konto' }, localLogin: false });
    expect(ssoOnly).not.toContain('name="password"');
    expect(ssoOnly).not.toContain('name="email"');
    expect(ssoOnly).toContain('Logga in med stadens konto');
    expect(render({ sso: null, localLogin: false })).toContain('Ingen inloggning är påslagen');
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/auth/sign-in';
import { installForwardingFilter, trustsProxy } from '@/scripts/forwarded-headers.mjs';

describe('the address the per-address sign-in limit counts', () => {
  const spoofed = new Headers({ 'x-forwarded-for': '203.0.113.7', 'x-real-ip': '203.0.113.8' });

  it('is the socket address Next put in X-Forwarded-For, never x-real-ip, when no proxy is trusted', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '10.0.0.5' }), false)).toBe('10.0.0.5');
    expect(clientAddress(new Headers({ 'x-real-ip': '203.0.113.8' }), false)).toBe('okänd');
  });

  it('behind a trusted proxy (TRUST_PROXY=1), is the entry that proxy added: the last one', () => {
    const forwarded = new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.5' });
    expect(clientAddress(forwarded, true)).toBe('10.0.0.5');
    expect(clientAddress(new Headers({ 'x-real-ip': '10.0.0.9' }), true)).toBe('10.0.0.9');
    expect(clientAddress(spoofed, true)).toBe('203.0.113.7');
  });

  it('TRUST_PROXY is off unless set to 1 or true', () => {
    expect(trustsProxy({})).toBe(false);
    expect(trustsProxy({ TRUST_PROXY: '0' })).toBe(false);
    expect(trustsProxy({ TRUST_PROXY: '1' })).toBe(true);
  });

  async function forwardedAsSeen(trustProxy: boolean): Promise<Record<string, string | undefined>> {
    const fakeHttp = { createServer: http.createServer } as typeof http;
    installForwardingFilter(fakeHttp, trustProxy);
    const server = fakeHttp.createServer((request, response) => {
      // What Next does next (base-server.js): fills X-Forwarded-For from the socket unless it is set.
      request.headers['x-forwarded-for'] ??= request.socket.remoteAddress;
      response.end(
        JSON.stringify({ for: request.headers['x-forwarded-for'], proto: request.headers['x-forwarded-proto'] }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https', 'x-real-ip': '203.0.113.8' },
      });
      return (await response.json()) as Record<string, string | undefined>;
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }

  it('the production server (scripts/start.mjs) drops forwarding headers a client made up, unless a proxy is trusted', async () => {
    expect(await forwardedAsSeen(false)).toEqual({ for: '127.0.0.1' });
    expect(await forwardedAsSeen(true)).toEqual({ for: '203.0.113.7', proto: 'https' });
  });
});

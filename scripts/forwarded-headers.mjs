// Forwarding headers name the client's address, scheme and host. Only a reverse proxy in front of the app may set
// them (TRUST_PROXY=1); without one, a client could claim any address (and so dodge the per-address sign-in limit),
// so they are dropped before Next sees the request and Next fills X-Forwarded-For from the socket.
export const FORWARDING_HEADERS = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-port',
  'x-forwarded-proto',
  'x-real-ip',
];

export const trustsProxy = (env) => env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true';

/** Runs first for every request of a Node HTTP server (see installForwardingFilter). */
export function dropUntrustedForwarding(request, trustProxy) {
  if (trustProxy) return;
  for (const name of FORWARDING_HEADERS) delete request.headers[name];
}

/** Every HTTP server created after this call drops untrusted forwarding headers before its own handler runs. */
export function installForwardingFilter(http, trustProxy) {
  const createServer = http.createServer;
  http.createServer = (...args) => {
    const server = createServer(...args);
    server.prependListener('request', (request) => dropUntrustedForwarding(request, trustProxy));
    return server;
  };
}

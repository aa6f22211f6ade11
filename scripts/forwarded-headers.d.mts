import type http from 'node:http';

export const FORWARDING_HEADERS: readonly string[];
export function trustsProxy(env: Record<string, string | undefined>): boolean;
export function dropUntrustedForwarding(request: http.IncomingMessage, trustProxy: boolean): void;
export function installForwardingFilter(module: typeof http, trustProxy: boolean): void;

import 'server-only';
import { headers } from 'next/headers';
import { env } from '../env';
import { appOrigin } from './same-origin';

/** The app's origin for the request being handled (see appOrigin), or null outside a request. */
export async function requestOrigin(): Promise<string | null> {
  let requestHeaders: Headers;
  try {
    requestHeaders = await headers();
  } catch {
    return null; // not called while handling a request (a script, a test)
  }
  return appOrigin(env(), requestHeaders);
}

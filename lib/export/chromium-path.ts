import { existsSync } from 'node:fs';

/**
 * Debian's Chromium for printing PDFs and for the browser tests: CHROMIUM_PATH if set, else the headless shell
 * (`chromium-headless-shell`: the same engine without the desktop browser's UI layers; measured on the browser
 * tests, a quarter less CPU than `chromium` for the same pages) when installed, else `chromium`.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  // Absolute paths outside the project: not files for the build to trace.
  return existsSync(/*turbopackIgnore: true*/ HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM;
}

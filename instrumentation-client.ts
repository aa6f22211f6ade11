// Runs in the browser before the app's code (Next.js instrumentation hook).

// zod probes `new Function` once to decide whether to compile fast parsers; under our CSP (no 'unsafe-eval')
// the probe is refused and the browser reports a CSP violation. Tell zod up front not to try — through the global
// object zod reads its configuration from (zod/v4/core: `globalThis.__zod_globalConfig`), so that this file does not
// import zod: importing it here put all of zod (30 kB gzip) into every page, most of which never parse on the client.
const zodConfig = globalThis as typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };
zodConfig.__zod_globalConfig ??= {}; // the same object zod keeps, whether zod is loaded before or after this
zodConfig.__zod_globalConfig.jitless = true;

export {}; // a module (the hook is loaded as one; the unit test imports it)

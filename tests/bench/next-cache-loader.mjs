// Resolves as vitest.config.ts aliases do: next/cache to the recording stub, server-only to an empty module.
const aliases = {
  'next/cache': new URL('../support/next-cache.ts', import.meta.url).href,
  'server-only': new URL('../support/empty-module.ts', import.meta.url).href,
};

export async function resolve(specifier, context, next) {
  return next(aliases[specifier] ?? specifier, context);
}

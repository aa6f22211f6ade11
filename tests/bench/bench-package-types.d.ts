// What the benchmarks use of the packages `npm run bench:setup` installs (tests/bench/bench-packages.ts): declared
// here so that the project type-checks without them. TypeScript prefers these declarations to a package's own.
declare module 'autocannon' {
  type Result = { errors: number; timeouts: number; non2xx: number };
  type Instance = PromiseLike<Result> & {
    on(event: 'response', listener: (client: unknown, status: number, bytes: number, time: number) => void): void;
  };
  export default function autocannon(options: {
    url: string;
    connections: number;
    duration: number;
    timeout?: number;
    headers?: Record<string, string>;
  }): Instance;
}

declare module 'lighthouse' {
  type Audit = { numericValue?: number; details?: unknown };
  export type RunnerResult = {
    lhr: {
      audits: Record<string, Audit | undefined>;
      categories: Record<string, { score: number | null } | undefined>;
    };
  };
  export default function lighthouse(
    url: string,
    flags: { port: number; onlyCategories: string[]; extraHeaders: Record<string, string>; logLevel: string },
    config?: unknown,
  ): Promise<RunnerResult | undefined>;
}

declare module 'lighthouse/core/config/desktop-config.js' {
  const config: unknown;
  export default config;
}

declare module 'chrome-launcher' {
  export function launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{
    port: number;
    kill: () => Promise<void> | void;
  }>;
}

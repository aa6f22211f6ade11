// autocannon ships no types: what tests/bench/suite.ts uses of it.
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

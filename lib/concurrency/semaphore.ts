/**
 * A small counting semaphore: at most `limit` holders at once; others wait in order for at most `maxWaitMs`,
 * then give up (the caller answers "busy" instead of piling up memory). Per process. Pure (timers only).
 */
export type Semaphore = {
  /** Resolves to a release function, or null when no place came free in time. */
  acquire: () => Promise<(() => void) | null>;
  readonly active: number;
  readonly waiting: number;
};

export function createSemaphore(limit: number, maxWaitMs: number): Semaphore {
  let active = 0;
  const queue: { grant: () => void; timer: ReturnType<typeof setTimeout> }[] = [];
  const release = () => {
    const next = queue.shift();
    if (next) {
      clearTimeout(next.timer);
      next.grant(); // the place passes on directly: active stays the same
    } else {
      active -= 1;
    }
  };
  const once = () => {
    let released = false;
    return () => {
      if (!released) {
        released = true;
        release();
      }
    };
  };
  return {
    acquire: () => {
      if (active < limit) {
        active += 1;
        return Promise.resolve(once());
      }
      return new Promise((resolve) => {
        const entry = {
          grant: () => resolve(once()),
          timer: setTimeout(() => {
            queue.splice(queue.indexOf(entry), 1);
            resolve(null);
          }, maxWaitMs),
        };
        queue.push(entry);
      });
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}

import { describe, expect, it } from 'vitest';
import { createSemaphore } from '@/lib/concurrency/semaphore';

describe('the upload semaphore', () => {
  it('lets two in, makes the third wait for a place, and hands the place on in order', async () => {
    const slots = createSemaphore(2, 1_000);
    const [a, b] = [await slots.acquire(), await slots.acquire()];
    let third: (() => void) | null | undefined;
    const waiting = slots.acquire().then((release) => (third = release));
    await Promise.resolve();
    expect(third).toBeUndefined();
    expect(slots.waiting).toBe(1);
    a!();
    await waiting;
    expect(third).toBeTypeOf('function');
    expect(slots.active).toBe(2);
    a!(); // releasing twice frees nothing more
    expect(slots.active).toBe(2);
    b!();
    third!();
    expect(slots.active).toBe(0);
  });

  it('gives up after the wait when no place comes free', async () => {
    const slots = createSemaphore(1, 20);
    const held = await slots.acquire();
    expect(await slots.acquire()).toBeNull();
    expect(slots.waiting).toBe(0);
    held!();
    expect(await slots.acquire()).toBeTypeOf('function');
  });
});

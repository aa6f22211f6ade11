import { describe, expect, it } from 'vitest';
import { passwordHashCost } from '@/lib/auth/password';

describe('bcrypt cost', () => {
  it('is 12 wherever the product runs, whatever PASSWORD_HASH_COST says', () => {
    expect(passwordHashCost({})).toBe(12);
    expect(passwordHashCost({ PASSWORD_HASH_COST: '4', NODE_ENV: 'production' })).toBe(12);
  });

  it('may be lowered under vitest only, and never below bcrypt’s minimum', () => {
    expect(passwordHashCost({ VITEST: 'true', PASSWORD_HASH_COST: '4' })).toBe(4);
    expect(passwordHashCost({ VITEST: 'true', PASSWORD_HASH_COST: '3' })).toBe(12);
    expect(passwordHashCost({ VITEST: 'true', PASSWORD_HASH_COST: 'lite' })).toBe(12);
    expect(passwordHashCost({ VITEST: 'true' })).toBe(12);
  });
});

import bcrypt from 'bcryptjs';

const COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

let dummyHash: Promise<string> | undefined;

/** Compared against when the e-mail is unknown, so that both failures take the same time. */
export function timingDummyHash(): Promise<string> {
  dummyHash ??= bcrypt.hash('no-such-user', COST);
  return dummyHash;
}

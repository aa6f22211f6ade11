/** Integration tests act as a user without a browser: lib/auth/session.ts reads this in NODE_ENV=test only. */
export function actAs(userId: string | null): void {
  (globalThis as { __kompetensplanTestUserId?: string | null }).__kompetensplanTestUserId = userId;
}

export function stopActing(): void {
  delete (globalThis as { __kompetensplanTestUserId?: string | null }).__kompetensplanTestUserId;
}

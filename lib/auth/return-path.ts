/** Only a path on this site may be returned to after sign-in (never another host: "//x", "/\x", "https:…"). */
export function safeReturnPath(value: string | undefined | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

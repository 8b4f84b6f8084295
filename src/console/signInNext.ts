/** Console pages a member may be sent back to after signing in; never the sign-in pages themselves. */
const NOT_AFTER_SIGN_IN = /^\/console\/(sign-in|sign-out|set-password)(\/|$|\?)/;

/**
 * The page to return to after sign-in, from a `next` the sign-in link carried, or undefined. Only a path inside
 * the console is taken (`/console/texts`, with an optional plain query), so a crafted link cannot send a member to
 * another site (`//evil.example`, `/console/../x`, `https:`) once they have signed in.
 */
export function signInNext(next: unknown): string | undefined {
  if (typeof next !== 'string' || next.length > 200) return undefined;
  if (!/^\/console(\/[A-Za-z0-9_\-/]*)?(\?[A-Za-z0-9_\-=&%.]*)?$/.test(next)) return undefined;
  if (next.includes('//') || next.includes('/.') || NOT_AFTER_SIGN_IN.test(next)) return undefined;
  return next;
}

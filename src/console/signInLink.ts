import type { Config } from '../config';

/** The address of the set-password page for a link token: PUBLIC_URL's, or this machine's port when it is unset. */
export function signInLinkUrl(config: Config, token: string): string {
  const base = config.publicUrl ?? `http://localhost:${config.port}`;
  return `${base}/console/set-password?token=${encodeURIComponent(token)}`;
}

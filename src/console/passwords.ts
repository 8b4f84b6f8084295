import { hash, verify } from '@node-rs/argon2';

/** The shortest password accepted: long enough that a passphrase is the easy way through. */
export const MIN_PASSWORD_LENGTH = 12;

/** Why a new password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > 200) return 'Use at most 200 characters.';
  return undefined;
}

/** An argon2id hash of `password` (the library's defaults: 19 MiB, 2 passes, as OWASP recommends). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A hash nobody's password matches, verified when the account is unknown so both cases take as long. */
let decoy: Promise<string> | undefined;

/** True when `password` matches `stored`; without a stored hash it still spends the same time and says no. */
export async function checkPassword(stored: string | undefined, password: string): Promise<boolean> {
  decoy ??= hash('decoy password that matches nothing');
  const target = stored ?? (await decoy);
  try {
    const ok = await verify(target, password);
    return ok && stored !== undefined;
  } catch {
    return false;
  }
}

import { createHash, createHmac, randomBytes } from 'node:crypto';

/** SHA-256 of a random token or session id, hex: what a storage key holds instead of the secret itself. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** HMAC-SHA256 of a guessable value (an e-mail, an address) under the line's secret, for counters' keys. */
export function keyedHash(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('hex').slice(0, 32);
}

/** A fresh random token, base64url (256 bits). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

import type { ConsoleStorage } from './consoleStorage';
import { keyedHash } from './keyHashes';

/** Settings of the sign-in limits (from Config). */
export interface SignInLimits {
  /** Wrong passwords per account before it locks. */
  attempts: number;
  /** How long the count (and so a lock) lasts. */
  lockoutMinutes: number;
}

/**
 * Counts wrong passwords per account (by e-mail, known or not, so probing unknown addresses is limited too) and
 * per client address, in windows that start at the first failure. An account locks at `attempts` failures; an
 * address at four times that, so one office behind one address is not locked out by one person. Keys hold keyed
 * hashes of the e-mail and the address, never either.
 */
export class SignInLimiter {
  constructor(
    private readonly storage: ConsoleStorage,
    private readonly secret: string,
    /** The limits, which the sign-in page states in its words. */
    readonly limits: SignInLimits,
  ) {}

  private keys(email: string, ip: string): { account: string; address: string } {
    return {
      account: `fail:acct:${keyedHash(this.secret, email.trim().toLowerCase())}`,
      address: `fail:ip:${keyedHash(this.secret, ip)}`,
    };
  }

  /** Seconds until this e-mail or address may try again; 0 when it may try now. */
  async lockedFor(email: string, ip: string): Promise<number> {
    const k = this.keys(email, ip);
    const [account, address] = await Promise.all([this.storage.get(k.account), this.storage.get(k.address)]);
    const waits: Promise<number>[] = [];
    if (Number(account ?? 0) >= this.limits.attempts) waits.push(this.storage.ttl(k.account));
    if (Number(address ?? 0) >= this.limits.attempts * 4) waits.push(this.storage.ttl(k.address));
    return Math.max(0, ...(await Promise.all(waits)).map((s) => Math.max(1, s)));
  }

  /** Records a wrong password; true when this one locked the account. */
  async failed(email: string, ip: string): Promise<boolean> {
    const k = this.keys(email, ip);
    const ttl = this.limits.lockoutMinutes * 60;
    const [account] = await Promise.all([this.storage.incr(k.account, ttl), this.storage.incr(k.address, ttl)]);
    return account === this.limits.attempts;
  }

  /** A right password clears the account's count (not the address's: a shared address keeps its history). */
  async succeeded(email: string, ip: string): Promise<void> {
    await this.storage.del(this.keys(email, ip).account);
  }
}

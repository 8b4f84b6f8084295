import { randomBytes } from 'node:crypto';
import { STAFF_ROLES, type StaffRole } from './consoleHost';
import type { ConsoleStorage } from './consoleStorage';
import { randomToken, tokenHash } from './keyHashes';

/** One staff account. The e-mail is kept only here, shown only to admins, and never logged. */
export interface StaffAccount {
  id: string;
  email: string;
  role: StaffRole;
  /** argon2id; absent until the person follows their first sign-in link. */
  passwordHash?: string;
  createdAt: string;
  /** Sessions started before this moment (ms) are refused: "sign out everywhere". */
  sessionsValidAfter: number;
}

/** An account as listed to admins: no hash. */
export type StaffAccountView = Omit<StaffAccount, 'passwordHash'> & { hasPassword: boolean };

/** A request to add or change an account that cannot be done, with a message fit for the page or the terminal. */
export class StaffAccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StaffAccountError';
  }
}

/** How long a sign-in link works. */
export const LINK_TTL_SECONDS = 24 * 60 * 60;
const ACCOUNTS = 'accounts';

/** Normalises an e-mail for comparison; throws StaffAccountError when it does not look like one. */
export function normaliseEmail(email: string): string {
  const e = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e) || e.length > 254)
    throw new StaffAccountError('That is not an e-mail address.');
  return e;
}

/** Parses a role name; throws StaffAccountError naming the three roles otherwise. */
export function parseRole(role: string): StaffRole {
  if ((STAFF_ROLES as readonly string[]).includes(role)) return role as StaffRole;
  throw new StaffAccountError(`The role must be one of: ${STAFF_ROLES.join(', ')}.`);
}

/**
 * Staff accounts and their one-time sign-in links, over ConsoleStorage (Redis or the local folder). Accounts are
 * one map keyed by account id; links are keyed by the SHA-256 of the token and taken (read and deleted) at once.
 */
export class StaffAccounts {
  constructor(
    private readonly storage: ConsoleStorage,
    private readonly now: () => number = Date.now,
  ) {}

  /** Every account, oldest first. */
  async list(): Promise<StaffAccount[]> {
    const all = Object.values(await this.storage.mapAll(ACCOUNTS)).map((v) => JSON.parse(v) as StaffAccount);
    return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** The account with this id, if any. */
  async get(id: string): Promise<StaffAccount | undefined> {
    const raw = await this.storage.mapGet(ACCOUNTS, id);
    return raw ? (JSON.parse(raw) as StaffAccount) : undefined;
  }

  /** The account with this e-mail (any case), if any. */
  async findByEmail(email: string): Promise<StaffAccount | undefined> {
    const e = email.trim().toLowerCase();
    return (await this.list()).find((a) => a.email === e);
  }

  /** Creates an account without a password; throws StaffAccountError when the e-mail is taken. */
  async add(email: string, role: StaffRole): Promise<StaffAccount> {
    const e = normaliseEmail(email);
    if (await this.findByEmail(e)) throw new StaffAccountError('An account with that e-mail already exists.');
    const account: StaffAccount = {
      id: `st_${randomBytes(6).toString('hex')}`,
      email: e,
      role,
      createdAt: new Date(this.now()).toISOString(),
      sessionsValidAfter: 0,
    };
    await this.save(account);
    return account;
  }

  /** Deletes an account (its sessions stop working at their next request). */
  async remove(id: string): Promise<void> {
    await this.storage.mapDel(ACCOUNTS, id);
  }

  /** Changes an account's role (effective at its next request). */
  async setRole(id: string, role: StaffRole): Promise<StaffAccount> {
    return this.update(id, (a) => void (a.role = role));
  }

  /** Stores a new password hash and signs the account out of every other session. */
  async setPasswordHash(id: string, passwordHash: string): Promise<StaffAccount> {
    return this.update(id, (a) => {
      a.passwordHash = passwordHash;
      a.sessionsValidAfter = this.now();
    });
  }

  /** Ends every session of the account, wherever it was started. */
  async signOutEverywhere(id: string): Promise<StaffAccount> {
    return this.update(id, (a) => void (a.sessionsValidAfter = this.now()));
  }

  /** A new one-time sign-in link token for the account, valid 24 h (earlier links stay valid until used or expired). */
  async issueLink(id: string): Promise<string> {
    if (!(await this.get(id))) throw new StaffAccountError('No such account.');
    const token = randomToken();
    await this.storage.set(`link:${tokenHash(token)}`, JSON.stringify({ id, at: this.now() }), LINK_TTL_SECONDS);
    return token;
  }

  /** The account a link token is for, without using it up (to show the set-password form). */
  async peekLink(token: string): Promise<StaffAccount | undefined> {
    const raw = await this.storage.get(`link:${tokenHash(token)}`);
    return raw ? this.get((JSON.parse(raw) as { id: string }).id) : undefined;
  }

  /** Uses up a link token: the account it was for, or undefined when unknown, expired or already used. */
  async takeLink(token: string): Promise<StaffAccount | undefined> {
    const raw = await this.storage.take(`link:${tokenHash(token)}`);
    return raw ? this.get((JSON.parse(raw) as { id: string }).id) : undefined;
  }

  private async update(id: string, change: (a: StaffAccount) => void): Promise<StaffAccount> {
    const account = await this.get(id);
    if (!account) throw new StaffAccountError('No such account.');
    change(account);
    await this.save(account);
    return account;
  }

  private async save(account: StaffAccount): Promise<void> {
    await this.storage.mapSet(ACCOUNTS, account.id, JSON.stringify(account));
  }
}

/** The listing form of an account: everything but the password hash. */
export function accountView(a: StaffAccount): StaffAccountView {
  return {
    id: a.id,
    email: a.email,
    role: a.role,
    createdAt: a.createdAt,
    sessionsValidAfter: a.sessionsValidAfter,
    hasPassword: Boolean(a.passwordHash),
  };
}

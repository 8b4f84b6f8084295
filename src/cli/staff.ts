/**
 * `npm run staff -- <command>` (production: `node dist/cli/staff.js <command>`): staff accounts of the console,
 * in Redis when REDIS_URL is set, else in the local folder the server shares (CONSOLE_DATA_DIR).
 *
 *   add EMAIL [--role editor|publisher|admin]   a new account and its one-time sign-in link (24 h)
 *   link EMAIL                                  a new sign-in link (a forgotten password)
 *   list                                        every account: id, role, e-mail, password set
 *   role EMAIL ROLE                             change a role
 *   signout EMAIL                               end every session of the account
 *   remove EMAIL                                delete the account
 */
import type { Cluster, Redis } from 'ioredis';
import { loadConfig, type Config } from '../config';
import { AuditLog } from '../console/auditLog';
import { openConsoleStorage } from '../console/openConsoleStorage';
import { signInLinkUrl } from '../console/signInLink';
import { parseRole, StaffAccountError, StaffAccounts, type StaffAccount } from '../console/staffAccounts';
import { createRedis } from '../store/redisClient';

const USAGE = `Usage: npm run staff -- <command>
  add EMAIL [--role editor|publisher|admin]   add someone; prints their one-time sign-in link (24 h)
  link EMAIL                                  a new sign-in link, for a forgotten password
  list                                        every account
  role EMAIL ROLE                             change someone's role
  signout EMAIL                               end all of someone's sessions
  remove EMAIL                                remove someone`;

/** Runs one command against the accounts; returns the exit code. Output goes to `write`. */
export async function runStaff(
  args: readonly string[],
  deps: { accounts: StaffAccounts; audit: AuditLog; config: Config; local: boolean },
  write: (line: string) => void,
): Promise<number> {
  const [command, email, ...rest] = args;
  const { accounts } = deps;
  const find = async (): Promise<StaffAccount> => {
    const account = email ? await accounts.findByEmail(email) : undefined;
    if (!account)
      throw new StaffAccountError(`No account for ${email ?? '(no e-mail given)'}. See: npm run staff -- list`);
    return account;
  };
  const printLink = async (account: StaffAccount) => {
    write(`Sign-in link for ${account.email} (${account.role}), valid 24 hours, works once:`);
    write(signInLinkUrl(deps.config, await accounts.issueLink(account.id)));
    if (deps.local)
      write('(No REDIS_URL: kept in the local folder for trying only; start the server from this folder.)');
  };
  try {
    switch (command) {
      case 'add': {
        const roleAt = rest.indexOf('--role');
        const account = await accounts.add(email ?? '', parseRole(roleAt >= 0 ? (rest[roleAt + 1] ?? '') : 'editor'));
        await deps.audit.append('cli', { action: 'account.add', detail: { account: account.id, role: account.role } });
        await printLink(account);
        return 0;
      }
      case 'link': {
        const account = await find();
        await deps.audit.append('cli', { action: 'account.link', detail: { account: account.id } });
        await printLink(account);
        return 0;
      }
      case 'list':
        for (const a of await accounts.list())
          write(`${a.id}  ${a.role.padEnd(9)}  ${a.email}${a.passwordHash ? '' : '  (no password yet)'}`);
        return 0;
      case 'role': {
        const account = await accounts.setRole((await find()).id, parseRole(rest[0] ?? ''));
        await deps.audit.append('cli', { action: 'account.role', detail: { account: account.id, role: account.role } });
        write(`${account.email} is now ${account.role}.`);
        return 0;
      }
      case 'signout': {
        const account = await accounts.signOutEverywhere((await find()).id);
        await deps.audit.append('cli', { action: 'account.signout', detail: { account: account.id } });
        write(`${account.email} is signed out everywhere.`);
        return 0;
      }
      case 'remove': {
        const account = await find();
        await accounts.remove(account.id);
        await deps.audit.append('cli', { action: 'account.remove', detail: { account: account.id } });
        write(`${account.email} is removed.`);
        return 0;
      }
      default:
        write(USAGE);
        return 2;
    }
  } catch (err) {
    if (!(err instanceof StaffAccountError)) throw err;
    write(err.message);
    return 1;
  }
}

async function ready(redis: Redis | Cluster): Promise<void> {
  if (redis.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Redis did not answer within 5 s (REDIS_URL)')), 5_000);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    // A setting to fix (PHONE_HASH_SECRET too short...): its message, as the server prints it, not a stack trace.
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
    return;
  }
  const redis = createRedis(config);
  try {
    if (redis) await ready(redis);
    const storage = openConsoleStorage(config, redis);
    const deps = { accounts: new StaffAccounts(storage), audit: new AuditLog(storage), config, local: storage.local };
    process.exitCode = await runStaff(process.argv.slice(2), deps, (line) => console.log(line));
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  } finally {
    redis?.disconnect();
  }
}

if (require.main === module) void main();

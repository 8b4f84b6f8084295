import type { ConsoleHost, StaffIdentity } from './consoleHost';
import type { StaffAccount } from './staffAccounts';

/** Who made the seed revision from the flow files: not a person. */
export const SYSTEM_AUTHOR = 'system';

/**
 * A short label for a colleague that never changes and names no one: "Staff #3f9a", from the account id. Non-admins
 * see this, since only admins may see e-mails (README, Security), and accounts have no display name.
 */
export function colleagueLabel(id: string): string {
  return `Staff #${id.replace(/^st_/, '').slice(0, 4)}`;
}

/**
 * The name `viewer` is shown for the staff member `id` (a revision's author, say): "you" for their own, the
 * e-mail for admins, otherwise a stable label (colleagueLabel). `account` is that member's: null once removed,
 * undefined when the accounts were not read (a section's test host), which names colleagues by label only.
 */
export function staffName(viewer: StaffIdentity, id: string, account?: StaffAccount | null): string {
  if (id === SYSTEM_AUTHOR) return 'the line (from the flow files)';
  if (id === viewer.id) return 'you';
  if (account === null) return `a removed account (${viewer.role === 'admin' ? id : colleagueLabel(id)})`;
  return viewer.role === 'admin' && account ? account.email : colleagueLabel(id);
}

/** staffName for each of `ids`, reading the accounts once; keyed by id. */
export async function staffNames(
  viewer: StaffIdentity,
  ids: readonly string[],
  accounts: { get(id: string): Promise<StaffAccount | undefined> },
): Promise<Record<string, string>> {
  const unique = [...new Set(ids)];
  const found = await Promise.all(unique.map((id) => (id === SYSTEM_AUTHOR ? undefined : accounts.get(id))));
  return Object.fromEntries(unique.map((id, i) => [id, staffName(viewer, id, found[i] ?? null)]));
}

/**
 * Who made each of `ids` (revisions' authors), as the member making `req` may see them: the host's staffNames when it
 * reads accounts, else by label; every id has a name. What each Revisions table's "By" shows.
 */
export async function authorNames(
  host: Pick<ConsoleHost, 'staffOf' | 'staffNames'>,
  req: Parameters<ConsoleHost['staffOf']>[0],
  ids: readonly string[],
): Promise<Record<string, string>> {
  const viewer = host.staffOf(req);
  const names = host.staffNames ? await host.staffNames(req, ids) : {};
  return Object.fromEntries(ids.map((id) => [id, names[id] ?? staffName(viewer, id)]));
}

import { Router, type Request } from 'express';
import type { Config } from '../config';
import { STAFF_ROLES, type ConsoleHost, type ConsoleSection } from './consoleHost';
import { csrfTokenOf } from './csrf';
import { escapeHtml } from './html';
import { signInLinkUrl } from './signInLink';
import { parseRole, StaffAccountError, type StaffAccount, type StaffAccounts } from './staffAccounts';

/**
 * The admins' Accounts page: add a member (which gives a one-time sign-in link), give a forgotten-password link,
 * change a role, sign someone out everywhere, remove. Plain forms, so it works without scripts. The last admin
 * cannot be removed or demoted, so the console always has someone who can add people.
 */
export function createAccountsSection(
  host: ConsoleHost,
  deps: { accounts: StaffAccounts; config: Config },
): ConsoleSection {
  const router = Router();
  router.use(host.requireRole('admin'));
  const { accounts } = deps;
  const page = async (req: Request, notice?: { text: string; link?: string; error?: boolean }) =>
    host.renderPage(req, {
      title: 'Accounts',
      body: accountsBody(await accounts.list(), host.staffOf(req).id, csrfTokenOf(req), notice),
    });

  router.get('/', async (req, res) => void res.type('html').send(await page(req)));
  router.post('/', async (req, res) => {
    const body = (req.body ?? {}) as Record<string, string | undefined>;
    try {
      const notice = await act(req, body);
      res.type('html').send(await page(req, notice));
    } catch (err) {
      if (!(err instanceof StaffAccountError)) throw err;
      res
        .status(400)
        .type('html')
        .send(await page(req, { text: err.message, error: true }));
    }
  });

  async function act(req: Request, body: Record<string, string | undefined>) {
    const id = body.id ?? '';
    switch (body.do) {
      case 'add': {
        const account = await accounts.add(body.email ?? '', parseRole(body.role ?? 'editor'));
        await host.audit(req, { action: 'account.add', detail: { account: account.id, role: account.role } });
        const link = signInLinkUrl(deps.config, await accounts.issueLink(account.id));
        return { text: 'Account added. Send this sign-in link to the person (it works once, for 24 hours):', link };
      }
      case 'link': {
        const link = signInLinkUrl(deps.config, await accounts.issueLink(id));
        await host.audit(req, { action: 'account.link', detail: { account: id } });
        return { text: 'New sign-in link (it works once, for 24 hours):', link };
      }
      case 'role': {
        const role = parseRole(body.role ?? '');
        if (role !== 'admin') await keepAnAdmin(id);
        await accounts.setRole(id, role);
        await host.audit(req, { action: 'account.role', detail: { account: id, role } });
        return { text: 'Role changed.' };
      }
      case 'signout':
        await accounts.signOutEverywhere(id);
        await host.audit(req, { action: 'account.signout', detail: { account: id } });
        return { text: 'Signed out everywhere.' };
      case 'remove':
        await keepAnAdmin(id);
        await accounts.remove(id);
        await host.audit(req, { action: 'account.remove', detail: { account: id } });
        return { text: 'Account removed.' };
      default:
        throw new StaffAccountError('Unknown action.');
    }
  }

  async function keepAnAdmin(id: string): Promise<void> {
    const admins = (await accounts.list()).filter((a) => a.role === 'admin');
    if (admins.length === 1 && admins[0].id === id)
      throw new StaffAccountError('The last admin cannot be removed or demoted.');
  }

  return { path: 'accounts', nav: { label: 'Accounts', role: 'admin' }, router };
}

function accountsBody(
  list: StaffAccount[],
  me: string,
  csrf: string,
  notice?: { text: string; link?: string; error?: boolean },
): string {
  const note = notice
    ? `<div class="${notice.error ? 'alert' : 'notice'}" role="${notice.error ? 'alert' : 'status'}"><p>${escapeHtml(notice.text)}</p>${
        notice.link ? `<p><code class="link" id="new-link">${escapeHtml(notice.link)}</code></p>` : ''
      }</div>`
    : '';
  const token = `<input type="hidden" name="_csrf" value="${escapeHtml(csrf)}">`;
  const rows = list.map((a) => accountRow(a, me, token)).join('');
  return `${note}
<section class="card"><h2>Add someone</h2>
<form method="post" action="/console/accounts" class="inline">${token}
  <input type="hidden" name="do" value="add">
  <label for="add-email">E-mail</label><input id="add-email" name="email" type="email" required>
  <label for="add-role">Role</label>${roleSelect('add-role', 'editor')}
  <button type="submit" class="primary">Add and get a sign-in link</button>
</form>
<p class="hint">Editors change drafts and use the simulator; publishers also publish and roll back; admins also
manage accounts and read the audit log.</p></section>
<h2>Accounts</h2>
<div class="table-wrap"><table><caption class="sr-only">Staff accounts</caption>
<thead><tr><th scope="col">E-mail</th><th scope="col">Role</th><th scope="col">Password set</th><th scope="col">Added</th><th scope="col">Actions</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

function accountRow(a: StaffAccount, me: string, token: string): string {
  const hidden = `${token}<input type="hidden" name="id" value="${escapeHtml(a.id)}">`;
  const button = (what: string, label: string) =>
    `<form method="post" action="/console/accounts">${hidden}<input type="hidden" name="do" value="${what}"><button type="submit">${label}</button></form>`;
  return `<tr><td data-label="E-mail">${escapeHtml(a.email)}${a.id === me ? ' (you)' : ''}<br><small>${escapeHtml(a.id)}</small></td>
<td data-label="Role"><form method="post" action="/console/accounts" class="inline">${hidden}<input type="hidden" name="do" value="role">
<label class="sr-only" for="role-${escapeHtml(a.id)}">Role of ${escapeHtml(a.email)}</label>${roleSelect(`role-${a.id}`, a.role)}
<button type="submit">Change</button></form></td>
<td data-label="Password set">${a.passwordHash ? 'yes' : 'not yet'}</td><td data-label="Added">${escapeHtml(a.createdAt.slice(0, 10))}</td>
<td class="actions" data-label="Actions">${button('link', 'New sign-in link')}${button('signout', 'Sign out everywhere')}${button('remove', 'Remove')}</td></tr>`;
}

function roleSelect(id: string, selected: string): string {
  const options = STAFF_ROLES.map((r) => `<option${r === selected ? ' selected' : ''}>${r}</option>`).join('');
  return `<select id="${escapeHtml(id)}" name="role">${options}</select>`;
}

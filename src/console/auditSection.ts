import { Router } from 'express';
import type { AuditLog } from './auditLog';
import type { ConsoleHost, ConsoleSection } from './consoleHost';
import { escapeHtml } from './html';
import type { StaffAccounts } from './staffAccounts';

/**
 * Each action in plain words for the page; the code stays beside it, as it is logged and searched for. Every action
 * the console logs has words here (test/console/auditWords.test.ts reads the sources for them).
 */
export const ACTION_WORDS: Record<string, string> = {
  'signin.ok': 'Signed in',
  'signin.failed': 'Wrong password',
  'signin.locked': 'Sign-in refused: too many wrong passwords',
  'account.add': 'Added an account',
  'account.link': 'Made a new sign-in link',
  'account.password.set': 'Chose a password',
  'account.role': 'Changed a role',
  'account.signout': 'Signed someone out everywhere',
  'account.remove': 'Removed an account',
  'flow.draft.save': 'Saved a draft',
  'flow.draft.discard': 'Threw away a draft',
  'flow.draft.update': 'Brought a draft up to date',
  'flow.publish': 'Published',
  'flow.publish.refused': 'Publish refused: a newer revision is live',
  'flow.rollback': 'Rolled back',
  'directory.source.add': 'Added a meeting source',
  'directory.source.remove': 'Removed a meeting source',
  'directory.local.save': 'Saved the local meetings',
  'directory.programs.save': 'Saved the program list',
};

/** The action as staff read it: its plain words, with the logged code in small print. */
function actionCell(action: string): string {
  const words = ACTION_WORDS[action];
  return words ? `${escapeHtml(words)} <small>${escapeHtml(action)}</small>` : escapeHtml(action);
}

/** The admins' Audit page: the newest 500 entries, who (account id, with the e-mail beside it for admins) and when. */
export function createAuditSection(
  host: ConsoleHost,
  deps: { audit: AuditLog; accounts: StaffAccounts },
): ConsoleSection {
  const router = Router();
  router.use(host.requireRole('admin'));
  router.get('/', async (req, res) => {
    const [entries, accounts] = await Promise.all([deps.audit.recent(500), deps.accounts.list()]);
    const emails = new Map(accounts.map((a) => [a.id, a.email]));
    const rows = entries
      .map((e) => {
        const who =
          e.actor === '-' ? 'unknown e-mail' : `${e.actor}${emails.has(e.actor) ? ` (${emails.get(e.actor)})` : ''}`;
        const detail = e.detail
          ? Object.entries(e.detail)
              .map(([k, v]) => `${k}: ${v}`)
              .join(', ')
          : '';
        return `<tr><td data-label="When"><time datetime="${escapeHtml(e.at)}">${escapeHtml(e.at.replace('T', ' ').slice(0, 19))} UTC</time></td><td data-label="Who">${escapeHtml(who)}</td><td data-label="What">${actionCell(e.action)}</td><td data-label="Details">${escapeHtml(detail)}</td></tr>`;
      })
      .join('');
    const body = `<p>Every sign-in (good or bad), saved edit, publish, rollback and account change, newest first.</p>
<div class="table-wrap"><table><caption class="sr-only">Audit log</caption>
<thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Details</th></tr></thead>
<tbody>${rows || '<tr><td colspan="4">Nothing yet.</td></tr>'}</tbody></table></div>`;
    res.type('html').send(host.renderPage(req, { title: 'Audit log', body }));
  });
  return { path: 'audit', nav: { label: 'Audit', role: 'admin' }, router };
}

import { Router } from 'express';
import type { AuditLog } from './auditLog';
import type { ConsoleHost, ConsoleSection } from './consoleHost';
import { escapeHtml } from './html';
import type { StaffAccounts } from './staffAccounts';

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
        return `<tr><td data-label="When"><time datetime="${escapeHtml(e.at)}">${escapeHtml(e.at.replace('T', ' ').slice(0, 19))} UTC</time></td><td data-label="Who">${escapeHtml(who)}</td><td data-label="What">${escapeHtml(e.action)}</td><td data-label="Details">${escapeHtml(detail)}</td></tr>`;
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

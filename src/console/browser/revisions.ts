/// <reference lib="dom" />
import { api, el } from './api';
import { showRevisionChanges } from './revisionChangesView';

/** One revision as listed by the flows API. */
interface Revision {
  number: number;
  author?: string;
  /** Who published it, as the viewer may see them: "you", an e-mail (admins), or a stable label. */
  by?: string;
  createdAt?: string;
  note?: string;
  check?: { errors?: number; warnings?: number };
  published?: boolean;
}

async function load(): Promise<void> {
  const body = document.getElementById('revisions')!;
  let list: Revision[];
  let published: number | undefined;
  try {
    const raw = await api<Revision[] | { revisions?: Revision[]; published?: number }>(
      'GET',
      '/console/flows/revisions',
    );
    list = Array.isArray(raw) ? raw : (raw.revisions ?? []);
    published = Array.isArray(raw) ? undefined : raw.published;
  } catch (err) {
    body.textContent = '';
    body.append(el('tr', {}, el('td', { colspan: '6' }, `Could not load: ${(err as Error).message}`)));
    return;
  }
  body.textContent = '';
  for (const r of list) {
    const live = r.published || r.number === published;
    const download = el(
      'a',
      { href: `/console/flows/revisions/${r.number}/download`, download: '' },
      `Download #${r.number}`,
    );
    // A link, not a button: the changes of a revision have an address staff can send to each other. The first
    // revision has nothing before it to compare with.
    const changes =
      r.number > 1 ? el('a', { href: `?changes=${r.number}#changes` }, `What changed in #${r.number}`) : undefined;
    const back = el('button', { type: 'button' }, `Roll back to #${r.number}`);
    back.addEventListener('click', () => void rollback(r.number));
    const check = r.check ? `${r.check.errors ?? 0} errors, ${r.check.warnings ?? 0} warnings` : '';
    body.append(
      el(
        'tr',
        {},
        el('td', { 'data-label': 'Revision' }, `#${r.number}${live ? ' (live)' : ''}`),
        el('td', { 'data-label': 'By' }, r.by ?? ''),
        el('td', { 'data-label': 'When' }, r.createdAt ? new Date(r.createdAt).toLocaleString() : ''),
        el('td', { 'data-label': 'Note' }, r.note ?? ''),
        el('td', { 'data-label': 'Check' }, check),
        el('td', { class: 'actions', 'data-label': 'Actions' }, changes, download, live ? undefined : back),
      ),
    );
  }
}

async function rollback(revision: number): Promise<void> {
  if (!window.confirm(`Roll back to revision #${revision}? Texters get its wording within 2 seconds.`)) return;
  const out = document.getElementById('rollback-result')!;
  out.textContent = 'Rolling back…';
  try {
    await api('POST', '/console/flows/rollback', { revision, note: `Rolled back to #${revision}` });
    out.textContent = `Rolled back: revision #${revision}'s flow is live again. Texters get it within 2 seconds.`;
    await load();
  } catch (err) {
    out.textContent = `Not rolled back: ${(err as Error).message}`;
  }
}

void load();
// Opened from a row's "What changed" link: that revision's changes under the list.
const asked = Number(new URLSearchParams(location.search).get('changes'));
if (Number.isInteger(asked) && asked > 0) void showRevisionChanges(document.getElementById('changes')!, asked);

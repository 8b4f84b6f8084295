/// <reference lib="dom" />
import { api, ApiError, el } from './api';

/** A failing saved test as POST /console/flows/test reports it; `differences` when replies came, worded otherwise. */
interface FailedCase {
  file: string;
  case: string;
  wordingOnly: boolean;
  problems: string[];
  differences: Array<{ step: number; send: string; expected: string[]; actual: string[] }>;
}
/** The whole report. */
interface TestReport {
  passed: number;
  failed: FailedCase[];
  errors: string[];
}

function reasonsOf(err: unknown): string[] {
  const body = err instanceof ApiError ? (err.body as { reasons?: unknown[] } | undefined) : undefined;
  return (body?.reasons ?? []).map((r) => (typeof r === 'string' ? r : JSON.stringify(r)));
}

async function runTests(): Promise<void> {
  const out = document.getElementById('test-results')!;
  out.textContent = 'Running the tests…';
  try {
    const { passed, failed, errors } = await api<TestReport>('POST', '/console/flows/test', {});
    out.textContent = '';
    for (const e of errors) out.append(el('p', { class: 'alert' }, e));
    out.append(
      el(
        'p',
        { class: failed.length ? 'warning' : 'ok', role: 'status' },
        `${passed} passed, ${failed.length} failed.`,
      ),
    );
    const wordingOnly = failed.filter((f) => f.wordingOnly).length;
    // The button comes before the differences: with a changed welcome, dozens of tests differ the same way.
    if (wordingOnly > 0) {
      const accept = el('button', { type: 'button', class: 'primary' }, 'Accept the new wording');
      accept.addEventListener('click', async () => {
        try {
          await api('POST', '/console/flows/accept-wording', {});
          await runTests();
        } catch (err) {
          out.append(el('p', { class: 'alert', role: 'alert' }, (err as Error).message));
        }
      });
      out.append(
        el('p', {}, `${wordingOnly} of them differ only in wording you changed. Read the differences below, then:`),
        accept,
      );
    }
    for (const f of failed) out.append(failureCard(f));
  } catch (err) {
    out.textContent = `Could not run the tests: ${(err as Error).message}`;
  }
}

function failureCard(f: FailedCase): HTMLElement {
  const card = el('div', { class: 'card failure' }, el('h3', {}, `${f.case} (${f.file})`));
  if (!f.wordingOnly) for (const p of f.problems) card.append(el('p', {}, p));
  for (const d of f.differences) {
    card.append(
      el('p', {}, `After “${d.send}” (step ${d.step}):`),
      el(
        'div',
        { class: 'diff' },
        el('div', {}, el('h4', {}, 'The test expected'), el('pre', { class: 'old' }, d.expected.join('\n'))),
        el('div', {}, el('h4', {}, 'Your draft says'), el('pre', { class: 'new' }, d.actual.join('\n'))),
      ),
    );
  }
  return card;
}

async function publish(e: Event): Promise<void> {
  e.preventDefault();
  const out = document.getElementById('publish-result')!;
  const note = (document.getElementById('publish-note') as HTMLInputElement).value.trim();
  out.textContent = 'Publishing…';
  try {
    const { revision } = await api<{ revision: number }>('POST', '/console/flows/publish', { note });
    out.textContent = '';
    out.append(el('p', { class: 'ok' }, `Published as revision #${revision}. Texters get it within 2 seconds.`));
  } catch (err) {
    out.textContent = '';
    out.append(el('p', { class: 'alert', role: 'alert' }, `Not published: ${(err as Error).message}`));
    const refused = err instanceof ApiError ? (err.body as StaleRefusal | undefined) : undefined;
    if (refused?.stale) return void out.append(staleChoices(refused.stale.live, refused.draftVersion ?? ''));
    const problems = errorsOf(err);
    // The checker's reason names its first problem, which the list below shows with a link: said once.
    const reasons = reasonsOf(err).filter((r) => !problems.some((p) => p.message && r.includes(p.message)));
    if (reasons.length) out.append(el('ul', { class: 'reasons' }, ...reasons.map((r) => el('li', {}, r))));
    if (problems.length) out.append(problemList(problems));
  }
}

/** A checker finding as the refusal carries it (the same as the Flow page's). */
interface Finding {
  file?: string;
  line?: number;
  severity?: string;
  rule?: string;
  message?: string;
}

/** The checker's errors of a refused publish (warnings never refuse one). */
function errorsOf(err: unknown): Finding[] {
  const body = err instanceof ApiError ? (err.body as { findings?: Finding[] } | undefined) : undefined;
  return (body?.findings ?? []).filter((f) => f.severity === 'error');
}

/** How many problems the list names at most: a broken file can have hundreds, and the first few say what to do. */
const PROBLEMS_SHOWN = 20;

/**
 * Every error where it is, as a link that opens the Flow page at its line ("Line 328 of recovery.yaml"), then the
 * checker's words: the reason above names only the first, and staff should not have to hunt for the rest.
 */
function problemList(problems: Finding[]): HTMLElement {
  const items = problems.slice(0, PROBLEMS_SHOWN).map((f) => {
    const where = `Line ${f.line ?? 1} of ${f.file ?? 'the flow'}`;
    const link = el('a', { href: `/console/flow#${encodeURIComponent(f.file ?? '')}:${f.line ?? 1}` }, where);
    return el('li', {}, link, `: ${f.message ?? ''}`);
  });
  const more = problems.length > PROBLEMS_SHOWN ? ` (the first ${PROBLEMS_SHOWN} of ${problems.length})` : '';
  return el(
    'div',
    { class: 'problems' },
    el(
      'p',
      {},
      `The checker found ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} to fix first${more}. ` +
        `Each link opens the Flow page at its line:`,
    ),
    el('ul', {}, ...items),
  );
}

/** A publish refused because a newer revision went live: which one, and the draft version that was refused. */
interface StaleRefusal {
  stale?: { live: number };
  draftVersion?: string;
}

/**
 * The two ways on when a newer revision went live since the draft began: bring the draft up to date (both changes
 * kept, when they touch different texts), or throw it away and start again from the live version. Throwing away
 * names the draft version the member chose on (`version`, then the update's), so a draft changed meanwhile in
 * another tab is kept and the page says so.
 */
function staleChoices(live: number, version: string): HTMLElement {
  const update = el('button', { type: 'button', class: 'primary' }, `Bring my draft up to date with #${live}`);
  const fresh = el('button', { type: 'button' }, `Throw my draft away and start from #${live}`);
  const said = el('div', { role: 'status' });
  update.addEventListener('click', async () => {
    try {
      const updated = await api<{ draftVersion: string }>('POST', '/console/flows/draft/update', {});
      version = updated.draftVersion;
      said.replaceChildren(
        el('p', { class: 'ok' }, `Your draft now includes #${live}. Run the tests, then publish again.`),
      );
    } catch (err) {
      const conflicts = (err instanceof ApiError ? (err.body as { conflicts?: string[] }) : undefined)?.conflicts ?? [];
      said.replaceChildren(
        el('p', { class: 'alert', role: 'alert' }, (err as Error).message),
        el('ul', { class: 'reasons' }, ...conflicts.map((c) => el('li', {}, c))),
      );
    }
  });
  fresh.addEventListener('click', async () => {
    if (!confirm(`Throw your draft away? Your working copy becomes revision #${live}; your changes are lost.`)) return;
    try {
      await api('DELETE', '/console/flows/draft', { draftVersion: version });
      said.replaceChildren(el('p', { class: 'ok' }, `Your draft is gone; you are editing #${live} now.`));
    } catch (err) {
      said.replaceChildren(el('p', { class: 'alert', role: 'alert' }, (err as Error).message));
    }
  });
  return el('div', { class: 'choices' }, el('p', {}, update, ' ', fresh), said);
}

document.getElementById('run-tests')!.addEventListener('click', () => void runTests());
document.getElementById('publish-form')!.addEventListener('submit', (e) => void publish(e));

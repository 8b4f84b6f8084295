/// <reference lib="dom" />
import { api, ApiError, el } from './api';

/** A failing flow test as the test API reports it; `expected`/`actual` when only the wording differs. */
interface TestFailure {
  test?: string;
  file?: string;
  name?: string;
  message?: string;
  wording?: boolean;
  expected?: string;
  actual?: string;
}

function failuresOf(raw: unknown): { passed: number; failed: TestFailure[] } {
  const r = (raw ?? {}) as {
    passed?: number;
    failed?: number | TestFailure[];
    failures?: TestFailure[];
    results?: Array<TestFailure & { ok?: boolean; passed?: boolean }>;
  };
  const failed =
    r.failures ??
    (Array.isArray(r.failed) ? r.failed : undefined) ??
    (r.results ?? []).filter((x) => x.ok === false || x.passed === false);
  const passed = typeof r.passed === 'number' ? r.passed : (r.results ?? []).length - failed.length;
  return { passed, failed };
}

function reasonsOf(err: unknown): string[] {
  const body = err instanceof ApiError ? (err.body as { reasons?: unknown[] } | undefined) : undefined;
  return (body?.reasons ?? []).map((r) => (typeof r === 'string' ? r : JSON.stringify(r)));
}

async function runTests(): Promise<void> {
  const out = document.getElementById('test-results')!;
  out.textContent = 'Running the tests…';
  try {
    const { passed, failed } = failuresOf(await api('POST', '/console/flows/test', {}));
    out.textContent = '';
    out.append(
      el(
        'p',
        { class: failed.length ? 'warning' : 'ok', role: 'status' },
        `${passed} passed, ${failed.length} failed.`,
      ),
    );
    for (const f of failed) out.append(failureCard(f));
    if (failed.some((f) => f.expected !== undefined)) {
      const accept = el('button', { type: 'button', class: 'primary' }, 'Accept the new wording');
      accept.addEventListener('click', async () => {
        try {
          await api('POST', '/console/flows/accept-wording', {});
          await runTests();
        } catch (err) {
          out.append(el('p', { class: 'alert', role: 'alert' }, (err as Error).message));
        }
      });
      out.append(accept);
    }
  } catch (err) {
    out.textContent = `Could not run the tests: ${(err as Error).message}`;
  }
}

function failureCard(f: TestFailure): HTMLElement {
  const card = el('div', { class: 'card failure' }, el('h3', {}, f.test ?? f.name ?? f.file ?? 'A test'));
  if (f.message) card.append(el('p', {}, f.message));
  if (f.expected !== undefined || f.actual !== undefined) {
    card.append(
      el(
        'div',
        { class: 'diff' },
        el('div', {}, el('h4', {}, 'Expected (old wording)'), el('pre', { class: 'old' }, f.expected ?? '')),
        el('div', {}, el('h4', {}, 'Now (your wording)'), el('pre', { class: 'new' }, f.actual ?? '')),
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
    const result = await api<{ revision?: number | { number?: number }; number?: number }>(
      'POST',
      '/console/flows/publish',
      { note },
    );
    const n = typeof result.revision === 'object' ? result.revision.number : (result.revision ?? result.number);
    out.textContent = '';
    out.append(el('p', { class: 'ok' }, `Published as revision ${n ?? ''}. Texters get it within 2 seconds.`));
  } catch (err) {
    out.textContent = '';
    out.append(el('p', { class: 'alert', role: 'alert' }, `Not published: ${(err as Error).message}`));
    const reasons = reasonsOf(err);
    if (reasons.length) out.append(el('ul', { class: 'reasons' }, ...reasons.map((r) => el('li', {}, r))));
  }
}

document.getElementById('run-tests')!.addEventListener('click', () => void runTests());
document.getElementById('publish-form')!.addEventListener('submit', (e) => void publish(e));

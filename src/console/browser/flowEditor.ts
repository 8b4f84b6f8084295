/// <reference lib="dom" />
import { basicSetup, EditorView } from 'codemirror';
import { yaml } from '@codemirror/lang-yaml';
import { forceLinting, linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { api, debounce, el, say } from './api';
import { DraftSaver } from './draftSaver';

/** A checker finding as the flows API reports it (file:line:col, 1-based). */
interface Finding {
  file?: string;
  line?: number;
  column?: number;
  severity?: string;
  rule?: string;
  message?: string;
  fix?: string;
}

let files: Record<string, string> = {};
let saver: DraftSaver;
let current = '';
let findings: Finding[] = [];

const sameFile = (f: Finding) => !f.file || f.file === current || f.file.endsWith(`/${current}`);

function showFindings(): void {
  const list = document.getElementById('findings')!;
  list.textContent = '';
  const errors = findings.filter((f) => f.severity === 'error').length;
  const summary = `${errors} error${errors === 1 ? '' : 's'}, ${findings.length - errors} warning${findings.length - errors === 1 ? '' : 's'}.`;
  document.getElementById('findings-summary')!.textContent =
    errors > 0 ? `${summary} Errors must be fixed before publishing.` : `${summary} Nothing stops publishing.`;
  if (findings.length === 0) list.append(el('li', { class: 'ok' }, 'No problems found.'));
  for (const f of findings) {
    const file = f.file ?? current;
    // A link to its line in the editor above (the same address Test & publish links to), then the checker's words.
    const where = el('a', { href: `#${encodeURIComponent(file)}:${f.line ?? 1}` }, `Line ${f.line ?? 1} of ${file}`);
    list.append(
      el(
        'li',
        { class: f.severity === 'error' ? 'error' : 'warn' },
        where,
        ` ${f.severity === 'error' ? 'Error' : 'Warning'}: ${f.message ?? ''}${f.fix ? ` ${f.fix}` : ''}`,
        f.rule ? el('small', {}, ` (${f.rule})`) : undefined,
      ),
    );
  }
}

/** The file and line an address names (`#recovery.yaml:328`), from a finding's link or Test & publish. */
function placeInHash(): { file: string; line: number } | undefined {
  const m = /^#(.*):(\d+)$/.exec(location.hash);
  return m ? { file: decodeURIComponent(m[1]), line: Number(m[2]) } : undefined;
}

/** Opens the file the address names and puts the cursor on its line, in sight, with the editor focused. */
function goToPlace(view: EditorView, select: HTMLSelectElement): void {
  const place = placeInHash();
  if (!place) return;
  const file = Object.keys(files).find((name) => name === place.file || place.file.endsWith(`/${name}`));
  if (file && file !== current) {
    select.value = file;
    select.dispatchEvent(new Event('change'));
  }
  const line = view.state.doc.line(Math.min(Math.max(1, place.line), view.state.doc.lines));
  view.dispatch({ selection: { anchor: line.from }, effects: EditorView.scrollIntoView(line.from, { y: 'center' }) });
  view.dom.scrollIntoView({ block: 'nearest' });
  view.focus();
}

async function check(): Promise<void> {
  try {
    const result = await api<{ findings?: Finding[] } | Finding[]>('POST', '/console/flows/check', {});
    findings = Array.isArray(result) ? result : (result.findings ?? []);
  } catch (err) {
    findings = [{ severity: 'error', message: `Could not check: ${(err as Error).message}` }];
  }
  showFindings();
}

function diagnostics(view: EditorView): Diagnostic[] {
  const doc = view.state.doc;
  return findings.filter(sameFile).map((f) => {
    const line = doc.line(Math.min(Math.max(1, f.line ?? 1), doc.lines));
    const from = Math.min(line.from + Math.max(0, (f.column ?? 1) - 1), line.to);
    return {
      from,
      to: Math.max(from, line.to),
      severity: f.severity === 'error' ? 'error' : 'warning',
      message: `${f.rule ? `${f.rule}: ` : ''}${f.message ?? ''}`,
    };
  });
}

async function main(): Promise<void> {
  try {
    const copy = await api<{ files: Record<string, string>; draftVersion: string }>('GET', '/console/flows/draft');
    files = copy.files;
    saver = new DraftSaver(copy.draftVersion);
  } catch (err) {
    say('save-status', `Could not load the draft: ${(err as Error).message}`, 'error');
    return;
  }
  const select = document.getElementById('flow-file') as HTMLSelectElement;
  const names = Object.keys(files).sort(
    (a, b) => Number(a.includes('/')) - Number(b.includes('/')) || a.localeCompare(b),
  );
  for (const name of names) select.append(el('option', { value: name }, name));
  current = names[0] ?? '';

  const save = debounce(async (view: EditorView) => {
    say('save-status', 'Saving…', 'busy');
    // The editor keeps the typing whatever the answer: a refused save loses nothing on the screen.
    const result = await saver.save('/console/flows/draft', () => ({ files }));
    if (!result.ok) return say('save-status', result.message, 'error');
    say('save-status', `Saved ${new Date().toLocaleTimeString()}.`);
    await check();
    forceLinting(view);
  }, 800);

  const view = new EditorView({
    parent: document.getElementById('editor')!,
    doc: files[current] ?? '',
    extensions: [
      basicSetup,
      // Long word lists and comments wrap inside the box instead of running off its right edge (a phone shows
      // a third of a line otherwise).
      EditorView.lineWrapping,
      yaml(),
      lintGutter(),
      linter((v) => diagnostics(v), { delay: 300 }),
      EditorView.contentAttributes.of({ 'aria-label': 'Flow YAML' }),
      EditorView.updateListener.of((u) => {
        if (!u.docChanged) return;
        files[current] = u.state.doc.toString();
        save(u.view);
      }),
    ],
  });
  // The scrolling box must be reachable by keyboard too (axe: scrollable-region-focusable).
  view.scrollDOM.tabIndex = 0;
  view.scrollDOM.setAttribute('aria-label', 'Flow YAML, scrollable');
  select.addEventListener('change', () => {
    current = select.value;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: files[current] ?? '' } });
    forceLinting(view);
    showFindings();
  });
  // Back from signing in again in another tab: the edit this tab could not save goes now.
  window.addEventListener('focus', async () => {
    const result = await saver.retry();
    if (!result) return;
    if (!result.ok) return say('save-status', result.message, 'error');
    say('save-status', `Saved ${new Date().toLocaleTimeString()}.`);
    await check();
    forceLinting(view);
  });
  window.addEventListener('hashchange', () => goToPlace(view, select));
  await check();
  forceLinting(view);
  goToPlace(view, select);
}

void main();

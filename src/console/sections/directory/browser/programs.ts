/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { describeCost } from '../../../browser/smsMeter';
import { callApi, el, say } from '../../browserKit';

/** The Programs page's behaviour: each program's form, the whole file, restoring a revision; SMS meters. */
const BASE = '/console/directory/api';

/** The revision the page was opened on: every save names it, so one made on an older list is refused. */
const basedOn = (): number => Number((document.getElementById('programs-revision') as HTMLInputElement).value);

/** A refused save: the message, and the checker's problems each on its own line. */
function showProblems(region: Element | null, data: Record<string, unknown>): void {
  if (!region) return;
  say(region, String(data.error ?? 'Not saved.'), true);
  const problems = Array.isArray(data.problems) ? (data.problems as unknown[]) : [];
  if (problems.length > 1) {
    const list = el('ul', undefined, { class: 'problems' });
    for (const p of problems) list.append(el('li', String(p)));
    region.append(list);
  }
}

/** Saved: the page is reloaded on the new revision, with a line that says so (read from the address). */
function reloadSaved(revision: unknown): void {
  const url = new URL(location.href);
  url.searchParams.set('saved', String(revision));
  location.assign(url.toString());
}

for (const form of document.querySelectorAll<HTMLFormElement>('form.program-form')) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void saveProgram(form);
  });
}

async function saveProgram(form: HTMLFormElement): Promise<void> {
  const status = form.querySelector('.form-status');
  const body: Record<string, unknown> = { basedOn: basedOn() };
  for (const [key, value] of new FormData(form)) body[key] = String(value);
  say(status, 'Checking and saving...');
  const id = encodeURIComponent(form.dataset.id ?? '');
  const { ok, data } = await callApi('POST', `${BASE}/programs/${id}`, body);
  if (!ok) return showProblems(status, data);
  if (data.unchanged) return say(status, 'Nothing changed: not saved.');
  reloadSaved(data.revision);
}

const fileForm = document.getElementById('programs-file') as HTMLFormElement | null;
fileForm?.addEventListener('submit', (event) => {
  event.preventDefault();
  void saveFile(fileForm);
});

async function saveFile(form: HTMLFormElement): Promise<void> {
  const status = document.getElementById('programs-file-status');
  const data = new FormData(form);
  say(status, 'Checking and saving...');
  const answer = await callApi('POST', `${BASE}/programs-file`, {
    basedOn: basedOn(),
    text: String(data.get('text') ?? ''),
    note: String(data.get('note') ?? ''),
  });
  if (!answer.ok) return showProblems(status, answer.data);
  if (answer.data.unchanged) return say(status, 'Nothing changed: not saved.');
  reloadSaved(answer.data.revision);
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest('button.restore-programs') as HTMLButtonElement | null;
  if (button) void restore(button);
});

async function restore(button: HTMLButtonElement): Promise<void> {
  const revision = Number(button.dataset.revision);
  if (!confirm(`Make revision ${revision} the program list texters get?`)) return;
  const status = document.getElementById('programs-status');
  const { ok, data } = await callApi('POST', `${BASE}/programs-restore`, { revision, basedOn: basedOn() });
  if (!ok) return showProblems(status, data);
  reloadSaved(data.revision);
}

// Each text box shows what texters are sent: characters, SMS parts, and what an accent or curly quote becomes.
for (const box of document.querySelectorAll<HTMLTextAreaElement>('textarea.sms-text')) {
  const meter = document.getElementById(box.getAttribute('aria-describedby') ?? '');
  const warning = meter?.nextElementSibling as HTMLElement | null;
  const show = () => {
    const cost = describeCost(box.value);
    if (meter) meter.textContent = box.value ? cost.summary : '';
    if (warning) {
      warning.textContent = cost.warning ?? '';
      warning.hidden = !cost.warning;
    }
  };
  box.addEventListener('input', show);
  show();
}

const saved = new URL(location.href).searchParams.get('saved');
if (saved) say(document.getElementById('programs-status'), `Saved as revision ${saved}. Texters get it now.`);

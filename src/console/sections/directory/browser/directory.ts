/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { callApi, el, say } from '../../browserKit';

/** The directory page's behaviour: check now, add or remove a source, edit the local meetings. */
const BASE = '/console/directory/api';

type Report = { source: string; imported: number; rejected: Array<{ slug: string; reason: string }>; error?: string };

function showReport(region: Element, report: Report): void {
  region.replaceChildren();
  region.append(
    el('h3', `Check of ${report.source}`),
    el(
      'p',
      report.error
        ? `Could not import: ${report.error}`
        : `${report.imported} meeting(s) would come in, ${report.rejected.length} rejected.`,
    ),
  );
  if (report.rejected.length) {
    const list = el('ul', undefined, { class: 'rejected' });
    for (const r of report.rejected) list.append(el('li', `${r.slug}: ${r.reason}`));
    region.append(list);
  }
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest('button');
  if (!button) return;
  if (button.classList.contains('check-now')) void checkNow(button);
  else if (button.classList.contains('remove-source')) void removeSource(button);
  else if (button.classList.contains('edit-local')) editLocal(button);
  else if (button.classList.contains('remove-local')) void removeLocal(button);
  else if (button.classList.contains('revert-local')) void revertLocal(button);
});

async function checkNow(button: HTMLButtonElement): Promise<void> {
  const region = document.getElementById('check-result')!;
  say(region, 'Checking...');
  button.disabled = true;
  const { ok, data } = await callApi('POST', `${BASE}/check`, { key: button.dataset.key });
  button.disabled = false;
  if (!ok) return say(region, String(data.error ?? 'The check failed'), true);
  showReport(region, data.report as Report);
}

async function removeSource(button: HTMLButtonElement): Promise<void> {
  if (!confirm('Remove this source? Its meetings stop being offered.')) return;
  const { ok, data } = await callApi('DELETE', `${BASE}/sources/${encodeURIComponent(button.dataset.id ?? '')}`);
  if (!ok) return say(document.getElementById('check-result'), String(data.error), true);
  location.reload();
}

const addForm = document.getElementById('add-source') as HTMLFormElement | null;
addForm?.addEventListener('submit', (event) => {
  event.preventDefault();
  void addSource(addForm);
});

async function addSource(form: HTMLFormElement): Promise<void> {
  const status = document.getElementById('add-source-status');
  const data = new FormData(form);
  const kind = String(data.get('kind'));
  const body: Record<string, unknown> = {
    kind,
    program: data.get('program'),
    refreshMinutes: Number(data.get('refreshMinutes')),
  };
  if (kind === 'file') {
    const file = (form.querySelector('#source-file') as HTMLInputElement).files?.[0];
    if (!file) return say(status, 'Choose a file first.', true);
    body.fileName = file.name;
    body.body = await file.text();
  } else body.url = data.get('url');
  say(status, 'Adding and reading the source...');
  const { ok, data: answer } = await callApi('POST', `${BASE}/sources`, body);
  if (!ok) return say(status, String(answer.error ?? 'Could not add the source'), true);
  say(status, 'Added. Reloading...');
  location.reload();
}

const localForm = document.getElementById('local-form') as HTMLFormElement | null;
localForm?.addEventListener('submit', (event) => {
  event.preventDefault();
  void saveLocal(localForm);
});

async function saveLocal(form: HTMLFormElement): Promise<void> {
  const status = document.getElementById('local-status');
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  const meeting = {
    program: text('program'),
    name: text('name'),
    days: data.getAll('days').map(Number),
    time: text('time'),
    address: text('address'),
    city: text('city'),
    state: text('state'),
    postalCode: text('postalCode'),
    conferenceUrl: text('conferenceUrl'),
    conferencePhone: text('conferencePhone'),
    timezone: text('timezone'),
    notes: text('notes'),
  };
  say(status, 'Saving...');
  clearFieldProblem(form);
  const replace = text('replace') || undefined;
  const { ok, data: answer } = await callApi('POST', `${BASE}/local`, { meeting, replace, note: text('note') });
  if (!ok) {
    const why = String(answer.error ?? 'error');
    if (typeof answer.field === 'string') showFieldProblem(form, answer.field, why);
    return say(status, `Not saved: ${why}`, true);
  }
  say(status, `Saved as revision ${String(answer.revision)}. Reloading...`);
  // Back at the list, which says it was saved: a reload alone showed the page as before, with no word of it.
  const url = new URL(location.href);
  url.searchParams.set('saved', String(answer.revision));
  url.hash = 'local-h';
  location.assign(url.toString());
}

const savedLocal = new URL(location.href).searchParams.get('saved');
if (savedLocal)
  say(document.getElementById('local-saved'), `Saved as revision ${savedLocal}. Texters get the list now.`);

const PROBLEM_ID = 'local-field-problem';

/**
 * Puts the server's refusal beside the field it names (`state`, `days`...), marks that field invalid and moves to it:
 * the form is long, and the status under the Save button is far from a state typed near the top.
 */
function showFieldProblem(form: HTMLFormElement, field: string, message: string): void {
  const named = form.elements.namedItem(field);
  const input =
    named instanceof RadioNodeList ? (named[0] as HTMLInputElement | undefined) : (named as HTMLElement | null);
  if (!input) return;
  // The days are boxes in one fieldset: the message goes under the fieldset, which the legend names.
  const holder = field === 'days' ? input.closest('fieldset') : input;
  if (!holder) return;
  const problem = document.createElement('p');
  problem.id = PROBLEM_ID;
  problem.className = 'field-problem';
  problem.textContent = message.charAt(0).toUpperCase() + message.slice(1);
  holder.insertAdjacentElement(field === 'days' ? 'beforeend' : 'afterend', problem);
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', PROBLEM_ID);
  input.focus();
}

function clearFieldProblem(form: HTMLFormElement): void {
  document.getElementById(PROBLEM_ID)?.remove();
  for (const invalid of form.querySelectorAll('[aria-invalid]')) {
    invalid.removeAttribute('aria-invalid');
    if (invalid.getAttribute('aria-describedby') === PROBLEM_ID) invalid.removeAttribute('aria-describedby');
  }
}

function editLocal(button: HTMLButtonElement): void {
  if (!localForm) return;
  const m = JSON.parse(button.dataset.meeting ?? '{}') as Record<string, unknown>;
  const set = (name: string, value: unknown) => {
    const input = localForm.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (input) input.value = value === undefined ? '' : String(value);
  };
  set('replace', m.slug);
  set('program', m.program);
  set('name', m.name);
  set('time', m.time);
  set('address', m.address);
  set('city', m.city);
  set('state', m.state);
  set('postalCode', m.postal_code);
  set('conferenceUrl', m.conference_url);
  set('conferencePhone', m.conference_phone);
  set('timezone', m.timezone);
  set('notes', m.notes);
  const days = new Set((Array.isArray(m.day) ? m.day : [m.day]).map(String));
  for (const box of localForm.querySelectorAll<HTMLInputElement>('input[name="days"]'))
    box.checked = days.has(box.value);
  document.getElementById('local-form-h')!.textContent = `Edit ${String(m.name)}`;
  localForm.scrollIntoView();
  (localForm.elements.namedItem('name') as HTMLInputElement).focus();
}

async function removeLocal(button: HTMLButtonElement): Promise<void> {
  if (!confirm('Remove this meeting? Texters stop getting it.')) return;
  const { ok, data } = await callApi('POST', `${BASE}/local/remove`, { slug: button.dataset.slug });
  if (!ok) return say(document.getElementById('local-status'), String(data.error), true);
  location.reload();
}

async function revertLocal(button: HTMLButtonElement): Promise<void> {
  if (!confirm(`Make revision ${button.dataset.revision} the live list again?`)) return;
  const { ok, data } = await callApi('POST', `${BASE}/local/revert`, { revision: Number(button.dataset.revision) });
  if (!ok) return say(document.getElementById('local-status'), String(data.error), true);
  location.reload();
}

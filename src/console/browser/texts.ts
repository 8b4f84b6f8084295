/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { api, debounce, el, say } from './api';
import { DraftSaver } from './draftSaver';
import { describeCost } from './smsMeter';
import { textName } from './textName';

/** One text as the flows API lists it (GET /console/flows/texts): where it is, and each language's wording. */
interface TextEntry {
  id: string;
  file: string;
  path: Array<string | number>;
  /** Its line in the file, so staff can find it on the Flow page. */
  line?: number;
  versions: Record<string, { text: string } | undefined>;
}

const LANGUAGE = { en: 'English', es: 'Spanish' } as const;

function field(entry: TextEntry, lang: 'en' | 'es', saver: DraftSaver): HTMLElement {
  const id = `t-${entry.id.replace(/[^a-zA-Z0-9_-]/g, '_')}-${lang}`;
  const box = el('textarea', { id, rows: '4', lang, spellcheck: 'true', 'aria-describedby': `${id}-cost` });
  box.value = entry.versions[lang]?.text ?? '';
  const meter = el('p', { id: `${id}-cost`, class: 'meter' });
  const warn = el('p', { class: 'warning', role: 'alert', hidden: '' });
  // A refusal of this box's text, under the box itself: the page holds hundreds of texts, so the status at the
  // top alone would leave staff hunting for the one it means.
  const problem = el('p', { id: `${id}-problem`, class: 'field-problem', hidden: '' });
  const show = () => {
    const cost = describeCost(box.value);
    meter.textContent = cost.summary;
    meter.dataset.parts = String(cost.parts);
    warn.textContent = cost.warning ?? '';
    warn.hidden = !cost.warning;
  };
  const refuse = (message: string) => {
    problem.textContent = message;
    problem.hidden = false;
    box.setAttribute('aria-invalid', 'true');
    box.setAttribute('aria-describedby', `${id}-problem ${id}-cost`);
  };
  const clear = () => {
    problem.hidden = true;
    box.removeAttribute('aria-invalid');
    box.setAttribute('aria-describedby', `${id}-cost`);
  };
  const save = debounce(async () => {
    if (box.value.trim() === '') {
      refuse(`A text cannot be empty: the ${LANGUAGE[lang]} here is not saved. Write it again, or undo (Ctrl+Z).`);
      return say(
        'save-status',
        `Not saved: a ${LANGUAGE[lang]} text is empty (${textName(entry.path, entry.id)}).`,
        'error',
      );
    }
    clear();
    say('save-status', 'Saving…', 'busy');
    // The box's text when its turn comes: a save queued behind another one sends the newest typing.
    const result = await saver.save('/console/flows/texts', () => ({
      file: entry.file,
      path: entry.path,
      lang,
      text: box.value,
    }));
    if (result.ok) say('save-status', `Saved ${new Date().toLocaleTimeString()}.`);
    else say('save-status', result.message, 'error');
  }, 700);
  box.addEventListener('input', () => {
    show();
    save();
  });
  show();
  return el('div', { class: 'lang' }, el('label', { for: id }, LANGUAGE[lang]), box, problem, meter, warn);
}

async function main(): Promise<void> {
  const holder = document.getElementById('texts')!;
  let entries: TextEntry[];
  let saver: DraftSaver;
  try {
    const loaded = await api<{ texts: TextEntry[]; draftVersion: string }>('GET', '/console/flows/texts');
    entries = loaded.texts;
    // One saver for every box on the page, so its saves go one after another.
    saver = new DraftSaver(loaded.draftVersion);
  } catch (err) {
    holder.textContent = `Could not load the texts: ${(err as Error).message}`;
    return;
  }
  holder.textContent = '';
  for (const entry of entries) {
    const card = el(
      'section',
      { class: 'text card', 'data-id': entry.id },
      el('h2', {}, textName(entry.path, entry.id)),
      // Where it is in the file, for the Flow page and anyone who reads flows/README.md: explained, not bare.
      el(
        'p',
        { class: 'where' },
        `On the Flow page: ${entry.file}, line ${entry.line ?? '?'} (${entry.path.join('.')})`,
      ),
    );
    card.append(el('div', { class: 'pair' }, field(entry, 'en', saver), field(entry, 'es', saver)));
    holder.append(card);
  }
  holder.setAttribute('aria-busy', 'false');
  // Back from signing in again in another tab: what this tab could not save goes now.
  window.addEventListener('focus', async () => {
    const result = await saver.retry();
    if (result)
      say(
        'save-status',
        result.ok ? `Saved ${new Date().toLocaleTimeString()}.` : result.message,
        result.ok ? 'ok' : 'error',
      );
  });
  const filter = document.getElementById('text-filter') as HTMLInputElement;
  filter.addEventListener('input', () => {
    const q = filter.value.trim().toLowerCase();
    for (const card of holder.querySelectorAll<HTMLElement>('section.text')) {
      const name = card.querySelector('h2')?.textContent ?? '';
      const hay = [card.dataset.id ?? '', name, ...Array.from(card.querySelectorAll('textarea'), (t) => t.value)].join(
        ' ',
      );
      card.hidden = q !== '' && !hay.toLowerCase().includes(q);
    }
  });
}

void main();

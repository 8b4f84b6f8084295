/// <reference lib="dom" />
import { api, el } from './api';
import { textName, wordListName } from './textName';

/** What GET /console/flows/revisions/N/changes answers (see src/console/flows/revisionChanges.ts). */
interface Changes {
  revision: number;
  previous?: number;
  note?: string;
  texts: Array<{
    id: string;
    path: Array<string | number>;
    languages: Record<string, { before?: string; after?: string }>;
  }>;
  wordLists: Array<{
    id: string;
    path: Array<string | number>;
    languages: Record<string, { added: string[]; removed: string[] }>;
  }>;
  otherFlowChanges: string[];
  testFiles: string[];
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Spanish' };
const languageName = (code: string) => LANGUAGE_NAMES[code] ?? code;

/** "1 text", "3 word lists". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One wording, before and after, side by side (stacked on a phone), in the language it is written in. */
function wordingCard(lang: string, change: { before?: string; after?: string }): HTMLElement {
  const side = (title: string, text: string | undefined, kind: 'old' | 'new') =>
    el('div', {}, el('h5', {}, title), el('pre', { class: kind, lang }, text ?? '(none)'));
  return el(
    'div',
    { class: 'change-lang' },
    el('h4', {}, languageName(lang)),
    el('div', { class: 'diff' }, side('Before', change.before, 'old'), side('After', change.after, 'new')),
  );
}

/** One language's words added and taken out of a word list. */
function wordsCard(lang: string, change: { added: string[]; removed: string[] }): HTMLElement {
  const list = el('dl', { class: 'word-changes' });
  if (change.added.length) list.append(el('dt', {}, 'Added'), el('dd', { lang }, change.added.join(', ')));
  if (change.removed.length) list.append(el('dt', {}, 'Taken out'), el('dd', { lang }, change.removed.join(', ')));
  return el('div', { class: 'change-lang' }, el('h4', {}, languageName(lang)), list);
}

/**
 * Draws what revision `n` changed since the one before it into `holder`: each text (English and Spanish, before and
 * after), each word list (words added and taken out), then what else changed, in words a staff member reads.
 */
export async function showRevisionChanges(holder: HTMLElement, n: number): Promise<void> {
  holder.replaceChildren(el('p', {}, `Finding what changed in #${n}…`));
  let c: Changes;
  try {
    c = await api<Changes>('GET', `/console/flows/revisions/${n}/changes`);
  } catch (err) {
    holder.replaceChildren(el('p', { class: 'alert', role: 'alert' }, `Could not load: ${(err as Error).message}`));
    return;
  }
  const since = c.previous ? ` since #${c.previous}` : '';
  const heading = el('h2', { id: 'changes-heading', tabindex: '-1' }, `What changed in #${c.revision}${since}`);
  const parts = [count(c.texts.length, 'text', 'texts'), count(c.wordLists.length, 'word list', 'word lists')].join(
    ' and ',
  );
  const summary = c.previous
    ? `${parts} changed.${c.note ? ` The note: “${c.note}”.` : ''}`
    : 'This is the first revision: there is nothing before it to compare with.';
  holder.replaceChildren(heading, el('p', { role: 'status' }, summary));
  if (!c.previous) return;
  for (const t of c.texts) {
    const card = el('section', { class: 'card change', 'data-id': t.id }, el('h3', {}, textName(t.path, t.id)));
    for (const [lang, change] of Object.entries(t.languages)) card.append(wordingCard(lang, change));
    holder.append(card);
  }
  for (const w of c.wordLists) {
    const card = el('section', { class: 'card change', 'data-id': w.id }, el('h3', {}, wordListName(w.path, w.id)));
    for (const [lang, change] of Object.entries(w.languages)) card.append(wordsCard(lang, change));
    holder.append(card);
  }
  const also: string[] = [];
  if (c.otherFlowChanges.length)
    also.push(
      `Steps, routes or settings changed too in ${c.otherFlowChanges.join(', ')}: download #${c.previous} and ` +
        `#${c.revision} above to compare them.`,
    );
  if (c.testFiles.length) also.push(`Test conversations changed: ${c.testFiles.join(', ')}.`);
  if (also.length) holder.append(el('ul', { class: 'reasons' }, ...also.map((a) => el('li', {}, a))));
  heading.focus();
}

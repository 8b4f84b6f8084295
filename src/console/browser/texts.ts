/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { api, debounce, el, say } from './api';
import { describeCost } from './smsMeter';

/** One text as the flows API lists it: its id (flow path) and its English and Spanish wording. */
interface TextEntry {
  id: string;
  en?: string;
  es?: string;
}

function normalise(raw: unknown): TextEntry[] {
  const list = Array.isArray(raw) ? raw : ((raw as { texts?: unknown[] })?.texts ?? []);
  return (list as Array<Record<string, unknown>>).map((t) => ({
    id: String(t.id ?? t.path ?? t.key),
    en: pick(t, 'en'),
    es: pick(t, 'es'),
  }));
}

function pick(t: Record<string, unknown>, lang: 'en' | 'es'): string | undefined {
  const v = t[lang] ?? (t.text as Record<string, unknown> | undefined)?.[lang];
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as { text?: unknown }).text === 'string')
    return (v as { text: string }).text;
  return undefined;
}

function field(entry: TextEntry, lang: 'en' | 'es'): HTMLElement {
  const id = `t-${entry.id.replace(/[^a-zA-Z0-9_-]/g, '_')}-${lang}`;
  const box = el('textarea', { id, rows: '4', lang, spellcheck: 'true', 'aria-describedby': `${id}-cost` });
  box.value = (lang === 'en' ? entry.en : entry.es) ?? '';
  const meter = el('p', { id: `${id}-cost`, class: 'meter' });
  const warn = el('p', { class: 'warning', role: 'alert', hidden: '' });
  const show = () => {
    const cost = describeCost(box.value);
    meter.textContent = cost.summary;
    meter.dataset.parts = String(cost.parts);
    warn.textContent = cost.warning ?? '';
    warn.hidden = !cost.warning;
  };
  const save = debounce(async () => {
    say('save-status', 'Saving…', 'busy');
    try {
      await api('PUT', `/console/flows/texts/${encodeURIComponent(entry.id)}`, { lang, text: box.value });
      say('save-status', `Saved ${new Date().toLocaleTimeString()}.`);
    } catch (err) {
      say('save-status', `Not saved: ${(err as Error).message}`, 'error');
    }
  }, 700);
  box.addEventListener('input', () => {
    show();
    save();
  });
  show();
  return el(
    'div',
    { class: 'lang' },
    el('label', { for: id }, lang === 'en' ? 'English' : 'Spanish'),
    box,
    meter,
    warn,
  );
}

async function main(): Promise<void> {
  const holder = document.getElementById('texts')!;
  let entries: TextEntry[];
  try {
    entries = normalise(await api('GET', '/console/flows/texts'));
  } catch (err) {
    holder.textContent = `Could not load the texts: ${(err as Error).message}`;
    return;
  }
  holder.textContent = '';
  for (const entry of entries) {
    const card = el('section', { class: 'text card', 'data-id': entry.id }, el('h2', {}, entry.id));
    card.append(el('div', { class: 'pair' }, field(entry, 'en'), field(entry, 'es')));
    holder.append(card);
  }
  holder.setAttribute('aria-busy', 'false');
  const filter = document.getElementById('text-filter') as HTMLInputElement;
  filter.addEventListener('input', () => {
    const q = filter.value.trim().toLowerCase();
    for (const card of holder.querySelectorAll<HTMLElement>('section.text')) {
      const hay = [card.dataset.id ?? '', ...Array.from(card.querySelectorAll('textarea'), (t) => t.value)].join(' ');
      card.hidden = q !== '' && !hay.toLowerCase().includes(q);
    }
  });
}

void main();

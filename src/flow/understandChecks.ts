import type { FlowPath } from './flowParser';
import type { FlowWords, UnderstandSection } from './flowSchema';
import { compilePattern, normalizePhrase } from '../text/phrasePattern';
import { plainLower, wordsOfPlain } from '../text/textWords';
import { badSlotValue, isLexiconSlot, OPEN_SLOTS, SLOT_VALUES } from './understandSlots';

/** How a checker rule reports: where, how bad, which rule, and what to do. */
export type Report = (
  path: FlowPath,
  severity: 'error' | 'warning',
  rule: string,
  message: string,
  part?: 'key' | 'value',
) => void;

/**
 * The rules of the `understand:` section beyond its shape: known slots and values, phrases that
 * can be read, no word under two values of one slot (a text with it would be read both ways), and
 * no carrier keyword (the carrier acts on those before the line sees them).
 */
export function checkUnderstandSection(
  section: UnderstandSection,
  languages: readonly string[],
  carrierWords: ReadonlySet<string>,
  report: Report,
): void {
  checkOneWordLists(section, languages, report);
  checkBehaviorApart(section, languages, report);
  const slotNames = [...Object.keys(SLOT_VALUES), ...OPEN_SLOTS].join(', ');
  for (const [slot, values] of Object.entries(section.slots)) {
    const base: FlowPath = ['understand', 'slots', slot];
    if (!isLexiconSlot(slot)) {
      report(
        base,
        'error',
        'understand-slot',
        `\`${slot}\` is not a slot the line understands. Use one of: ${slotNames}.`,
        'key',
      );
      continue;
    }
    for (const value of Object.keys(values)) {
      const bad = badSlotValue(slot, value);
      if (bad)
        report(
          [...base, value],
          'error',
          'understand-value',
          `\`${value}\` is not a value of \`${slot}\`: ${bad}.`,
          'key',
        );
    }
    // A plain list serves every language: report each written phrase once, not once per language.
    const reported = new Set<string>();
    const once: Report = (path, ...rest) => {
      const key = `${path.join('/')}:${rest[1]}`;
      if (!reported.has(key)) report(path, ...rest);
      reported.add(key);
    };
    for (const lang of languages) checkOneSlot(slot, values, lang, base, carrierWords, once);
    for (const [value, words] of Object.entries(values)) {
      if (Array.isArray(words)) continue;
      for (const lang of Object.keys(words).filter((l) => !languages.includes(l))) {
        report(
          [...base, value, lang],
          'warning',
          'unknown-language',
          `\`${lang}\` is not one of the flow's languages (${languages.join(', ')}). Add it to \`languages\` or remove these words.`,
          'key',
        );
      }
    }
  }
}

/**
 * A `behavior` phrase also under `concern`: there it is that concern with no behavior ("porn" under gambling too
 * would send a texter about porn to Gam-Anon), so it must be listed once.
 */
function checkBehaviorApart(section: UnderstandSection, languages: readonly string[], report: Report): void {
  const behaviors = section.slots.behavior;
  const concerns = section.slots.concern;
  if (!behaviors || !concerns) return;
  for (const lang of languages) {
    const asConcern = new Map<string, string>();
    for (const [value, words] of Object.entries(concerns))
      for (const { word } of listed(words, lang, [])) asConcern.set(normalizePhrase(word)?.source ?? '', value);
    for (const [value, words] of Object.entries(behaviors)) {
      for (const { word, path } of listed(words, lang, ['understand', 'slots', 'behavior', value])) {
        const concern = asConcern.get(normalizePhrase(word)?.source ?? '');
        if (concern === undefined) continue;
        report(
          path,
          'error',
          'understand-duplicate',
          `"${word}" is listed under both \`behavior: ${value}\` and \`concern: ${concern}\` (${lang}), so a text with it would be read as ${concern} with no behavior. Keep it under one.`,
        );
      }
    }
  }
}

/** Word lists the line reads one word at a time, so a phrase in them would make each of its words count alone. */
const ONE_WORD_LISTS = ['self_words', 'other_words', 'negation'] as const;

/**
 * A phrase in a one-word list: "mi mismo" among the self words made every "mi" (my) the texter.
 * A warning, not an error: flows already published with one keep loading; it names where the
 * phrase belongs instead.
 */
export function checkOneWordLists(section: UnderstandSection, languages: readonly string[], report: Report): void {
  for (const list of ONE_WORD_LISTS) {
    const words = section[list];
    if (!words) continue;
    for (const lang of Array.isArray(words) ? [languages[0]] : Object.keys(words)) {
      for (const { word, path } of listed(words, lang, ['understand', list])) {
        if (wordsOfPlain(plainLower(word)).length > 1)
          report(
            path,
            'warning',
            'understand-one-word',
            `\`${word}\` is more than one word, but \`${list}\` is read one word at a time: each of its words would count alone. ` +
              (list === 'self_words'
                ? 'Put the phrase under `slots.audience.self` instead.'
                : 'Keep single words here.'),
            'value',
          );
      }
    }
  }
}

function listed(words: FlowWords, lang: string, base: FlowPath): Array<{ word: string; path: FlowPath }> {
  if (Array.isArray(words)) return words.map((word, i) => ({ word, path: [...base, i] }));
  return (words[lang] ?? []).map((word, i) => ({ word, path: [...base, lang, i] }));
}

function checkOneSlot(
  slot: string,
  values: Record<string, FlowWords>,
  lang: string,
  base: FlowPath,
  carrierWords: ReadonlySet<string>,
  report: Report,
): void {
  const firstSeen = new Map<string, string>();
  for (const [value, words] of Object.entries(values)) {
    for (const { word, path } of listed(words, lang, [...base, value])) {
      const phrase = normalizePhrase(word);
      if (!phrase) {
        report(
          path,
          'error',
          'understand-phrase',
          `"${word}" has no words left once punctuation is taken out. Remove it.`,
        );
        continue;
      }
      try {
        compilePattern(phrase.source);
      } catch {
        report(
          path,
          'error',
          'understand-phrase',
          `"${word}" must start with a word that is always there (not "word?" or "..."). Reorder it.`,
        );
        continue;
      }
      const squashed = phrase.source.replace(/ /g, '');
      if (carrierWords.has(squashed)) {
        report(
          path,
          'error',
          'carrier-keyword',
          `"${word}" is a carrier keyword: the phone company and Twilio act on it (opt out, opt in or help) before the line sees it, so it cannot be understood as \`${slot}: ${value}\`. Remove it; the line handles it already.`,
        );
      }
      const key = `${phrase.whole ? '=' : ''}${phrase.source}`;
      const earlier = firstSeen.get(key);
      if (earlier !== undefined && earlier !== value) {
        report(
          path,
          'error',
          'understand-duplicate',
          `"${word}" is listed under both \`${slot}: ${earlier}\` and \`${slot}: ${value}\` (${lang}), so a text with it would be read both ways. Keep it under one value.`,
        );
      } else if (earlier === undefined) firstSeen.set(key, value);
    }
  }
}

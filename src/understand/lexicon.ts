import type { FlowWords, UnderstandSection } from '../flow/flowSchema';
import { compilePattern, normalizePhrase, PatternIndex, type PhrasePattern } from '../text/phrasePattern';
import { plainLower, wordsOfPlain } from '../text/textWords';
import { TypoCorrector } from '../text/typoCorrector';
import { isLexiconSlot, type LexiconSlot } from '../flow/understandSlots';

/** One listed phrase: which slot and value it stands for, and whether it must be the whole message. */
export interface LexiconEntry {
  pattern: PhrasePattern;
  slot: LexiconSlot;
  value: string;
  /** Written with a leading "=": counts only when it is the whole message. */
  whole: boolean;
  /**
   * The phrase skips words ("meetings ... near"): what it skips is not part of it, so a time or a
   * preference in there ("meetings tonight near 79101") still counts. Worked out once, at compile.
   */
  skipsWords: boolean;
  /** As staff wrote it, for --explain and the checker. */
  written: string;
}

/** Everything the understanding step needs for one language, compiled once per flow version. */
export interface LanguageLexicon {
  lang: string;
  index: PatternIndex<LexiconEntry>;
  entries: readonly LexiconEntry[];
  typos: TypoCorrector;
  negation: ReadonlySet<string>;
  selfWords: ReadonlySet<string>;
  otherWords: ReadonlySet<string>;
  /** One-word family words ("husband", "hijo"): who a concern belongs to. */
  familyWords: ReadonlySet<string>;
  /** Every exact word any phrase names: a town is never looked for in these. */
  vocabulary: ReadonlySet<string>;
  /** Real words staff listed as never to be corrected (known_words). */
  known: ReadonlySet<string>;
}

/** The words of a list that apply to one language: its own, or a plain list for every language. */
export function wordsFor(words: FlowWords | undefined, lang: string): string[] {
  if (!words) return [];
  return Array.isArray(words) ? words : (words[lang] ?? []);
}

function plainSet(words: FlowWords | undefined, lang: string): Set<string> {
  return new Set(wordsFor(words, lang).flatMap((w) => wordsOfPlain(plainLower(w))));
}

/**
 * The single words of a list read one word at a time. A phrase there ("mi mismo") is left out
 * rather than split: split, each of its words would count alone ("mi", my, as the texter).
 * The checker warns of it (understand-one-word).
 */
function oneWordSet(words: FlowWords | undefined, lang: string): Set<string> {
  return new Set(
    wordsFor(words, lang)
      .map((w) => wordsOfPlain(plainLower(w)))
      .filter((ws) => ws.length === 1)
      .map((ws) => ws[0]),
  );
}

/** Compiles the phrases for one language; a phrase that cannot be compiled is left out (the checker names it). */
export function compileLanguage(section: UnderstandSection, lang: string): LanguageLexicon {
  const entries: LexiconEntry[] = [];
  for (const [slot, values] of Object.entries(section.slots)) {
    if (!isLexiconSlot(slot)) continue;
    for (const [value, words] of Object.entries(values)) {
      for (const written of wordsFor(words, lang)) {
        const phrase = normalizePhrase(written);
        if (!phrase) continue;
        try {
          const pattern = compilePattern(phrase.source);
          const skipsWords = pattern.slots.some((s) => s.gap > 0);
          entries.push({ pattern, slot, value, whole: phrase.whole, written, skipsWords });
        } catch {
          // A phrase like "x?" alone cannot start a match; flows:check reports it.
        }
      }
    }
  }
  const vocabulary = new Set(entries.flatMap((e) => e.pattern.slots.flatMap((s) => [...s.words])));
  const known = plainSet(section.known_words, lang);
  const familyWords = new Set(
    entries
      .filter((e) => e.slot === 'audience' && e.value === 'family' && e.pattern.slots.length === 1)
      .flatMap((e) => [...e.pattern.slots[0].words]),
  );
  const selfWords = oneWordSet(section.self_words, lang);
  const otherWords = oneWordSet(section.other_words, lang);
  const negation = oneWordSet(section.negation, lang);
  const typoVocabulary = new Set([...vocabulary, ...selfWords, ...otherWords, ...negation]);
  return {
    lang,
    index: new PatternIndex(entries),
    entries,
    // Spanish writers often leave off the silent "h": "mi ijo toma" is my son drinks.
    typos: new TypoCorrector(typoVocabulary, known, true, lang === 'es' ? 'h' : undefined),
    negation,
    selfWords,
    otherWords,
    familyWords,
    vocabulary,
    known,
  };
}

/** A flow's understand section compiled per language, on first use; what understand() is given. */
export class Lexicon {
  private readonly compiled = new Map<string, LanguageLexicon>();

  constructor(
    readonly section: UnderstandSection,
    readonly languages: readonly string[],
  ) {}

  /** The compiled words of one language (the first language's when the flow does not speak it). */
  forLanguage(lang: string): LanguageLexicon {
    const use = this.languages.includes(lang) ? lang : (this.languages[0] ?? lang);
    let found = this.compiled.get(use);
    if (!found) this.compiled.set(use, (found = compileLanguage(this.section, use)));
    return found;
  }
}

const byFlow = new WeakMap<UnderstandSection, Lexicon>();

/** The Lexicon of a flow's understand section, built once per section object (one flow version). */
export function lexiconOf(section: UnderstandSection, languages: readonly string[]): Lexicon {
  let lexicon = byFlow.get(section);
  if (!lexicon) byFlow.set(section, (lexicon = new Lexicon(section, languages)));
  return lexicon;
}

import { ownsAThingAfter } from './thingOwner';
import type { FlowWords, UnderstandSection } from '../flow/flowSchema';
import { compilePattern, normalizePhrase, PatternIndex, type PhrasePattern } from '../text/phrasePattern';
import { plainLower, wordsOfPlain } from '../text/textWords';
import { TypoCorrector } from '../text/typoCorrector';
import { BEHAVIOR_CONCERN, isLexiconSlot, type LexiconSlot } from '../flow/understandSlots';

/** One listed phrase: which slot and value it stands for, and whether it must be the whole message. */
export interface LexiconEntry {
  pattern: PhrasePattern;
  slot: LexiconSlot;
  value: string;
  /** Written with a leading "=": counts only when it is the whole message. */
  whole: boolean;
  /**
   * Listed under another language of the flow and heard in this one too ("my husband" in a text read as
   * Spanish): texters mix the two. Not counted when a first text's language is chosen.
   */
  borrowed?: boolean;
  /**
   * The phrase skips words ("meetings ... near"): what it skips is not part of it, so a time or a
   * preference in there ("meetings tonight near 79101") still counts. Worked out once, at compile.
   */
  skipsWords: boolean;
  /** As staff wrote it, for --explain and the checker. */
  written: string;
  /**
   * Listed under `behavior` ("video games", "porn"): heard as a concern (BEHAVIOR_CONCERN), so the concern is read
   * as for any other word, and this says which behaviour it names.
   */
  behavior?: string;
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
  /**
   * One-word family words of the flow's other languages ("husband" in a Spanish text): family only said as
   * someone's ("my husband", "mi son"), since alone they may be words of this language ("ellos son") or names.
   */
  borrowedFamily: ReadonlySet<string>;
  /**
   * Words the flow lists as family only after "my" ("mi viejo", "mi senora"): family said as someone's, since alone
   * they are everyday words ("estoy viejo").
   */
  familyAfterPossessive: ReadonlySet<string>;
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

/** The listed phrases of one language, compiled; one that cannot be compiled is left out (the checker names it). */
function entriesOf(section: UnderstandSection, lang: string): LexiconEntry[] {
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
          const entry: LexiconEntry = { pattern, slot, value, whole: phrase.whole, written, skipsWords };
          // A behavior is a concern with a name: heard by the concern's own reading (negation, whose it is).
          if (slot === 'behavior') Object.assign(entry, { slot: 'concern', value: BEHAVIOR_CONCERN, behavior: value });
          entries.push(entry);
        } catch {
          // A phrase like "x?" alone cannot start a match; flows:check reports it.
        }
      }
    }
  }
  return entries;
}

/**
 * Slots heard in the flow's other languages too, since texters mix them ("necesito ayuda my husband is drinking",
 * "my esposo toma"): whom the help is for, what about, medication, teen, how, when and which program. Not yes/no,
 * items or intents, whose short words mean other things across languages ("ya", "no", "mas").
 */
const BORROWED_SLOTS: ReadonlySet<string> = new Set([
  'audience',
  'concern',
  'concern_weak',
  'medication',
  'teen',
  'mode',
  'when',
  'part',
  'wants',
  'programs',
]);

/**
 * The phrases of the flow's other languages a text read in this one is heard with too. Left out: phrases this
 * language lists itself, and one-word phrases whose word is this language's own (`owned`): "he" is Spanish in "he
 * estado"; such false friends go in known_words.
 */
function borrowedEntries(
  section: UnderstandSection,
  others: readonly string[],
  own: readonly LexiconEntry[],
  owned: ReadonlySet<string>,
): LexiconEntry[] {
  const ownPhrases = new Set(own.map((e) => e.pattern.source));
  const borrowed: LexiconEntry[] = [];
  for (const other of others) {
    for (const entry of entriesOf(section, other)) {
      if (!BORROWED_SLOTS.has(entry.slot) || ownPhrases.has(entry.pattern.source)) continue;
      const [only, ...more] = entry.pattern.slots;
      if (!more.length && [...only.words].some((word) => owned.has(word))) continue;
      ownPhrases.add(entry.pattern.source);
      borrowed.push({ ...entry, borrowed: true });
    }
  }
  return borrowed;
}

/**
 * The family words of two-word phrases that are a possessive, then the word: "mi|mis viejo|vieja|senora". Not a
 * phrase heard only as the whole text ("=my pastor" answers "Who is the help for?"; "my pastor said try aa" is the
 * texter's).
 */
function familyAfterPossessiveOf(entries: readonly LexiconEntry[]): Set<string> {
  return new Set(
    entries
      .filter(
        (e) =>
          !e.whole &&
          e.slot === 'audience' &&
          e.value === 'family' &&
          e.pattern.slots.length === 2 &&
          [...e.pattern.slots[0].words].every((word) => POSSESSIVES.has(word)),
      )
      .flatMap((e) => [...e.pattern.slots[1].words]),
  );
}

function familyWordsOf(entries: readonly LexiconEntry[]): Set<string> {
  return new Set(
    entries
      .filter((e) => e.slot === 'audience' && e.value === 'family' && e.pattern.slots.length === 1)
      .flatMap((e) => [...e.pattern.slots[0].words]),
  );
}

/**
 * Compiles the phrases for one language, with those of the flow's other `languages` borrowed (borrowedEntries);
 * a phrase that cannot be compiled is left out (the checker names it).
 */
export function compileLanguage(
  section: UnderstandSection,
  lang: string,
  languages: readonly string[] = [lang],
): LanguageLexicon {
  const own = entriesOf(section, lang);
  const vocabulary = new Set(own.flatMap((e) => e.pattern.slots.flatMap((s) => [...s.words])));
  const known = plainSet(section.known_words, lang);
  const ownSelf = oneWordSet(section.self_words, lang);
  const ownOther = oneWordSet(section.other_words, lang);
  const ownNegation = oneWordSet(section.negation, lang);
  // The words this language gives a meaning alone: "mama" only in "baby mama" is no English word of its own.
  const alone = own.filter((e) => e.pattern.slots.length === 1).flatMap((e) => [...e.pattern.slots[0].words]);
  const owned = new Set([...alone, ...known, ...ownSelf, ...ownOther, ...ownNegation]);
  const others = languages.filter((l) => l !== lang);
  const borrowed = borrowedEntries(section, others, own, owned);
  // "i", "she", "not" in a Spanish text: the other languages' words for the texter, someone else and not.
  const foreign = (list: FlowWords | undefined) =>
    others.flatMap((l) => [...oneWordSet(list, l)]).filter((word) => !owned.has(word));
  const selfWords = new Set([...ownSelf, ...foreign(section.self_words)]);
  const otherWords = new Set([...ownOther, ...foreign(section.other_words)]);
  const negation = new Set([...ownNegation, ...foreign(section.negation)]);
  const familyWords = familyWordsOf(own);
  const borrowedFamily = new Set([...familyWordsOf(borrowed)].filter((word) => !familyWords.has(word)));
  const typoVocabulary = new Set([...vocabulary, ...ownSelf, ...ownOther, ...ownNegation]);
  // Another language's words are heard as written: never "corrected" into one of this language's.
  const borrowedWords = [
    ...borrowed.flatMap((e) => e.pattern.slots.flatMap((s) => [...s.words])),
    ...selfWords,
    ...otherWords,
    ...negation,
  ];
  return {
    lang,
    index: new PatternIndex([...own, ...borrowed]),
    entries: own,
    // Spanish writers often leave off the silent "h": "mi ijo toma" is my son drinks.
    typos: new TypoCorrector(typoVocabulary, [...known, ...borrowedWords], true, lang === 'es' ? 'h' : undefined),
    negation,
    selfWords,
    otherWords,
    familyWords,
    borrowedFamily,
    familyAfterPossessive: familyAfterPossessiveOf(own),
    vocabulary,
    known,
  };
}

/** Possessives before a borrowed family word: "my husband", "mi son", "su boyfriend". */
const POSSESSIVES: ReadonlySet<string> = new Set([
  'my',
  'our',
  'his',
  'her',
  'your',
  'mi',
  'mis',
  'su',
  'sus',
  'tu',
  'tus',
]);

/**
 * Whether the word at `j` names someone close: a family word of the language, or of another one said as someone's
 * ("my husband" in a Spanish text; not "son" in "ellos son").
 */
export function isFamilyAt(lx: LanguageLexicon, words: readonly string[], j: number): boolean {
  const word = words[j] ?? '';
  const afterPossessive = POSSESSIVES.has(words[j - 1] ?? '');
  // "addicted to my wife's oxys": she owns the pills, and is not the one who takes them (thingOwner.ts).
  return (
    (lx.familyWords.has(word) ||
      (afterPossessive && (lx.borrowedFamily.has(word) || lx.familyAfterPossessive.has(word)))) &&
    !ownsAThingAfter(words, j)
  );
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
    if (!found) this.compiled.set(use, (found = compileLanguage(this.section, use, this.languages)));
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

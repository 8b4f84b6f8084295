import { TYPO_MIN_LENGTH, withinOneEdit } from './editDistance';

/** How many corrected words each corrector remembers; texters repeat themselves, and memory stays bounded. */
const CACHE_LIMIT = 20_000;

/**
 * Puts a misspelt word back to the listed word it was meant to be ("alchohol" -> "alcohol"),
 * allowing one edit (a swap of two letters counts as one) on words of five letters or more.
 * A word that is itself listed or known is never changed: "closer" stays "closer", not "closed".
 */
export class TypoCorrector {
  private readonly vocabulary = new Set<string>();
  private readonly known: ReadonlySet<string>;
  private readonly byLength = new Map<number, string[]>();
  private readonly cache = new Map<string, string>();

  constructor(vocabulary: Iterable<string>, knownWords: Iterable<string> = []) {
    for (const word of vocabulary) {
      if (this.vocabulary.has(word)) continue;
      this.vocabulary.add(word);
      if (word.length < TYPO_MIN_LENGTH || /\d/.test(word)) continue;
      const list = this.byLength.get(word.length);
      if (list) list.push(word);
      else this.byLength.set(word.length, [word]);
    }
    this.known = new Set(knownWords);
  }

  /** The listed word this word stands for, or the word itself when it is listed, known or too far off. */
  correct(word: string): string {
    if (word.length < TYPO_MIN_LENGTH || this.vocabulary.has(word) || this.known.has(word)) return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const found = this.nearest(word) ?? word;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, found);
    return found;
  }

  private nearest(word: string): string | undefined {
    if (/\d/.test(word)) return undefined;
    for (const length of [word.length, word.length - 1, word.length + 1]) {
      for (const candidate of this.byLength.get(length) ?? []) {
        if (withinOneEdit(word, candidate)) return candidate;
      }
    }
    return undefined;
  }

  /** True when the word is in this corrector's vocabulary as written. */
  has(word: string): boolean {
    return this.vocabulary.has(word);
  }
}

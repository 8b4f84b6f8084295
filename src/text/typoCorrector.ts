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

  /**
   * `squeeze` also reads a letter held down at the end of a word ("yesss") as the listed word;
   * off for crisis words, where "odd" must never become "od".
   */
  constructor(
    vocabulary: Iterable<string>,
    knownWords: Iterable<string> = [],
    private readonly squeeze = true,
    /**
     * A letter writers of the language leave off the start of a word because it is not heard:
     * Spanish "h" ("ijo" for hijo, "ermano" for hermano). Short words too, where one edit is not allowed.
     */
    private readonly silentFirstLetter?: string,
  ) {
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
    if (this.vocabulary.has(word) || this.known.has(word)) return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const found =
      this.squeezed(word) ?? this.withSilentLetter(word) ?? this.singular(word) ?? this.nearest(word) ?? word;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, found);
    return found;
  }

  /**
   * "yesss" -> "yes", "nooo" -> "no": a letter held down at the end of a word, when that gives a listed word. Letters
   * only: "11" is no "1" held down (an age, "im 11", was read as 1 once the time words listed "in 1 hour").
   */
  private squeezed(word: string): string | undefined {
    if (!this.squeeze) return undefined;
    const trimmed = word.replace(/(\p{L})\1+$/u, '$1');
    return trimmed !== word && this.vocabulary.has(trimmed) ? trimmed : undefined;
  }

  /**
   * "wifes" -> "wife", "moms" -> "mom": an "s" of a plural or of a possessive written without its
   * apostrophe, when the word without it is listed. Tried before other one-letter edits, which would
   * take "wifes" to "wifey".
   */
  private singular(word: string): string | undefined {
    if (word.length < TYPO_MIN_LENGTH || !word.endsWith('s')) return undefined;
    const stem = word.slice(0, -1);
    return this.vocabulary.has(stem) ? stem : undefined;
  }

  /** "ijo" -> "hijo": the word with the language's silent first letter put back, when that gives a listed word. */
  private withSilentLetter(word: string): string | undefined {
    if (!this.silentFirstLetter) return undefined;
    const full = this.silentFirstLetter + word;
    return this.vocabulary.has(full) ? full : undefined;
  }

  private nearest(word: string): string | undefined {
    if (word.length < TYPO_MIN_LENGTH || /\d/.test(word)) return undefined;
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

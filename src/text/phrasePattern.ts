import { plainLower, wordsOfPlain } from './textWords';

/**
 * Small word patterns for lists that must be cheap to run on every text. A pattern is words
 * separated by spaces, where "a|b" is either word, "kill*" any word starting so, "x?" an
 * optional word, and "..." up to three words of anything: "cant|couldnt wake ... up".
 */

/** How many words "..." may skip. */
const GAP_WORDS = 3;

interface Slot {
  words: ReadonlySet<string>;
  prefixes: readonly string[];
  optional: boolean;
  /** Up to this many words of anything; 0 for an ordinary slot. */
  gap: number;
}

/** A compiled pattern: its source text and its slots, read left to right. */
export interface PhrasePattern {
  readonly source: string;
  readonly slots: readonly Slot[];
}

/** Raised when a pattern cannot be compiled (empty, or starting with an optional word or a gap). */
export class PhrasePatternError extends Error {
  constructor(
    readonly source: string,
    reason: string,
  ) {
    super(`pattern "${source}": ${reason}`);
    this.name = 'PhrasePatternError';
  }
}

/** Compiles a pattern once, so matching needs no string work. */
export function compilePattern(source: string): PhrasePattern {
  const slots: Slot[] = [];
  for (const token of source.trim().split(/\s+/)) {
    if (token === '...') {
      slots.push({ words: new Set(), prefixes: [], optional: false, gap: GAP_WORDS });
      continue;
    }
    const optional = token.endsWith('?');
    const body = optional ? token.slice(0, -1) : token;
    const words = new Set<string>();
    const prefixes: string[] = [];
    for (const alt of body.split('|').filter(Boolean)) {
      if (alt.endsWith('*')) prefixes.push(alt.slice(0, -1));
      else words.add(alt);
    }
    if (!words.size && !prefixes.length) throw new PhrasePatternError(source, `empty word in "${token}"`);
    slots.push({ words, prefixes, optional, gap: 0 });
  }
  const first = slots[0];
  if (!first || first.optional || first.gap) {
    throw new PhrasePatternError(source, 'must start with a word that is always there');
  }
  return { source, slots };
}

function slotHas(slot: Slot, word: string): boolean {
  if (slot.words.has(word)) return true;
  for (const prefix of slot.prefixes) if (word.startsWith(prefix)) return true;
  return false;
}

function matchFrom(slots: readonly Slot[], si: number, words: readonly string[], wi: number): number {
  if (si === slots.length) return wi;
  const slot = slots[si];
  if (slot.gap) {
    for (let k = 0; k <= slot.gap && wi + k <= words.length; k++) {
      const end = matchFrom(slots, si + 1, words, wi + k);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (wi < words.length && slotHas(slot, words[wi])) {
    const end = matchFrom(slots, si + 1, words, wi + 1);
    if (end >= 0) return end;
  }
  return slot.optional ? matchFrom(slots, si + 1, words, wi) : -1;
}

/** Where the pattern matches starting exactly at word `start`: the index after its last word, or -1. */
export function matchAt(pattern: PhrasePattern, words: readonly string[], start: number): number {
  return matchFrom(pattern.slots, 0, words, start);
}

/** The exact words a pattern names (not its prefixes): the vocabulary typos are corrected towards. */
export function patternWords(pattern: PhrasePattern): string[] {
  return pattern.slots.flatMap((slot) => [...slot.words]);
}

/** A match of one entry of a PatternIndex: which entry, and the words it spans. */
export interface PatternHit<T> {
  entry: T;
  start: number;
  end: number;
}

/**
 * An entry as the index tries it: the fewest words it can match, its second word when that one must be there, and
 * the words of one later slot that must be there (`anchor`), one of which the text must hold somewhere.
 */
interface Candidate<T> {
  entry: T;
  minWords: number;
  second: Slot | undefined;
  anchor: readonly string[] | undefined;
  /** Its place among the patterns of its first word, in the order they were given: hits keep that order. */
  order: number;
}

/**
 * The patterns one word starts, split by their second word: those whose second word must be there and is listed
 * as whole words, under each of those words (a text's next word picks out the few that can go on), and the rest
 * (second word optional, a gap or a prefix): those with an anchor under each anchor word (tried only when the text
 * holds one), the others tried wherever the first word is and enough words are left.
 */
interface FirstWordGroup<T> {
  bySecond: Map<string, Candidate<T>[]>;
  /** The rest with no anchor: tried wherever the first word is. */
  rest: Candidate<T>[];
  /** The rest with an anchor, under each of its anchor words: only those whose anchor the text holds are tried. */
  restByAnchor: Map<string, Candidate<T>[]>;
  /** The fewest words any of `rest` can match: with fewer words left, none of them is looked at. */
  restMinWords: number;
  /** The same for those of `restByAnchor`: with fewer words left, the text's words are not looked up. */
  anchoredMinWords: number;
}

const NO_CANDIDATES: readonly never[] = [];

/** An anchor of more words than this costs more look-ups than the match it would spare. */
const ANCHOR_MAX_WORDS = 8;

function candidateOf<T extends { pattern: PhrasePattern }>(entry: T, order: number): Candidate<T> {
  const slots = entry.pattern.slots;
  const minWords = slots.filter((slot) => !slot.optional && !slot.gap).length;
  const next = slots[1];
  const second = next && !next.optional && !next.gap ? next : undefined;
  // A slot that must be there, matched by whole words only: a match needs one of its words in the text. The
  // second slot is tested in place already; of the others, the one of fewest words is the cheapest test.
  let anchor: Slot | undefined;
  for (let k = second ? 2 : 1; k < slots.length; k++) {
    const slot = slots[k];
    if (slot.optional || slot.gap || slot.prefixes.length || slot.words.size > ANCHOR_MAX_WORDS) continue;
    if (!anchor || slot.words.size < anchor.words.size) anchor = slot;
  }
  return { entry, minWords, second, anchor: anchor && [...anchor.words], order };
}

/** Whether one of the words is in the text's words. */
function holdsOneOf(present: ReadonlySet<string>, words: readonly string[]): boolean {
  for (const word of words) if (present.has(word)) return true;
  return false;
}

/** Adds a candidate to the list kept under `key`. */
function listUnder<T>(lists: Map<string, Candidate<T>[]>, key: string, candidate: Candidate<T>): void {
  const list = lists.get(key);
  if (list) list.push(candidate);
  else lists.set(key, [candidate]);
}

/** The candidates of the patterns one word starts (in the order given), sorted into the lists findAll reads. */
function groupOf<T extends { pattern: PhrasePattern }>(list: readonly T[]): FirstWordGroup<T> {
  const group: FirstWordGroup<T> = {
    bySecond: new Map(),
    rest: [],
    restByAnchor: new Map(),
    restMinWords: Infinity,
    anchoredMinWords: Infinity,
  };
  list.forEach((entry, order) => {
    const candidate = candidateOf(entry, order);
    const second = candidate.second;
    if (second && !second.prefixes.length) {
      for (const next of second.words) listUnder(group.bySecond, next, candidate);
    } else if (candidate.anchor) {
      for (const word of candidate.anchor) listUnder(group.restByAnchor, word, candidate);
      group.anchoredMinWords = Math.min(group.anchoredMinWords, candidate.minWords);
    } else {
      group.rest.push(candidate);
      group.restMinWords = Math.min(group.restMinWords, candidate.minWords);
    }
  });
  return group;
}

/**
 * The group's candidates whose anchor the text holds, each once, in the patterns' order. Worked out once per group and
 * text (findAll keeps them): looked up at every word a group starts, a text of one repeated word ("my mom my mom ...",
 * 450 words) read all its words at each, quadratic (the twenty-eighth session's storm of "my mom ").
 */
function anchoredHeld<T>(group: FirstWordGroup<T>, present: ReadonlySet<string>): readonly Candidate<T>[] {
  let held: Candidate<T>[] | undefined;
  // Whichever is fewer: the text's distinct words, or the group's anchor words.
  if (present.size <= group.restByAnchor.size) {
    for (const word of present) {
      const under = group.restByAnchor.get(word);
      if (under) (held ??= []).push(...under);
    }
  } else {
    for (const [word, under] of group.restByAnchor) if (present.has(word)) (held ??= []).push(...under);
  }
  if (!held) return NO_CANDIDATES;
  // An anchor of two words the text both holds lists its pattern twice: kept once, in the patterns' order.
  held.sort((a, b) => a.order - b.order);
  return held.filter((candidate, k) => k === 0 || held[k - 1] !== candidate);
}

/**
 * The group's candidates besides those paired with the next word, in their order: those with no anchor when enough
 * words are left, and those whose anchor the text holds (`held`, from anchoredHeld). A common first word ("he", "my")
 * starts dozens of patterns with an anchor the text rarely holds: a look-up per word of the text finds the few to try,
 * instead of testing each pattern's anchor words against the text. The anchored are still tried only where enough
 * words are left.
 */
function restFor<T>(group: FirstWordGroup<T>, held: readonly Candidate<T>[], left: number): readonly Candidate<T>[] {
  const rest = left >= group.restMinWords ? group.rest : NO_CANDIDATES;
  if (left < group.anchoredMinWords || !held.length) return rest;
  const anchored = held.filter((candidate) => candidate.minWords <= left);
  if (!anchored.length) return rest;
  if (!rest.length) return anchored;
  // The unanchored and the anchored are apart: merged back in the patterns' order.
  return [...rest, ...anchored].sort((a, b) => a.order - b.order);
}

/**
 * Many patterns, indexed by their first word so a text only tries the patterns that could start
 * at each of its words: a few map lookups per word for a list of hundreds. Common first words
 * ("no", "my", "he") start dozens of patterns each; a pattern longer than the words left, or whose
 * second word is not the next one, is passed over before the full match is tried.
 */
export class PatternIndex<T extends { pattern: PhrasePattern }> {
  private readonly byWord = new Map<string, FirstWordGroup<T>>();
  private readonly byPrefix: { prefix: string; entry: T }[] = [];

  constructor(entries: readonly T[]) {
    const listed = new Map<string, T[]>();
    for (const entry of entries) {
      const first = entry.pattern.slots[0];
      for (const word of first.words) {
        const list = listed.get(word);
        if (list) list.push(entry);
        else listed.set(word, [entry]);
      }
      for (const prefix of first.prefixes) this.byPrefix.push({ prefix, entry });
    }
    for (const [word, list] of listed) this.byWord.set(word, groupOf(list));
  }

  /** Every match in the words, in order of where it starts. */
  findAll(words: readonly string[]): PatternHit<T>[] {
    const hits: PatternHit<T>[] = [];
    // The text's words as a set, made for the first candidate with an anchor: most texts start few patterns.
    let present: Set<string> | undefined;
    // Per group the text starts, its anchored candidates the text holds (anchoredHeld), worked out once.
    let heldByGroup: Map<FirstWordGroup<T>, readonly Candidate<T>[]> | undefined;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      const group = this.byWord.get(word);
      if (group) {
        const left = words.length - i;
        // The patterns whose listed second word is the next word, and the others, merged back in their order.
        const next = words[i + 1];
        const paired = (next !== undefined && group.bySecond.get(next)) || NO_CANDIDATES;
        let held = NO_CANDIDATES as readonly Candidate<T>[];
        if (left >= group.anchoredMinWords && group.restByAnchor.size) {
          const kept = (heldByGroup ??= new Map()).get(group);
          held = kept ?? anchoredHeld(group, (present ??= new Set(words)));
          if (!kept) heldByGroup.set(group, held);
        }
        const rest = restFor(group, held, left);
        for (let a = 0, b = 0; a < paired.length || b < rest.length;) {
          const candidate =
            b >= rest.length || (a < paired.length && paired[a].order < rest[b].order) ? paired[a++] : rest[b++];
          const { entry, minWords, second, anchor } = candidate;
          // Enough words left guarantees words[i + 1] when a second word must be there.
          if (minWords > left || (second !== undefined && !slotHas(second, next))) continue;
          // A word the pattern cannot do without is nowhere in the text: no match, and no walk through its slots.
          if (anchor !== undefined && !holdsOneOf((present ??= new Set(words)), anchor)) continue;
          const end = matchAt(entry.pattern, words, i);
          if (end >= 0) hits.push({ entry, start: i, end });
        }
      }
      for (const { prefix, entry } of this.byPrefix) {
        if (!word.startsWith(prefix)) continue;
        const end = matchAt(entry.pattern, words, i);
        if (end >= 0) hits.push({ entry, start: i, end });
      }
    }
    return hits;
  }
}

/**
 * A listed phrase in the words a message is read as: same case, accents and apostrophe rules, the
 * pattern marks ("|", "*", "?", "...") kept. Returns undefined for a phrase with no words left.
 */
export function normalizePhrase(written: string): { source: string; whole: boolean } | undefined {
  let text = written.trim();
  const whole = text.startsWith('=');
  if (whole) text = text.slice(1);
  const plain = plainLower(text);
  if (!/[|*?]|\.\.\./.test(plain)) {
    const words = wordsOfPlain(plain);
    return words.length ? { source: words.join(' '), whole } : undefined;
  }
  const tokens = plain
    .split(/\s+/)
    .map((token) =>
      token === '...'
        ? token
        : token
            .replace(/'/g, '')
            .replace(/[^\p{L}\p{N}|*?]+/gu, '')
            .replace(/^\|+|\|+$/g, ''),
    )
    .filter((token) => token && token !== '?' && token !== '*');
  return tokens.length ? { source: tokens.join(' '), whole } : undefined;
}

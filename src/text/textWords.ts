/**
 * Turns a text message into the plain words the understanding and crisis steps read: lower
 * case, accents dropped ("días" -> "dias"), apostrophes joined ("won't" -> "wont"), everything
 * else that is not a letter or digit a space, and a few spoken forms written out ("wanna").
 */

/** Spoken or split forms that mean the same as one plain form, so every list needs only one. */
const REWRITES: ReadonlyMap<string, string[]> = new Map([
  ['wanna', ['want', 'to']],
  ['wana', ['want', 'to']],
  ['gonna', ['going', 'to']],
  ['gona', ['going', 'to']],
  ['cannot', ['cant']],
  ['dnt', ['dont']],
  ['doesn', ['doesnt']],
  // Spanish "qu" written as it sounds ("kiero dejar de tomar", the twenty-fifth probe): one spelling for every list.
  ['kiero', ['quiero']],
  ['qiero', ['quiero']],
  ['kieres', ['quieres']],
  ['kiere', ['quiere']],
]);

/** Two-word negations written as one, so "do not" and "don't" read the same. */
const JOINED: ReadonlyMap<string, string> = new Map([
  ['do not', 'dont'],
  ['does not', 'doesnt'],
  ['can not', 'cant'],
  ['will not', 'wont'],
  ['is not', 'isnt'],
  ['am not', 'aint'],
  ['did not', 'didnt'],
  ['could not', 'couldnt'],
  ['i am', 'im'],
]);
/** The first words of JOINED: a pair is only built and looked up after one of them (a string per word costs). */
const JOINED_FIRST: ReadonlySet<string> = new Set([...JOINED.keys()].map((pair) => pair.split(' ')[0]));

// One step reads the same message many times (crisis detector, request for a person, the
// understanding step, the intents): remember the last input and answer of each function.
let lastLowerIn: string | undefined;
let lastLowerOut = '';
let lastWordsIn: string | undefined;
let lastWordsOut: readonly string[] = [];

/** Lower case, accents removed, apostrophes unified as ' (callers may look at them before they go). */
export function plainLower(text: string): string {
  if (text === lastLowerIn) return lastLowerOut;
  const out = plainLowerUncached(text);
  lastLowerIn = text;
  lastLowerOut = out;
  return out;
}

/** Only ASCII: no accents to fold and no Unicode classes to test, so the cheap path gives the same. */
// eslint-disable-next-line no-control-regex -- every ASCII code, control ones included, folds to itself
export const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * Single letters joined by full stops, an acronym written with its dots ("s.m.a.r.t.", "a.a.", "n.a", "p.m."): they
 * are one word, else the stops split "s.m.a.r.t. recovery" into five clauses of a letter each and SMART is not heard.
 * A letter must follow each stop, so "a. in person" and "me.drugs" keep theirs.
 */
const DOTTED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?:\.\p{L})+(?![\p{L}\p{N}])/gu;

/** The text with each acronym's stops dropped ("s.m.a.r.t. recovery" -> "smart. recovery"); a search first. */
function acronymsJoined(lower: string): string {
  return lower.includes('.') ? lower.replace(DOTTED_LETTERS, (acronym) => acronym.replace(/\./g, '')) : lower;
}

function plainLowerUncached(text: string): string {
  if (ASCII_ONLY.test(text)) {
    const lower = acronymsJoined(text.toLowerCase());
    // A global replace costs far more than a search, and few texts hold a backtick.
    return lower.includes('`') ? lower.replace(/`/g, "'") : lower;
  }
  // NFKD, not NFD: fullwidth and styled letters ("ｉ ｗａｎｔ ｔｏ ｄｉｅ") are read as the plain ones; format characters
  // (a zero-width space inside "k\u200bill") are dropped, as the carrier's STOP reader drops them.
  return acronymsJoined(
    text
      .normalize('NFKD')
      .replace(/[\p{M}\p{Cf}]+/gu, '')
      .toLowerCase()
      .replace(/[’‘`´ʼ]/g, "'"),
  );
}

/** The words of a message already passed through plainLower, with the rewrites above applied (a fresh array). */
export function wordsOfPlain(plain: string): string[] {
  if (plain !== lastWordsIn) {
    lastWordsOut = wordsOfPlainUncached(plain);
    lastWordsIn = plain;
  }
  // A copy: callers own what they get, and copying a few words costs far less than the regexes.
  return lastWordsOut.slice();
}

/**
 * Whether a text is already plain words: ASCII letters or digits, one space between words and none at either
 * end (most texts once lower-cased: "he drinks every night"). Such a text is its own normal form, so the
 * regexes that would make it one (a global replace costs several times this loop) are skipped.
 */
export function isPlainAsciiWords(text: string, upperToo: boolean): boolean {
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (upperToo && c >= 65 && c <= 90)) {
      afterSpace = false;
    } else return false;
  }
  return !afterSpace || text.length === 0;
}

function wordsOfPlainUncached(plain: string): string[] {
  const raw = isPlainAsciiWords(plain, true)
    ? plain
    : ASCII_ONLY.test(plain)
      ? plain
          .replace(/'/g, '')
          .replace(/[^a-z0-9A-Z]+/g, ' ')
          .trim()
      : plain
          .replace(/'/g, '')
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim();
  if (!raw) return [];
  const out: string[] = [];
  for (const word of raw.split(' ')) {
    const prev = out[out.length - 1];
    const joined = prev !== undefined && JOINED_FIRST.has(prev) ? JOINED.get(`${prev} ${word}`) : undefined;
    if (joined) out[out.length - 1] = joined;
    else {
      const rewrite = REWRITES.get(word);
      if (rewrite) out.push(...rewrite);
      else out.push(word);
    }
  }
  return out;
}

/** The plain words of a message: "I won't go, wanna stay" -> ["i", "wont", "go", "want", "to", "stay"]. */
export function textWords(text: string): string[] {
  return wordsOfPlain(plainLower(text));
}

/**
 * The answers of a text written as a list ("me, alcohol, no meds", "me. drugs. 79101"): its parts between
 * commas, full stops, question and exclamation marks, semicolons and lines; none when it has no such separator.
 */
export function partsOfList(text: string): string[] {
  // A question or an exclamation ends a part too: "where can i go? hereford", "help! canyon".
  return /[,.;!?\n]/.test(text) ? text.split(/[,.;!?\n]+/) : [];
}

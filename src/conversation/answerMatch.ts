import type { FlowWords } from '../flows/flowSchema';

/**
 * How a texter's words are compared with a flow's words: case, accents, punctuation and emoji
 * never matter, and a longer word may carry one small typo ("alchohol", "sucide"). Texters type
 * on small keys in hard moments; a near miss should still be understood.
 */

/** Lower case, accents removed, everything but letters and digits turned into single spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The message with spaces and punctuation removed too: "Forget me!" -> "forgetme". */
export function squashText(text: string): string {
  return normalizeText(text).replace(/ /g, '');
}

/** Every word or phrase of a flow word list, whatever languages it is written for. */
export function allWords(words: FlowWords | undefined): string[] {
  if (!words) return [];
  return Array.isArray(words) ? words : Object.values(words).flat();
}

/** Words shorter than this must be typed exactly: a typo in "me" or "son" is another word. */
const TYPO_MIN_LENGTH = 5;

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
function editDistanceWithin(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return false;
  }
  return rows[a.length][b.length] <= max;
}

function tokenMatches(said: string, wanted: string): boolean {
  if (said === wanted) return true;
  if (wanted.length < TYPO_MIN_LENGTH || /\d/.test(wanted)) return false;
  return editDistanceWithin(said, wanted, 1);
}

/** True when the phrase's words appear in the message, in order and next to each other. */
export function containsPhrase(normalizedMessage: string, phrase: string): boolean {
  const wanted = normalizeText(phrase).split(' ').filter(Boolean);
  if (wanted.length === 0) return false;
  const said = normalizedMessage.split(' ').filter(Boolean);
  for (let start = 0; start + wanted.length <= said.length; start++) {
    if (wanted.every((w, k) => tokenMatches(said[start + k], w))) return true;
  }
  return false;
}

/** True when the message contains any of the words or phrases (whole words, small typos allowed). */
export function containsAnyWord(text: string, words: FlowWords | undefined): boolean {
  const message = normalizeText(text);
  return allWords(words).some((w) => containsPhrase(message, w));
}

/** True when the whole message is one of the words (case, spaces and punctuation ignored, no typos). */
export function isWholeWord(text: string, words: FlowWords | undefined): boolean {
  const message = squashText(text);
  if (!message) return false;
  return allWords(words).some((w) => squashText(w) === message);
}

/** Words a texter may put before a menu number: "option 2", "#2", "number 2". */
const NUMBER_LEAD_INS = new Set(['option', 'opcion', 'number', 'numero', 'no', 'num']);

/**
 * The menu number a message starts with, or undefined: "2", "2.", "#2", "2) alcohol", "option 2".
 * Long digit runs (a ZIP code) are not menu numbers.
 */
export function menuNumber(text: string): number | undefined {
  const tokens = normalizeText(text).split(' ').filter(Boolean);
  let first = tokens[0];
  if (first !== undefined && NUMBER_LEAD_INS.has(first) && tokens.length > 1) first = tokens[1];
  if (first === undefined || !/^\d{1,2}$/.test(first)) return undefined;
  return Number(first);
}

/** True when a regular expression written by staff matches the message as sent or as normalised. */
export function patternMatches(pattern: RegExp, text: string): boolean {
  return pattern.test(text) || pattern.test(normalizeText(text));
}

import { GSM7_PER_PART, GSM7_SINGLE_PART, UCS2_PER_PART, UCS2_SINGLE_PART } from './smsLimits';
/**
 * The GSM-7 alphabet and SMS segment arithmetic. A single character outside GSM-7 (a curly
 * quote, an emoji, an accented letter such as "á") turns a whole message into UCS-2, which cuts
 * each part from 160 to 70 characters; so everything we send is made plain GSM-7 first.
 */

const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Characters sent with an escape, so each counts as two. */
const EXTENSION = '^{}\\[~]|€\f';

const basicSet = new Set(Array.from(BASIC));
const extensionSet = new Set(Array.from(EXTENSION));

/** Replacements for common characters that are not GSM-7 but have a plain look-alike. */
const LOOKALIKES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '`': "'",
  '\u00B4': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2012': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2026': '...',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
  '\u200B': '',
  '\uFEFF': '',
  '\u2022': '-',
  '\u00B7': '-',
  '\t': ' ',
  '\u00D7': 'x',
  '\u2122': '',
  '\u00AE': '',
  '\u00A9': '',
  '\u00E1': 'a',
  '\u00ED': 'i',
  '\u00F3': 'o',
  '\u00FA': 'u',
  '\u00E2': 'a',
  '\u00EA': 'e',
  '\u00EE': 'i',
  '\u00F4': 'o',
  '\u00FB': 'u',
  '\u00E7': 'c',
  '\u00C1': 'A',
  '\u00CD': 'I',
  '\u00D3': 'O',
  '\u00DA': 'U',
  '\u00EB': 'e',
  '\u00EF': 'i',
  '\u00C0': 'A',
  '\u00C8': 'E',
  '\u00CA': 'E',
  '\u00D4': 'O',
};

/**
 * Printable ASCII but the backtick, plus line breaks: all GSM-7 (basic or extension). Nearly all
 * that is sent is this, so it is checked first, without walking the text character by character.
 */
const PLAIN_ASCII_GSM = /^[\n\r\x20-\x5F\x61-\x7E]*$/;
/** The ASCII characters sent with an escape (a subset of EXTENSION). */
const ASCII_EXTENSION = /[\^{}\\[\]~|]/g;
/** Whether a text holds one (not global: `test` keeps no position). */
const ASCII_ESCAPED = /[\^{}\\[\]~|]/;

/** True when every character of `text` can be sent in GSM-7 (basic or extension table). */
export function isGsm7(text: string): boolean {
  if (PLAIN_ASCII_GSM.test(text)) return true;
  for (const ch of text) {
    if (!basicSet.has(ch) && !extensionSet.has(ch)) return false;
  }
  return true;
}

/**
 * Makes `text` plain GSM-7: curly quotes and dashes become straight ones, accented letters lose
 * accents GSM-7 lacks, and anything else (emoji, other scripts, control characters) is dropped.
 */
export function toGsm7(text: string): string {
  if (PLAIN_ASCII_GSM.test(text)) return text;
  let out = '';
  for (const ch of text) {
    if (basicSet.has(ch) || extensionSet.has(ch)) {
      out += ch;
      continue;
    }
    const look = LOOKALIKES[ch];
    if (look !== undefined) {
      out += look;
      continue;
    }
    // Letters with accents GSM-7 lacks: keep the base letter if that is GSM-7.
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (base !== ch && base.length > 0 && isGsm7(base)) out += base;
  }
  return out;
}

/** Length in GSM-7 septets (extension characters count two); for non-GSM text, UTF-16 units. */
export function smsLength(text: string): number {
  if (PLAIN_ASCII_GSM.test(text)) return text.length + (text.match(ASCII_EXTENSION)?.length ?? 0);
  if (!isGsm7(text)) return text.length;
  let n = 0;
  for (const ch of text) n += extensionSet.has(ch) ? 2 : 1;
  return n;
}

/** What an SMS body costs: its encoding, its length in that encoding, and how many parts it is sent as. */
export interface SmsInfo {
  encoding: 'GSM-7' | 'UCS-2';
  length: number;
  segments: number;
}

/** Encoding, length and part count of an SMS body: 160 (153 per part) GSM-7, 70 (67 per part) UCS-2. */
export function smsInfo(text: string): SmsInfo {
  // Plain ASCII with no escaped character (most replies): every character is one septet, so parts are plain division.
  if (PLAIN_ASCII_GSM.test(text) && !ASCII_ESCAPED.test(text)) {
    const length = text.length;
    const segments = length === 0 ? 0 : length <= GSM7_SINGLE_PART ? 1 : Math.ceil(length / GSM7_PER_PART);
    return { encoding: 'GSM-7', length, segments };
  }
  if (isGsm7(text)) {
    const length = smsLength(text);
    if (length <= GSM7_SINGLE_PART) return { encoding: 'GSM-7', length, segments: length === 0 ? 0 : 1 };
    // An escape pair is never split across parts, so count part by part.
    let segments = 1;
    let used = 0;
    for (const ch of text) {
      const w = extensionSet.has(ch) ? 2 : 1;
      if (used + w > GSM7_PER_PART) {
        segments++;
        used = 0;
      }
      used += w;
    }
    return { encoding: 'GSM-7', length, segments };
  }
  const length = text.length;
  if (length <= UCS2_SINGLE_PART) return { encoding: 'UCS-2', length, segments: 1 };
  return { encoding: 'UCS-2', length, segments: Math.ceil(length / UCS2_PER_PART) };
}

/** How many SMS parts `text` is sent as (0 for empty text). */
export function smsSegments(text: string): number {
  return smsInfo(text).segments;
}

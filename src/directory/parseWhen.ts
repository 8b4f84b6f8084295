import type { TimeWindow } from './types';
import { plainWords } from './plainWords';
import { PART_WORDS, WHEN_WORDS } from '../text/timeWords';

/** Parts of the day, local minutes after midnight [from, to]. */
const PARTS: Record<string, [number, number]> = {
  morning: [5 * 60, 12 * 60 - 1],
  afternoon: [12 * 60, 17 * 60 - 1],
  evening: [17 * 60, 24 * 60 - 1],
  night: [18 * 60, 24 * 60 - 1],
};

/** Where the evening, and so "tonight", starts: local minutes after midnight. */
export const EVENING_STARTS = PARTS.evening[0];

const WEEKDAYS: Array<[number, string[]]> = [
  [0, ['sunday', 'sun', 'domingo', 'dom']],
  [1, ['monday', 'mon', 'lunes', 'lun']],
  [2, ['tuesday', 'tue', 'tues', 'martes']],
  [3, ['wednesday', 'wed', 'miercoles', 'mie']],
  [4, ['thursday', 'thu', 'thur', 'thurs', 'jueves', 'jue']],
  [5, ['friday', 'fri', 'viernes', 'vie']],
  [6, ['saturday', 'sat', 'sabado', 'sab']],
];
const WEEKDAY_WORDS = new Map<string, number>();
/** Words that may follow a short weekday form ("sat morning", "mon or wed"). */
const AFTER_SHORT_DAY = new Set(
  'or and y o morning mornings afternoon evening evenings night nights noon tonight am pm manana tarde noche please pls'.split(
    ' ',
  ),
);
for (const [day, words] of WEEKDAYS) for (const w of words) WEEKDAY_WORDS.set(w, day);

/** The day of the week (0 Sunday to 6 Saturday) a word names ("tues", "jueves", "fridays"), else undefined. */
export function weekdayOfWord(word: string): number | undefined {
  return WEEKDAY_WORDS.get(word) ?? (word.endsWith('s') ? WEEKDAY_WORDS.get(word.slice(0, -1)) : undefined);
}

const WEEKEND = / (weekend|weekends|wknd|fin de semana|finde) /;
/** Monday to Friday in words: "weekdays", "mon thru fri", "during the week", "entre semana", "lunes a viernes". */
const WEEKDAY_SPAN =
  / (weekday|weekdays|weeknight|weeknights|during the week|entre semana|(mon|monday) (thru|through|to|til|till|until) (fri|friday)|mon fri|lunes a viernes) /;
/** The days of `weekday`, 0 = Sunday. */
const MONDAY_TO_FRIDAY = [1, 2, 3, 4, 5];

/**
 * Reads when a texter wants to meet from their words, English and Spanish: "tonight"/"esta noche",
 * "today"/"hoy", "tomorrow"/"manana", weekday names, the weekend, Monday to Friday ("entre semana"),
 * "morning"/"afternoon"/"evening"/"night" ("por la manana", "tarde", "noche"). Undefined when the text says
 * nothing about time.
 */
export function parseWhen(text: string): TimeWindow | undefined {
  if (typeof text !== 'string') return undefined;
  const t = ` ${plainWords(text)} `;
  const window: TimeWindow = {};
  let part: [number, number] | undefined;
  const has = (re: RegExp) => re.test(t);

  // "por la manana"/"en la manana" is the morning; "manana" alone is tomorrow.
  const spanishMorning = has(/ (por|en|de) la manana /);
  if (has(/ (tonight|tonite|esta noche) /)) {
    window.dayOffsets = [0];
    part = PARTS.evening;
  }
  if (has(/ (today|hoy) /)) window.dayOffsets = [0];
  const words = t.trim().split(' ');
  const tomorrowInSpanish = words.some((w, i) => w === 'manana' && words[i - 1] !== 'la');
  if (has(/ (tomorrow|tmrw|tmr) /) || tomorrowInSpanish) window.dayOffsets = [1];
  if (has(/ (tomorrow night|manana en la noche|manana por la noche) /)) part = PARTS.night;
  const days: number[] = [];
  words.forEach((w, i) => {
    const d = WEEKDAY_WORDS.get(w);
    if (d === undefined || days.includes(d)) return;
    // Short forms are also parts of place names ("Sun City", "Sun Prairie"): count them only at
    // the end, or before another time word or a joining word.
    const next = words[i + 1];
    if (w.length <= 4 && next !== undefined && !WEEKDAY_WORDS.has(next) && !AFTER_SHORT_DAY.has(next)) return;
    days.push(d);
  });
  if (has(WEEKEND)) for (const d of [0, 6]) if (!days.includes(d)) days.push(d);
  if (has(WEEKDAY_SPAN)) for (const d of MONDAY_TO_FRIDAY) if (!days.includes(d)) days.push(d);
  if (days.length) window.weekdays = days.sort((a, b) => a - b);
  if (!part) {
    // Not bare "am"/"pm": "I am in Amarillo" says nothing about the morning.
    if (spanishMorning || has(/ (morning|mornings|madrugada) /)) part = PARTS.morning;
    // "hay algo tarde?", "algo bien tarde": late, not the afternoon (the thirty-third session's probe).
    else if (has(LATE_IN_SPANISH)) part = PARTS.evening;
    else if (has(/ (afternoon|afternoons|tarde|mediodia|noon|lunchtime) /)) part = PARTS.afternoon;
    else if (has(/ (evening|evenings|after work|weeknight|weeknights) /)) part = PARTS.evening;
    else if (has(/ (night|nights|noche) /)) part = PARTS.night;
  }
  if (part) {
    window.fromMinute = part[0];
    window.toMinute = part[1];
  }
  return Object.keys(window).length ? window : undefined;
}

/** A value of the `when` variable. */
export type WhenWord = (typeof WHEN_WORDS)[number];
/** A value of the `part` variable. */
export type PartWord = (typeof PART_WORDS)[number];

const TONIGHT = / (tonight|tonite|esta noche) /;

/** "tarde" as "late", after a word of degree: "algo tarde", "muy tarde", "bien tarde" (not "en la tarde"). */
const LATE_IN_SPANISH = / (algo|muy|bien|tan|mas o menos) tarde /;

/**
 * The time window for the conversation's `when` and `part` values ("tonight", "saturday",
 * "morning"...), read later in each meeting's own zone; undefined when neither narrows anything.
 */
export function timeWindowOf(when: unknown, part: unknown): TimeWindow | undefined {
  const window: TimeWindow = {};
  const weekday = WHEN_WORDS.indexOf(when as WhenWord) - 4;
  if (when === 'tonight' || when === 'today') window.dayOffsets = [0];
  else if (when === 'tomorrow') window.dayOffsets = [1];
  else if (when === 'weekend') window.weekdays = [0, 6];
  // Before the day names: `weekday` stands after Saturday in WHEN_WORDS, where the index below is no day.
  else if (when === 'weekday') window.weekdays = [...MONDAY_TO_FRIDAY];
  else if (weekday >= 0) window.weekdays = [weekday];
  // "tuesday,thursday" (src/engine/severalDays.ts): any of the days said together.
  else if (typeof when === 'string' && when.includes(',')) {
    const days = when.split(',').map((w) => WHEN_WORDS.indexOf(w as WhenWord) - 4);
    if (days.every((d) => d >= 0 && d <= 6)) window.weekdays = [...new Set(days)].sort((a, b) => a - b);
  }
  const known = typeof part === 'string' && PART_WORDS.includes(part as PartWord);
  const range = known ? PARTS[part as PartWord] : when === 'tonight' ? PARTS.evening : undefined;
  if (range) [window.fromMinute, window.toMinute] = range;
  return Object.keys(window).length ? window : undefined;
}

/**
 * The `when` and `part` values a text names, e.g. "anything saturday morning?" -> saturday and
 * morning; of several days ("mon or wed") the first. Empty when the text names no time.
 */
export function whenWordsIn(text: string): { when?: WhenWord; part?: PartWord } {
  const w = parseWhen(text);
  if (!w) return {};
  const t = ` ${plainWords(text)} `;
  const out: { when?: WhenWord; part?: PartWord } = {};
  if (w.dayOffsets?.[0] === 0) out.when = TONIGHT.test(t) ? 'tonight' : 'today';
  else if (w.dayOffsets?.[0] === 1) out.when = 'tomorrow';
  else if (WEEKEND.test(t)) out.when = 'weekend';
  else if (WEEKDAY_SPAN.test(t)) out.when = 'weekday';
  else if (w.weekdays?.length) out.when = WHEN_WORDS[4 + w.weekdays[0]];
  if (w.fromMinute !== undefined && out.when !== 'tonight') {
    const part = (Object.keys(PARTS) as Array<keyof typeof PARTS>).find((k) => PARTS[k][0] === w.fromMinute);
    out.part = part === 'night' ? 'evening' : (part as PartWord | undefined);
  }
  return out;
}

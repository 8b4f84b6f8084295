/**
 * A calendar date said as when the texter can go: "dec 10", "december 10th", "10 de diciembre", "12/10", "on the
 * 10th", "el dia 10" (the twenty-second session's probe: "Sorry, I didn't get that.", or "the 10th" read as the tenth
 * meeting of the list). Only the month and day: which weekday that is needs today's date, which the engine has
 * (src/engine/dateAsDay.ts). Meetings meet weekly, so the day of the week is what the search narrows to.
 */

/** A date said: the month (1-12) when said, and the day of the month. */
export interface DateSaid {
  month?: number;
  day: number;
}

/**
 * Month names and their short forms, English and Spanish, by their number: a word looked up once, as every word of
 * every text is ("mar" is left out: Spanish "Mar" is Tuesday, "mar" the sea).
 */
const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['jan january ene enero', 1],
    ['feb february febrero', 2],
    ['march marzo', 3],
    ['apr april abr abril', 4],
    ['may mayo', 5],
    ['jun june junio', 6],
    ['jul july julio', 7],
    ['aug august ago agosto', 8],
    ['sep sept september septiembre setiembre', 9],
    ['oct october octubre', 10],
    ['nov november noviembre', 11],
    ['dec december dic diciembre', 12],
  ].flatMap(([names, month]) => (names as string).split(' ').map((name) => [name, month as number] as const)),
);

/** A day of the month as written: "10", "10th", "1st", "22nd", "3rd". */
const DAY = /^([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;

/** Words after a number that make it a time, not a day: "dec 7pm" is no date. */
const TIME_AFTER = /^(?:am|pm|a|p|oclock|o'clock|hrs|hours|min|mins|minutes|miles|mi)$/;

/** "12/10", "12/10/26", "12/10/2026": month first, as written in the US. */
const SLASHED = /(?:^|[^\d/])(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])(?:\/(?:\d{2}|\d{4}))?(?![\d/:])/;

/** "on the 10th", "for the 10th", "the 10th of": a day alone, said as a date, not "the 2nd one" of a list. */
const DAY_ALONE =
  /\b(?:on|for|by|until|til|till) the ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?! (?:one|meeting|mtg|group|on the list))|\bthe ([1-9]|[12]\d|3[01])(?:st|nd|rd|th) of\b(?! (?:the|those|these|them|december|dec)\b)/;

/** "el dia 10", "para el dia 22": the day alone in Spanish ("el 2" alone is the list's second meeting). */
const DIA_ALONE = /\bel dia ([1-9]|[12]\d|3[01])\b/;

/** Whether a month and day make a real date in some year (February 29 does). */
function isRealDate(month: number, day: number): boolean {
  return day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** The date a text says, or undefined. `words` are the text's plain words; `raw` the text as written (for "/"). */
export function dateSaid(raw: string, words: readonly string[]): DateSaid | undefined {
  const slashed = SLASHED.exec(raw);
  if (slashed) {
    const month = Number(slashed[1]);
    const day = Number(slashed[2]);
    return isRealDate(month, day) ? { month, day } : undefined;
  }
  for (let i = 0; i < words.length; i++) {
    const month = MONTHS.get(words[i]);
    if (month === undefined) continue;
    // "dec 10", "december 10th": the month, then its day, and no time after it.
    const after = DAY.exec(words[i + 1] ?? '');
    if (after && !TIME_AFTER.test(words[i + 2] ?? '') && isRealDate(month, Number(after[1])))
      return { month, day: Number(after[1]) };
    // "10 de diciembre", "10th of december", "10 dec".
    const lead = words[i - 1] === 'de' || words[i - 1] === 'of' ? i - 2 : i - 1;
    const before = DAY.exec(words[lead] ?? '');
    if (before && isRealDate(month, Number(before[1]))) return { month, day: Number(before[1]) };
  }
  const plain = words.join(' ');
  const alone = DAY_ALONE.exec(plain) ?? DIA_ALONE.exec(plain);
  if (alone) return { day: Number(alone[1] ?? alone[2]) };
  return holidaySaid(plain);
}

/**
 * Holidays on a fixed date, by name: "christmas", "xmas", "navidad" (the twenty-sixth session's probe: "is there one on
 * christmas day" after the goodbye started over). Those named as a day ("christmas eve", "new years day", "fourth of
 * july") are always one; "christmas" and "navidad" only as "christmas day", after a word that makes them when ("on
 * christmas", "for xmas", "en navidad", "el dia de navidad"), or as the whole text: not "christmas is hard for me".
 */
const HOLIDAYS: ReadonlyArray<readonly [RegExp, DateSaid]> = [
  [/\b(?:(?:christmas|xmas) eve|noche ?buena)\b/, { month: 12, day: 24 }],
  [/\b(?:new years? eve|noche ?vieja|fin de ano)\b/, { month: 12, day: 31 }],
  [/\b(?:new years? day|dia de ano nuevo)\b/, { month: 1, day: 1 }],
  [/\b(?:(?:fourth|4th) of july|independence day)\b/, { month: 7, day: 4 }],
];

/** Christmas, named as a day or when to go (HOLIDAYS): "on christmas", "xmas day", "en navidad", "navidad". */
const CHRISTMAS_AS_DAY =
  /^(?:christmas|xmas|navidad)(?: day)?$|\b(?:christmas|xmas) day\b|\b(?:on|for|over|this|til|till|until|en|para|de) (?:christmas|xmas|navidad)\b(?! (?:eve|party|tree|presents?|gifts?|music|songs?|lights|shopping)\b)/;

/** The date of a holiday named as a day to go (HOLIDAYS, CHRISTMAS_AS_DAY), or undefined. */
function holidaySaid(plain: string): DateSaid | undefined {
  if (!/christmas|xmas|navidad|noche|new year|fin de ano|ano nuevo|july|independence/.test(plain)) return undefined;
  for (const [name, date] of HOLIDAYS) if (name.test(plain)) return date;
  return CHRISTMAS_AS_DAY.test(plain) ? { month: 12, day: 25 } : undefined;
}

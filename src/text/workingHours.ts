import { textWords } from './textWords';

/**
 * The texter's own working hours told as a shift ("i work days", "i work nights", "trabajo de noche"): the part of
 * the day they are busy, so the meetings searched are those in the time left.
 */

/** "i work during the day", "trabajo de dia" (in plainWords' words): busy by day, free in the evening. */
export const WORKS_DAYS =
  /\b(?:work|working|trabajo|trabajando) (?:during the day|in the day|daytime|de dia|en el dia|durante el dia)\b/;

/**
 * "i work nights", "im on the night shift", "i work graveyard", "trabajo de noche", "turno de noche": busy at night,
 * so evening meetings are out. Only the texter's own work ("i", "im", "trabajo"), never "he works nights": a family
 * member's hours are not when the texter can go.
 */
const WORKS_NIGHTS = new RegExp(
  [
    // "i work nights", "im working the night shift", "i work overnights", "i work 3rd shift", "i do nights".
    String.raw`\b(?:i|im|i am) (?:work|working|do|pull)(?: the| a)? (?:nights?|nites?|at night|overnights?|graveyard` +
      String.raw`|(?:night|nite|overnight|graveyard|third|3rd) shifts?)\b`,
    // "i work evenings": not "i do evenings", which may be the evenings that suit.
    String.raw`\b(?:i|im|i am) (?:work|working) evenings\b`,
    // "im on nights", "im on the night shift", "night shift nurse here": a shift named as the texter's own.
    String.raw`\b(?:im|i am) on(?: the)? (?:nights|(?:night|nite|overnight|graveyard|third|3rd) shift)\b`,
    String.raw`\b(?:i|i also|i just) (?:work|have)(?: the| a)? (?:night|nite|graveyard|overnight) shift\b`,
    String.raw`\bmy (?:shift is|shifts are) (?:at night|nights|overnight)\b`,
    // "trabajo de noche", "trabajo en las noches", "trabajo toda la noche", "tengo turno de noche".
    String.raw`\btrabajo (?:de|en la|en las|por la|por las|toda la|las) noches?\b`,
    String.raw`\b(?:trabajo|tengo|estoy en)(?: el)? turno (?:de noche|nocturno|de la noche)\b`,
  ].join('|'),
);

/** A word any of WORKS_NIGHTS needs, tested on the text as sent: most texts tell of no shift and go no further. */
const NIGHT_HINT = /nigh|nite|noche|shift|graveyard|evenings|overnight|turno/i;

/** Whether the texter tells of their own work at night: "i work nights", "im on night shift", "trabajo de noche". */
export function worksNights(text: string): boolean {
  return NIGHT_HINT.test(text) && WORKS_NIGHTS.test(textWords(text).join(' '));
}

/**
 * "i work mornings", "im on the morning shift", "trabajo en las mananas": busy in the morning, so the meetings are
 * those from noon on (the twenty-sixth session's probe searched the morning's). Only the texter's own work.
 */
const WORKS_MORNINGS =
  /\b(?:(?:i|im|i am) (?:work|working|do)(?: the| in the)? (?:mornings|morning shift|mornings shift|early shift)|(?:im|i am) on(?: the)? (?:morning|early) shift|trabajo (?:en|por) las mananas|trabajo (?:en|por) la manana|trabajo de manana|tengo turno de manana)\b/;

/** Whether the texter tells of their own work in the morning: "i work mornings", "trabajo en las mananas". */
export function worksMornings(text: string): boolean {
  return /morning|manana|mañana|early shift/i.test(text) && WORKS_MORNINGS.test(textWords(text).join(' '));
}

/** The `clock` value for meetings from noon on ("12:00+"): what is left to someone who works mornings. */
export const MORNING_ENDS = '12:00+';

/**
 * The `clock` value for meetings by day, that start before 5pm ("17:00-", see askedClock's clockIsBefore): what is
 * left to someone who works nights, or asks for "during the day".
 */
export const DAY_ENDS = '17:00-';

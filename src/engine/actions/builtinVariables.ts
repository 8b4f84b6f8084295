import type { ActionVariable } from './actionTypes';
import { STATES_MAX } from './budgets';

/** The longest program line said to "what is al-anon": the catalogue's are one short line each. */
export const ABOUT_LINE_MAX = 120;
/** How many programs one question asks about at most: two, whose difference is asked ("aa vs na"). */
export const ABOUT_PROGRAMS = 2;
/** The longest `about`: the lines of the programs asked about, one per line. */
export const ABOUT_MAX = ABOUT_PROGRAMS * (ABOUT_LINE_MAX + 1);

/** The longest meeting name said in the answers about the meeting shown (`meeting`): the details' heading, cut. */
export const SHOWN_NAME_MAX = 50;
/** The longest day and time said of it (`starts`): "prox. Mie medianoche EST". */
export const SHOWN_STARTS_MAX = 30;
/** The longest word for today, tonight or tomorrow (`day`, from `labels.filters`). */
export const SHOWN_DAY_MAX = 20;
/** The longest language named of a meeting (`language`): "Spanish", "Vietnamese". */
export const SHOWN_LANGUAGE_MAX = 20;
/** The longest "where" (`where`): address and map, or link and dial-in, so the answer stays within 2 SMS parts. */
export const SHOWN_WHERE_MAX = 140;
/** The longest list of a page's times in a zone asked (`times`): "1 next Wed midnight, 2 ..., 3 ...". */
export const SHOWN_TIMES_MAX = 72;
/**
 * The longest unit word (`unit`): "mi", "km". The results headings were fitted to their 3 SMS parts with "mi" written
 * in, so a unit takes no more room than it did; a longer staff label is cut (flows:check warns of it).
 */
export const UNIT_MAX = 2;
/** The longest help line (`helpline`): "SAMHSA helpline, free 24/7: 1-800-662-4357.", as the replies were fitted. */
export const HELPLINE_MAX = 43;
/** The longest state a zone was asked by (`zone_place`): "District of Columbia". */
export const ZONE_PLACE_MAX = 24;

/**
 * Variables the engine itself sets, whatever the flow does: a `location` route sets `place`;
 * `location: ambiguous` sets `town` and `states`; a state alone at the place question `state_name` and `in_state`;
 * the `program_about` keyword's text `about`; the `shown_*` keywords' `meeting`, `starts`, `day`, `where` and
 * `language`; `listed_distance`'s `away` and `unit`; `listed_times_in`'s `times`, `zone` and `zone_place`.
 */
export const BUILTIN_VARIABLES: Record<string, ActionVariable> = {
  place: { maxLength: 40, description: 'The place the texter named, e.g. "Amarillo, TX".' },
  town: { maxLength: 30, description: 'A town found in several states, as the texter wrote it.' },
  states: { maxLength: STATES_MAX, description: 'The states that town is in, numbered: "1 TX, 2 OH, 3 MO".' },
  state_name: { maxLength: 30, description: 'A state named alone at the place question, e.g. "Texas".' },
  in_state: { maxLength: 2, description: 'Its code, e.g. "TX": the town asked for next is looked up in it first.' },
  about: {
    maxLength: ABOUT_MAX,
    description: 'A program\'s own line from programs.yaml, for "what is al-anon" (two lines for "aa vs na").',
  },
  // The answers about the meeting whose details were just shown (src/engine/shownMeeting.ts keeps them within these).
  meeting: {
    maxLength: SHOWN_NAME_MAX,
    description: 'The meeting whose details were shown, as they named it: "AA Touch of Soul".',
  },
  starts: { maxLength: SHOWN_STARTS_MAX, description: 'Its day and time as its details gave them: "Wed 8pm".' },
  day: {
    maxLength: SHOWN_DAY_MAX,
    description: 'When its next start falls, in `labels.filters` words: tonight, today, tomorrow.',
  },
  where: {
    maxLength: SHOWN_WHERE_MAX,
    description: 'Where it meets (address, notes, map link) or how to join (link, dial-in), several lines.',
  },
  language: {
    maxLength: SHOWN_LANGUAGE_MAX,
    description: 'The language a meeting\'s listing names, other than English, as `labels` word it: "Spanish".',
  },
  // "what time is it in arizona for these" (src/engine/listedTimes.ts): the page's times in the zone of the state.
  times: {
    maxLength: SHOWN_TIMES_MAX,
    description: 'The meetings\' next starts in the zone asked, by number: "1 Mon 6pm, 2 Mon 7pm".',
  },
  zone: { maxLength: 6, description: 'That zone\'s short name: "MST".' },
  zone_place: { maxLength: ZONE_PLACE_MAX, description: 'The state it was asked by: "Arizona".' },
  away: {
    maxLength: 4,
    description: 'How far the meeting asked about is from the place searched, in `unit`: "<1", "3".',
  },
  helpline: {
    maxLength: HELPLINE_MAX,
    description:
      "The help line to name when no meeting fits: `labels.helpline.us` (SAMHSA's), or `labels.helpline.ca` when " +
      'the place searched is in Canada, where US lines do not answer.',
  },
  unit: {
    maxLength: UNIT_MAX,
    description:
      'The unit `radius`, `looked` and `away` are in: `labels.miles` ("mi"), or `labels.km` ("km") when the place ' +
      'searched is in Canada. Write "within {{radius}} {{unit}}", never "{{radius}} mi".',
  },
  behavior: {
    maxLength: 8,
    description:
      'A behavior named that is no gambling ("video games": gaming), read with concern gambling; empty otherwise.',
  },
};

import { whenInZone } from '../directory/formatMeetings';
import { plainWords } from '../directory/plainWords';
import { exactStateCode, startsAStateName, stateName } from '../directory/placeIndex';
import { homeZoneOf } from '../directory/stateZones';
import { zoneAbbreviation } from '../directory/timeZones';
import type { Meeting, ReplyLabels } from '../directory/types';
import type { FlowVars } from '../flow/flowText';
import { toGsm7 } from '../sms/gsm7';
import { MEETING_NOUNS } from '../text/meetingWords';
import { zoneNamed } from '../understand/timeZoneSaid';
import { SHOWN_TIMES_MAX, ZONE_PLACE_MAX } from './actions/builtinVariables';

/**
 * "what time is it in arizona for these", "what are these in california time", "a que hora es en arizona" at a list of
 * meetings: their next starts told in the zone of the state named, and the zone's name (the flow's `listed_times_in`:
 * "In Arizona time (MST): 1 Mon 6pm, 2 Mon 7pm"). It got "Sorry, I didn't get that" (the twenty-ninth session). A zone
 * named by its own name ("is that central", "is this eastern time") gets the same answer in that zone (zoneNamedAsked);
 * before the thirtieth session it got the `time_zone` keyword's general words about zones, though the list was at hand.
 */

/** Words a question of time has: only a text with one is looked at for a state. */
const ASKS_A_TIME = /\b(?:time|times|when|hora|horas|horario|cuando)\b/;

/** Words a state's name follows in a question of time: "in arizona", "en arizona", "hora de arizona". */
const BEFORE_STATE: ReadonlySet<string> = new Set(['in', 'en', 'de', 'for', 'para']);
/** Words a state's name goes before in a question of time: "arizona time", "california hours". */
const AFTER_STATE: ReadonlySet<string> = new Set(['time', 'times', 'hours']);
/** Words before "in" that say the texter is there: "im in arizona", "i live in texas", "estoy en arizona". */
const PLACE_SAID: ReadonlySet<string> = new Set(['im', 'am', 'live', 'living', 'moved', 'staying', 'estoy', 'vivo']);

/** How many words a state's name may have ("new mexico", "north carolina"). */
const NAME_MAX_WORDS = 3;

/** A zone a texter asked the times in: its IANA name, and the state it was named by ("Arizona"). */
export interface ZoneAsked {
  zone: string;
  place: string;
}

/**
 * The zone of a US state named in a question of time ("what time is it in arizona", "en hora de california", "texas
 * time"): the zone most of its people live in (stateZones.ts). Undefined when the text asks no time or names no state.
 */
export function zoneAskedIn(text: string, lang: string): ZoneAsked | undefined {
  const plain = plainWords(text);
  if (!ASKS_A_TIME.test(plain)) return undefined;
  const words = plain.split(' ');
  for (let i = 0; i < words.length; i++) {
    if (!startsAStateName(words[i])) continue;
    for (let len = Math.min(NAME_MAX_WORDS, words.length - i); len >= 1; len--) {
      const code = exactStateCode(words.slice(i, i + len).join(' '));
      if (!code) continue;
      // "in arizona", "arizona time": said as where the time is told; not "my sister in arizona said 7".
      if (!BEFORE_STATE.has(words[i - 1] ?? '') && !AFTER_STATE.has(words[i + len] ?? '')) break;
      // "im in arizona now, what time...", "what times are meetings in arizona": a place to search, not a zone.
      if (PLACE_SAID.has(words[i - 2] ?? '') || MEETING_NOUNS.has(words[i - 2] ?? '')) break;
      const zone = homeZoneOf(code);
      const place = stateName(code, lang);
      return zone && place ? { zone, place: toGsm7(place).slice(0, ZONE_PLACE_MAX) } : undefined;
    }
  }
  return undefined;
}

/** How each zone is named in the answer, by language: "In Central time (CST)", "En hora de la zona central (CST)". */
const ZONE_NAMES_SAID: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'America/New_York': { en: 'Eastern', es: 'la zona este' },
  'America/Chicago': { en: 'Central', es: 'la zona central' },
  'America/Denver': { en: 'Mountain', es: 'la zona de montana' },
  'America/Los_Angeles': { en: 'Pacific', es: 'la zona del Pacifico' },
  'America/Anchorage': { en: 'Alaska', es: 'Alaska' },
  'Pacific/Honolulu': { en: 'Hawaii', es: 'Hawai' },
  'America/Puerto_Rico': { en: 'Atlantic', es: 'la zona del Atlantico' },
};

/**
 * The zone a text names by the zone's own name ("is that central time", "is this eastern", "en hora del pacifico"), as
 * `listed_times_in` tells it; undefined when it names none or two. For texts the flow's `time_zone` words took.
 */
export function zoneNamedAsked(text: string, lang: string): ZoneAsked | undefined {
  const zone = zoneNamed(plainWords(text).split(' '));
  const names = zone ? ZONE_NAMES_SAID[zone] : undefined;
  return zone && names ? { zone, place: names[lang] ?? names.en } : undefined;
}

/**
 * The placeholders of `listed_times_in` for the meetings asked about: each one's next start in the zone asked,
 * numbered as the list numbers them (alone, the one whose details were shown), the zone's short name ("MST") and the
 * state it was asked by.
 */
export function timesInZoneVars(
  meetings: ReadonlyArray<{ meeting: Meeting; item: number }>,
  asked: ZoneAsked,
  labels: ReplyLabels,
  now: Date,
): FlowVars {
  const one = meetings.length === 1;
  const times = meetings
    .map(({ meeting, item }) => `${one ? '' : `${item} `}${whenInZone(meeting, labels, now, asked.zone)}`)
    .join(', ');
  return {
    times: toGsm7(times).slice(0, SHOWN_TIMES_MAX),
    zone: toGsm7(zoneAbbreviation(asked.zone, now)).slice(0, 6),
    zone_place: asked.place,
  };
}

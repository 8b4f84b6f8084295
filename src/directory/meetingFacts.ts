import { smsLength } from '../sms/gsm7';
import { detailParts, type DetailLine, type DetailOptions } from './formatMeetings';
import { EVENING_STARTS } from './parseWhen';
import { localWeekMinute } from './timeZones';
import type { Meeting } from './types';

/**
 * What a texter may ask of one meeting after its details ("is it open?", "what time", "where is it"), in the words
 * its details used: the same heading, the same day and time, the same address and map or link and dial-in.
 */
export interface MeetingFacts {
  /** Its heading as the details give it: "AA Touch of Soul". */
  name: string;
  /** Its day and time as the details give them: "Wed 8pm", "Thu 7pm EST", "next Wed 6pm". */
  when: string;
  /**
   * Days from today to its next start, where its time is told: 0 today, 1 tomorrow, up to 7 (today's weekday next
   * week). A midnight meeting counts on the evening before, as its time is said ("Sat midnight").
   */
  daysAway: number;
  /** It starts in the evening (from 5pm, as the search's "tonight"), or at midnight: tonight's when it is today. */
  evening: boolean;
  /** Where it meets or how to join, as the details say it, within the budget asked for; may be several lines. */
  where: string;
  /** Open or closed, as its listing says; undefined when it says neither, or both. */
  kind?: 'open' | 'closed';
}

const SIX_DAYS_MS = 6 * 24 * 60 * 60 * 1000;

/** The lines that say where a meeting is or how to join it, dropped in this order when room is short. */
const WHERE_PARTS: ReadonlyArray<DetailLine['part']> = [
  'location',
  'address',
  'notes',
  'map',
  'online',
  'phone',
  'tap',
];
// The link before the dial-in, as on a page of meetings: a dial-in works on any phone.
const DROPPED_FIRST: ReadonlyArray<DetailLine['part']> = ['tap', 'notes', 'location', 'online'];

/**
 * The where lines joined within `max` characters: the one-tap dial-in, the notes, the place's name, then a link
 * beside a dial-in go first; a line that is the only way there stays.
 */
function whereWithin(lines: DetailLine[], max: number): string {
  let kept = lines.filter((l) => WHERE_PARTS.includes(l.part));
  const size = () => smsLength(kept.map((l) => l.text).join('\n'));
  for (const part of DROPPED_FIRST) {
    const others = kept.filter((l) => l.part !== part);
    if (size() > max && others.length > 0) kept = others;
  }
  // Still too long (a very long link): whole lines from the end, never a link cut in the middle.
  while (kept.length > 1 && size() > max) kept = kept.slice(0, -1);
  return kept.map((l) => l.text).join('\n');
}

/** How many days ahead a start is where its time is told, and whether it is an evening one (see MeetingFacts). */
function dayOf(nextStart: Date, now: Date, zone: string): { daysAway: number; evening: boolean } {
  const today = localWeekMinute(zone, now.getTime()).day;
  const start = localWeekMinute(zone, nextStart.getTime());
  let days = (start.day - today + 7) % 7;
  if (days === 0 && nextStart.getTime() - now.getTime() > SIX_DAYS_MS) days = 7;
  // "Sat midnight" is said with Saturday: Saturday's night, though it starts on Sunday.
  if (start.minute === 0) return { daysAway: Math.max(0, days - 1), evening: true };
  return { daysAway: days, evening: start.minute >= EVENING_STARTS };
}

/**
 * A meeting's facts for the answers about it, worded by the details' own code (detailParts): its name within
 * `nameMax` characters, where it is within `whereMax`, and how far off its next start is from `opts.now`.
 */
export function meetingFacts(m: Meeting, opts: DetailOptions & { nameMax: number; whereMax: number }): MeetingFacts {
  const parts = detailParts(m, opts);
  const name = parts.head.length <= opts.nameMax ? parts.head : `${parts.head.slice(0, opts.nameMax - 3).trimEnd()}...`;
  const open = m.tags.includes('open');
  const closed = m.tags.includes('closed');
  const kind = open === closed ? undefined : open ? 'open' : 'closed';
  return {
    name,
    when: parts.when,
    ...dayOf(parts.nextStart, opts.now, parts.zone),
    where: whereWithin(parts.lines, opts.whereMax),
    ...(kind ? { kind } : {}),
  };
}

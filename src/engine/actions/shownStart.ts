import { zoneOffsetMinutes } from '../../directory/timeZones';
import type { Meeting } from '../../directory/types';
import type { ActionContext } from './actionTypes';
import { zoneOf } from './resultPage';
import { modesOf } from './searchTerms';

/**
 * A meeting's start as the list showed it, minutes after midnight: a room in its own zone, as its line gives it;
 * online and phone meetings in the texter's zone when their place is known (the hour they join), else in their own.
 */
export function shownStart(m: Meeting, zone: string | undefined, now: Date, roomsListed: boolean): number {
  if (!zone || zone === m.timezone || (roomsListed && m.modes.includes('in_person'))) return m.startMinute;
  const shift = zoneOffsetMinutes(zone, now.getTime()) - zoneOffsetMinutes(m.timezone, now.getTime());
  return (((m.startMinute + shift) % 1440) + 1440) % 1440;
}

/** Each meeting's start as the list showed it (see shownStart), in the order shown; undefined for a meeting gone. */
export function shownStarts(ctx: ActionContext, shown: Array<Meeting | undefined>): Array<number | undefined> {
  const zone = zoneOf(ctx.place, ctx.homeZone);
  // The ways the list was searched for, as meeting_details reads them: rooms are listed at their own hour.
  const roomsListed = (ctx.search?.modes ?? modesOf(ctx.vars, ctx.place)).includes('in_person');
  return shown.map((m) => (m ? shownStart(m, zone, ctx.now, roomsListed) : undefined));
}

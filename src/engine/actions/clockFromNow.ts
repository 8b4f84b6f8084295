import type { FlowVars } from '../../flow/flowText';
import { minuteOfClock, type ClockTime } from '../../text/clockWords';
import type { TimeFromNow } from '../../text/timeFromNow';
import { clockValue } from '../askedClock';

/**
 * A time said from the moment of the text ("now", "in 2 hours", "later", "after work", "730") as the search's `when`
 * and `clock`: meetings from that time on ("HH:MM+"), today's first. Pure: the texter's minute of the day, and the
 * latest start of the meetings shown, come from the caller.
 */

/** Minutes in a day. */
const DAY = 24 * 60;
/** "now" is from the quarter hour it is in: a meeting that began a few minutes ago is still one to walk into. */
const NOW_STEP = 15;
/** "in an hour" is from the five minutes it falls in. */
const IN_STEP = 5;
/** "later" with no meetings shown to be later than: two hours on. */
const LATER_WITHOUT_LIST = 120;
/** "after work": a working day's end. */
const WORK_ENDS = 17 * 60;
/** "after school": a school day's end. */
const SCHOOL_ENDS = 15 * 60;
/** The earliest a morning meeting plausibly starts: "530" at 4am is 5:30am, "430" at 4am is 4:30pm. */
const EARLIEST_MORNING = 5 * 60;

/** `when` and `clock` for a minute from now, past midnight the next day's. */
function fromMinute(minute: number, sign = '+'): FlowVars {
  return minute >= DAY
    ? { when: 'tomorrow', clock: `${clockValue(minute - DAY)}${sign}` }
    : { when: 'today', clock: `${clockValue(minute)}${sign}` };
}

/**
 * The search's `when` and `clock` for a time said from now: `nowMinute` is the texter's minute of the day,
 * `latestShown` the latest start of the meetings listed (as listed), when any are.
 */
export function clockFromNow(said: TimeFromNow, nowMinute: number, latestShown?: number): FlowVars {
  if (said.kind === 'now') return fromMinute(nowMinute - (nowMinute % NOW_STEP));
  // "in an hour" at 9:07 is from 10:05: a time said roughly, read to the five minutes before it.
  if (said.kind === 'in') return fromMinute(nowMinute + said.minutes - ((nowMinute + said.minutes) % IN_STEP));
  // "after work": from the end of a working day, on the day kept (any day: tonight's first).
  if (said.kind === 'after_work') return { clock: `${clockValue(WORK_ENDS)}+` };
  if (said.kind === 'after_school') return { clock: `${clockValue(SCHOOL_ENDS)}+` };
  // "later": later than the meetings shown, on whatever day they are (">" leaves their start out), else from two
  // hours on.
  if (latestShown !== undefined) return { clock: `${clockValue(latestShown)}>` };
  return fromMinute(nowMinute + LATER_WITHOUT_LIST);
}

/**
 * A time written without its colon and with no am or pm ("730" at the list), as the minute it most likely means:
 * the morning's while it is still ahead today and a meeting could start then, else the afternoon's or evening's
 * ("730" at 9am is 7:30pm), and once both are gone ("730" at 10pm) tomorrow morning's. Said with am or pm, or on the
 * 24-hour clock, as said.
 */
export function bareClockMinute(time: ClockTime, nowMinute: number): number {
  if (time.half || time.hour === 0 || time.hour > 12) return minuteOfClock(time);
  const morning = (time.hour % 12) * 60 + (time.minute ?? 0);
  if (time.hour === 12) return morning + 12 * 60;
  const evening = morning + 12 * 60;
  const plausibleMorning = morning >= EARLIEST_MORNING;
  if (morning > nowMinute && plausibleMorning) return morning;
  // Both gone today ("730" at 10pm): the next one, tomorrow morning's, when a meeting could start then.
  return evening > nowMinute || !plausibleMorning ? evening : morning;
}

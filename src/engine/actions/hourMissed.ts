import type { FlowVars } from '../../flow/flowText';
import { plainWords } from '../../directory/plainWords';
import { clockBoundIn, clockTimeIn, type ClockTime } from '../../text/clockWords';
import { DAY_ENDS } from '../../text/workingHours';
import { clockValueOf } from '../askedClock';
import { hourRuledOutIn, type HourRuledOut } from '../../understand/hourRuledOut';

/**
 * An hour or part of the day said not to work at a list ("i cant make noon", "cant do mornings", "no puedo a las
 * 12", "7 doesnt work for me"): the `clock` that leaves it out. Never MORE's next page, which may begin at that very
 * hour (the twentieth session's probe).
 */

/** From noon on: what is left when mornings do not work ("12:00+": a noon meeting is no morning one). */
const AFTER_MORNING = '12:00+';
/** From 5pm on: the evening, when afternoons do not work (most meetings that are not at noon are then). */
const AFTER_AFTERNOON = '17:00+';
/** Before midnight: meetings at midnight left out; every other one kept ("23:59-": starts before 11:59pm). */
const BEFORE_MIDNIGHT = '23:59-';

/** The `clock` left by a part of the day that does not work. */
const PART_LEFT: Readonly<Record<string, string>> = {
  morning: AFTER_MORNING,
  afternoon: AFTER_AFTERNOON,
  evening: DAY_ENDS,
};

/** The clock time a bare hour ruled out says ("cant make 7": 7pm, as "at 7" is), from the digits the reader kept. */
function timeOf(said: HourRuledOut, text: string): ClockTime | undefined {
  if (said.hour === undefined) return undefined;
  // "cant make the 7pm one": the time as the clock reader takes it, with its am or pm.
  return clockTimeIn(text) ?? { hour: said.hour, ...(said.minute !== undefined ? { minute: said.minute } : {}) };
}

/**
 * The variables for a list that leaves out an hour or part of the day the texter can't make, or undefined when the
 * text rules none out (or bounds a time, "cant go before 6": the bound's own reader has it).
 */
export function hourMissedVars(text: string, saidDay: FlowVars): FlowVars | undefined {
  if (clockBoundIn(text)) return undefined;
  const said = hourRuledOutIn(plainWords(text));
  if (!said) return undefined;
  const base: FlowVars = { ...saidDay, answer: 'refine', part: '' };
  if (said.midnight) return { ...base, clock: BEFORE_MIDNIGHT };
  if (said.part) return { ...base, clock: PART_LEFT[said.part] };
  const time = timeOf(said, text);
  return time ? { ...base, clock: `${clockValueOf(time)}>` } : undefined;
}

import type { Meeting } from '../../directory/types';
import { localWeekMinute } from '../../directory/timeZones';
import type { FlowVars } from '../../flow/flowText';
import { bareClockIn, clockBoundIn, clockTimeIn } from '../../text/clockWords';
import { timeFromNowIn } from '../../text/timeFromNow';
import { clockValue } from '../askedClock';
import type { readResultAnswer } from '../resultAnswers';
import type { ActionContext, ActionResult } from './actionTypes';
import { bareClockMinute, clockFromNow } from './clockFromNow';
import { zoneOf } from './resultPage';
import { shownStarts } from './shownStart';

/**
 * Answers to a list of meetings that name a time from the moment of the text: "now", "in 2 hours", "later", "after
 * work", "mas tarde", and a time written without its colon ("730"). The nineteenth session's probe: each got
 * "Sorry". read_answer asks these before its other readings.
 */

/** The texter's minute of the day: in the zone of their place or number, else US Eastern, as the list is shown. */
function nowMinute(ctx: ActionContext): number {
  return localWeekMinute(zoneOf(ctx.place, ctx.homeZone) ?? 'America/New_York', ctx.now.getTime()).minute;
}

/** A refinement's variables with the preferences, programs and way to meet said beside it. */
function withNarrowing(vars: FlowVars, answer: ReturnType<typeof readResultAnswer>): FlowVars {
  if (answer?.wants) vars.wants = answer.wants;
  if (answer?.programs) vars.programs = answer.programs;
  if (answer?.mode) vars.mode = answer.mode;
  return vars;
}

/**
 * "now", "in 2 hours", "later", "after work", "mas tarde" at the list: the next meetings from that time on ("later":
 * after the latest shown), with what else the text narrowed to. Undefined when the text says no such time, names a
 * clock time beside it, or points at a meeting shown (`answer` is read_answer's reading of the text).
 */
export function fromNowAnswer(
  ctx: ActionContext,
  shown: Array<Meeting | undefined>,
  answer: ReturnType<typeof readResultAnswer>,
): ActionResult | undefined {
  if (answer?.item !== undefined) return undefined;
  const said = timeFromNowIn(ctx.text);
  // A clock time said beside it is the time: "later than 8" is after 8, "now at 7" at 7.
  if (!said || clockBoundIn(ctx.text) || clockTimeIn(ctx.text)) return undefined;
  const starts = said.kind === 'later' ? shownStarts(ctx, shown).filter((s): s is number => s !== undefined) : [];
  const latest = starts.length ? Math.max(...starts) : undefined;
  return { vars: withNarrowing({ answer: 'refine', part: '', ...clockFromNow(said, nowMinute(ctx), latest) }, answer) };
}

/**
 * "730", "7 30", "1930" alone at the list: the meeting shown at that time, else the meetings from then on (7:30pm
 * when 7:30am is past). Undefined for any other text.
 */
export function bareClockAnswer(ctx: ActionContext, shown: Array<Meeting | undefined>): ActionResult | undefined {
  const time = bareClockIn(ctx.text);
  if (!time) return undefined;
  const minute = bareClockMinute(time, nowMinute(ctx));
  const at = shownStarts(ctx, shown).indexOf(minute);
  if (at >= 0) return { vars: { answer: 'details', item: at + 1, clock: '' } };
  return { vars: { answer: 'refine', part: '', clock: `${clockValue(minute)}+` } };
}

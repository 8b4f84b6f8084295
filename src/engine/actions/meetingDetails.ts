import { toGsm7 } from '../../sms/gsm7';
import type { ActionContext, ActionResult, ActionSpec } from './actionTypes';
import { DETAILS_MAX } from './budgets';
import { spec as findMeetingsSpec } from './findMeetings';
import { itemsOf, yesNo, zoneOptions } from './resultPage';
import { modesOf } from './searchTerms';

/** The name a flow calls it by: `do: meeting_details`. */
export const name = 'meeting_details';

/** Writes the details of the meeting the texter picked (`item`) from the page shown last. */
export const spec: ActionSpec = {
  description:
    'The details of meeting number `item` of the list shown last: name, day and time, full address and notes, ' +
    'a map link, types, and link or dial-in; found is "no" when there is no such meeting.',
  sets: {
    details: { maxLength: DETAILS_MAX, description: "The meeting's details, several lines." },
    found: findMeetingsSpec.sets.found,
    items: findMeetingsSpec.sets.items,
  },
};

/** Writes meeting number `item` of the page shown last, or found "no". */
export function run(ctx: ActionContext): ActionResult {
  const shown = ctx.search?.shown ?? [];
  const n = Number(ctx.vars.item);
  const meeting = Number.isInteger(n) && n >= 1 ? ctx.directory.meeting(shown[n - 1] ?? '') : undefined;
  const items = itemsOf(shown.length, ctx.labels);
  if (!meeting) return { vars: { details: '', found: 'no', items } };
  // The ways to meet the list was searched for: those of the fallback to online and phone when it ran.
  const modes = ctx.search?.modes ?? modesOf(ctx.vars, ctx.place);
  const details = ctx.format.formatMeetingDetails(meeting, {
    joining: !modes.includes('in_person'),
    labels: ctx.labels,
    maxChars: DETAILS_MAX,
    now: ctx.now,
    programName: ctx.directory.program(meeting.programId)?.name,
    ...zoneOptions(ctx),
  });
  const vars = { details: toGsm7(details).slice(0, DETAILS_MAX), found: yesNo(details.length > 0), items };
  // Remembered with the page, so "and the next one?" is the meeting after this one (a new page forgets it).
  return { vars, search: ctx.search && { ...ctx.search, detailed: meeting.id } };
}

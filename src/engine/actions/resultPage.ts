import type { MeetMode, MeetingPage, Place, ReplyLabels } from '../../directory/types';
import type { FlowVars } from '../../flow/flowText';
import { timeZoneAt } from '../../directory/timeZones';
import { toGsm7 } from '../../sms/gsm7';
import type { ActionContext } from './actionTypes';
import { MEETINGS_MAX, PICK_MAX } from './budgets';
import { BUILTIN_VARIABLES } from './builtinVariables';

/** A yes/no value as the flow reads it in `when`. */
export const yesNo = (b: boolean): string => (b ? 'yes' : 'no');

/** The texter's zone when their place is known: online and phone times are given in it. */
export function zoneOf(place: Place | undefined): string | undefined {
  return place ? timeZoneAt(place.lat, place.lon) : undefined;
}

/** "1", "1 or 2", "1, 2 or 3": the numbers a texter can answer with. */
export function itemsOf(count: number, labels: ReplyLabels): string {
  const numbers = Array.from({ length: count }, (_, i) => String(i + 1));
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} ${toGsm7(labels.or ?? 'or')} ${numbers[numbers.length - 1]}`;
}

/**
 * The vars for a page of results, and how many of its meetings were actually written: the
 * formatter leaves out the last lines when they do not fit, and MORE must start with the first
 * one not shown.
 */
export function resultVars(
  ctx: ActionContext,
  page: MeetingPage,
  modes: MeetMode[],
  radius: number | undefined,
  maxChars = MEETINGS_MAX,
): { vars: FlowVars; shown: number } {
  const zone = zoneOf(ctx.place);
  const options = { labels: ctx.labels, maxChars, now: ctx.now, modes, ...(zone ? { zone } : {}) };
  const formatted = ctx.format.formatMeetingPage(page, options);
  const meetings = toGsm7(formatted.text);
  // A first meeting that cannot be written at all is skipped rather than shown again and again.
  const shown = formatted.shown === 0 && page.matches.length > 0 ? 1 : formatted.shown;
  const near = page.matches.slice(0, formatted.shown).some((m) => m.distanceMiles !== undefined);
  return {
    shown,
    vars: {
      meetings,
      found: yesNo(meetings.length > 0),
      near: yesNo(near),
      radius: radius !== undefined ? String(radius) : '',
      place: toGsm7(ctx.place?.label ?? '').slice(0, BUILTIN_VARIABLES.place.maxLength),
      items: itemsOf(formatted.shown, ctx.labels),
      // In person, a number gets directions; online or by phone, how to join.
      pick: toGsm7(
        (near ? ctx.labels.pick?.in_person : ctx.labels.pick?.remote) ?? (near ? 'directions' : 'how to join'),
      ).slice(0, PICK_MAX),
    },
  };
}

import type { MeetMode, MeetingPage, Place, ReplyLabels } from '../../directory/types';
import type { FlowVars } from '../../flow/flowText';
import { timeZoneAt } from '../../directory/timeZones';
import { ringSaid, unitAt, unitWord, type DistanceUnit } from '../../directory/distanceUnit';
import { toGsm7 } from '../../sms/gsm7';
import { inCanada } from '../inCanada';
import type { ActionContext } from './actionTypes';
import { MEETINGS_MAX, PICK_MAX } from './budgets';
import { BUILTIN_VARIABLES, HELPLINE_MAX, UNIT_MAX } from './builtinVariables';
import { askedOwnLanguage, languageNoteOf, languageNoteRoom, ownLanguageFirst } from './languageNote';

/** A yes/no value as the flow reads it in `when`. */
export const yesNo = (b: boolean): string => (b ? 'yes' : 'no');

/**
 * The zone options of meeting lines and details: the texter's zone, where online and phone times are given (their
 * place's when it is known, else their number's state's, `homeZone`, else none: the lines then name US Eastern),
 * named on the line when it is only their number's state's (a number keeps its state when its owner moves).
 */
export function zoneOptions(ctx: { place?: Place; homeZone?: string }): { zone?: string; zoneNamed?: boolean } {
  const placed = ctx.place ? timeZoneAt(ctx.place.lat, ctx.place.lon) : undefined;
  if (placed) return { zone: placed };
  return ctx.homeZone ? { zone: ctx.homeZone, zoneNamed: true } : {};
}

/** The texter's zone alone (see zoneOptions): where "tonight" and a meeting's shown time are read. */
export function zoneOf(place: Place | undefined, homeZone?: string): string | undefined {
  return zoneOptions({ place, homeZone }).zone;
}

/** The `unit` a reply says distances in (`labels.miles`, or `labels.km` for a place in Canada), cut to its room. */
export function unitVar(labels: Pick<ReplyLabels, 'miles' | 'km'>, unit: DistanceUnit): string {
  return toGsm7(unitWord(labels, unit)).slice(0, UNIT_MAX);
}

/** The help line to name when no meeting fits: `labels.helpline.ca` for a place in Canada, else `.us`; '' for none. */
export function helplineVar(labels: ReplyLabels, place: Place | undefined): string {
  const line = labels.helpline?.[inCanada(place, undefined) ? 'ca' : 'us'] ?? '';
  return toGsm7(line).slice(0, HELPLINE_MAX);
}

/** "1", "1 or 2", "1, 2 or 3": the numbers a texter can answer with. */
export function itemsOf(count: number, labels: ReplyLabels): string {
  const numbers = Array.from({ length: count }, (_, i) => String(i + 1));
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} ${toGsm7(labels.or ?? 'or')} ${numbers[numbers.length - 1]}`;
}

/** What a number gets, as `pick` says it: "directions" in person, "how to join" otherwise (`labels.pick`). */
export function pickWord(labels: ReplyLabels, where: 'in_person' | 'remote'): string {
  return toGsm7(labels.pick?.[where] ?? (where === 'in_person' ? 'directions' : 'how to join')).slice(0, PICK_MAX);
}

/**
 * The vars for a page of results, how many of its meetings were actually written, and the page in the order
 * written (`page`: its first `shown` are the meetings shown, by number): the formatter leaves out the last lines
 * when they do not fit, and MORE must start with the first one not shown.
 */
export function resultVars(
  ctx: ActionContext,
  found: MeetingPage,
  modes: MeetMode[],
  radius: number | undefined,
  maxChars = MEETINGS_MAX,
  // The search said its language note whole on an earlier page ("Son en ingles."): said once (languageNoteOf).
  noteSaid = false,
): { vars: FlowVars; shown: number; page: MeetingPage; noteSaid: boolean } {
  // A texter in Spanish is told which meetings are held in English, on a line the meeting lines leave room for.
  const noteRoom = languageNoteRoom(ctx.labels, found.matches);
  const room = Math.max(0, maxChars - noteRoom);
  const unit = unitAt(ctx.place);
  const options = { labels: ctx.labels, maxChars: room, now: ctx.now, modes, unit, ...zoneOptions(ctx) };
  // Meetings in the texter's own language first on the page, unless that leaves one of the page out: the next
  // page starts after as many meetings as this one showed, so the page must stay in the search's order then.
  let page = ownLanguageFirst(found, ctx.lang);
  let formatted = ctx.format.formatMeetingPage(page, options);
  if (page !== found && formatted.shown < page.matches.length) {
    page = found;
    formatted = ctx.format.formatMeetingPage(page, options);
  }
  // A mixed page reads soonest first; when not all of it fits, it is written in the list's order, whose first part
  // is what the next page starts after (a phone meeting shown before a room left out was listed again on MORE).
  if (found.listOrder && formatted.shown < page.matches.length) {
    page = Object.assign({}, found, { matches: found.listOrder });
    formatted = ctx.format.formatMeetingPage(page, options);
  }
  const askedOwn = askedOwnLanguage(ctx.vars.wants, ctx.lang);
  const noted = noteRoom
    ? languageNoteOf(ctx.labels, page.matches.slice(0, formatted.shown), askedOwn, ctx.vars.wants, noteSaid)
    : undefined;
  const note = noted?.text ?? '';
  const meetings = toGsm7(formatted.text) + (note && formatted.text ? `\n${note}` : '');
  // A first meeting that cannot be written at all is skipped rather than shown again and again.
  const shown = formatted.shown === 0 && page.matches.length > 0 ? 1 : formatted.shown;
  const near = page.matches.slice(0, formatted.shown).some((m) => m.distanceMiles !== undefined);
  return {
    shown,
    page,
    noteSaid: noteSaid || (noted?.whole === true && formatted.text.length > 0),
    vars: {
      meetings,
      found: yesNo(meetings.length > 0),
      near: yesNo(near),
      radius: radius !== undefined ? ringSaid(radius, unit) : '',
      unit: unitVar(ctx.labels, unit),
      helpline: helplineVar(ctx.labels, ctx.place),
      place: toGsm7(ctx.place?.label ?? '').slice(0, BUILTIN_VARIABLES.place.maxLength),
      items: itemsOf(formatted.shown, ctx.labels),
      // In person, a number gets directions; online or by phone, how to join.
      pick: pickWord(ctx.labels, near ? 'in_person' : 'remote'),
    },
  };
}

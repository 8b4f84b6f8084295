import type {
  MeetMode,
  MeetingDirectory,
  MeetingPage,
  MeetingQuery,
  Place,
  ReplyLabels,
  Situation,
  TimeWindow,
} from '../directory/types';
import { toGsm7 } from '../sms/gsm7';
import type { FlowVars } from './flowText';
import type { MeetingFormatter } from './meetingFormatter';

/**
 * The named actions a flow can call with `do: name`. Each declares the variables it sets and
 * how long each value can grow, so the flow checker can reject an unknown action, a placeholder
 * no one sets, and a message that could exceed 3 SMS parts once filled.
 */

/** Where the last meeting search left off, kept in the conversation so MORE can go on. */
export interface SearchState {
  /** How many results of the current radius (or ring) were already shown. */
  offset: number;
  /** The day/time narrowing in force ("tonight", "Saturday"). */
  when?: TimeWindow;
  /** The ways of meeting searched, when not those the texter chose (in person found nothing). */
  modes?: MeetMode[];
  /** How far the in-person search looked for the page shown last, in miles. */
  radius?: number;
  /** The ring being paged starts beyond this many miles (0 or absent: from the place itself). */
  beyondMiles?: number;
  hasMore: boolean;
}

/** What an action may read. All of it is in memory: actions do no I/O and read no clock. */
export interface ActionContext {
  vars: Readonly<FlowVars>;
  lang: string;
  /** The moment the text that led here arrived. */
  now: Date;
  /** The answer that led here ('' at the start of a conversation). */
  text: string;
  labels: ReplyLabels;
  directory: MeetingDirectory;
  format: MeetingFormatter;
  /** The place the texter named, once a `location` route matched. */
  place: Place | undefined;
  search: SearchState | undefined;
}

/** What an action hands back: variables to merge, and the search state when it searched. */
export interface ActionResult {
  vars: FlowVars;
  search?: SearchState;
}

/** A variable an action sets, with the longest value it can take (for the 3-part rule). */
export interface ActionVariable {
  maxLength: number;
  description: string;
}

/** One named action. */
export interface FlowAction {
  name: string;
  /** One sentence for staff (shown by the checker and in flows/README.md). */
  description: string;
  sets: Record<string, ActionVariable>;
  run(ctx: ActionContext): ActionResult;
}

/** The actions a flow may name, by name. */
export type ActionRegistry = ReadonlyMap<string, FlowAction>;

/**
 * Variables the engine itself sets, whatever the flow does: a `location` route sets `place`;
 * `location: ambiguous` sets `town` and `states`.
 */
export const BUILTIN_VARIABLES: Record<string, ActionVariable> = {
  place: { maxLength: 40, description: 'The place the texter named, e.g. "Amarillo, TX".' },
  town: { maxLength: 30, description: 'A town found in several states, as the texter wrote it.' },
  states: { maxLength: 40, description: 'The states that town is in, e.g. "TX, OH, MO".' },
};

/** Meetings per page: three lines fit a 3-part SMS beside the program list. */
const PAGE_SIZE = 3;

/**
 * Character budgets that keep each results message within 459 GSM-7 characters (3 parts) with
 * the flow's words around them, including the heading that says how far the search looked.
 */
const PROGRAMS_MAX = 100;
const MEETINGS_MAX = 208;
const ONLINE_MAX = 240;

function situationOf(vars: Readonly<FlowVars>): Situation {
  const audience = vars.audience === 'family' ? 'family' : 'self';
  const concerns = ['alcohol', 'drugs', 'gambling', 'unsure'] as const;
  const concern = concerns.find((c) => c === vars.concern) ?? 'unsure';
  const truthy = (v: unknown): boolean => v === true || v === 'yes' || v === 'true';
  const situation: Situation = { audience, concern };
  if (audience === 'self' && vars.medication !== undefined) situation.medication = truthy(vars.medication);
  if (audience === 'family' && vars.teen !== undefined) situation.teen = truthy(vars.teen);
  return situation;
}

/** The ways to meet the texter chose; in person only when there is a place to search around. */
function modesOf(vars: Readonly<FlowVars>, place: Place | undefined): MeetMode[] {
  const chosen: MeetMode[] =
    vars.mode === 'in_person' ? ['in_person'] : vars.mode === 'online' ? ['online'] : vars.mode === 'phone' ? ['phone'] : ['in_person', 'online', 'phone'];
  const possible = chosen.filter((m) => m !== 'in_person' || place !== undefined);
  return possible.length > 0 ? possible : ['online', 'phone'];
}

/** Only in person: when a radius runs out, MORE looks in the next ring out rather than stop. */
function canWiden(modes: MeetMode[], radius: number | undefined): boolean {
  return modes.length === 1 && modes[0] === 'in_person' && radius !== undefined;
}

const yesNo = (b: boolean): string => (b ? 'yes' : 'no');

/**
 * The vars for a page of results, and how many of its meetings were actually written: the
 * formatter leaves out the last lines when they do not fit, and MORE must start with the first
 * one not shown.
 */
function resultVars(ctx: ActionContext, page: MeetingPage, modes: MeetMode[], radius: number | undefined): { vars: FlowVars; shown: number } {
  const formatted = ctx.format.formatMeetingPage(page, { labels: ctx.labels, maxChars: MEETINGS_MAX, now: ctx.now, modes });
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
    },
  };
}

function queryFor(ctx: ActionContext, offset: number, when: TimeWindow | undefined, modes: MeetMode[], beyondMiles?: number): MeetingQuery {
  const programs = ctx.directory.programsFor(situationOf(ctx.vars)).map((p) => p.id);
  const query: MeetingQuery = { programs, modes, now: ctx.now, offset, limit: PAGE_SIZE };
  if (ctx.place) query.place = ctx.place;
  if (when) query.when = when;
  if (beyondMiles) query.beyondMiles = beyondMiles;
  return query;
}

/** Finds the programs and first meetings that fit what the texter said. */
export const findMeetings: FlowAction = {
  name: 'find_meetings',
  description:
    'Finds the programs and the next meetings that fit audience, concern, medication, teen, mode and place; day words in the answer ("tonight", "Saturday") narrow it.',
  sets: {
    programs: { maxLength: PROGRAMS_MAX, description: 'The programs that fit, with their website or phone (every one named, links dropped first when long).' },
    meetings: { maxLength: MEETINGS_MAX, description: 'Up to 3 meeting lines (day, time, name, where or how to join); empty when none.' },
    online: { maxLength: ONLINE_MAX, description: "Each fitting program's online meetings link and phone line: the answer when no meeting is listed." },
    found: { maxLength: 3, description: '"yes" when meetings were found, "no" otherwise (for `when`).' },
    near: { maxLength: 3, description: '"yes" when the meetings shown include in-person ones within `radius` miles of `place`.' },
    remote: { maxLength: 3, description: '"yes" when no in-person meeting was within `radius` miles, so online and phone ones are shown instead.' },
    radius: { maxLength: 3, description: 'How far the in-person search looked, in miles (10, 25, 50, 100); empty when it did not look.' },
    place: BUILTIN_VARIABLES.place,
  },
  run(ctx) {
    const situation = situationOf(ctx.vars);
    const programs = ctx.directory.programsFor(situation);
    let modes = modesOf(ctx.vars, ctx.place);
    let when = ctx.text ? ctx.directory.parseWhen(ctx.text) : undefined;
    let page = ctx.directory.search(queryFor(ctx, 0, when, modes));
    if (page.matches.length === 0 && when) {
      // Nothing on that day: better the next meetings on any day than none.
      when = undefined;
      page = ctx.directory.search(queryFor(ctx, 0, undefined, modes));
    }
    const radius = page.radiusMiles;
    let fellBack = false;
    if (page.matches.length === 0 && modes.length === 1 && modes[0] === 'in_person') {
      // No group meets near enough: online and phone-in meetings are the answer, never an empty reply.
      modes = ['online', 'phone'];
      page = ctx.directory.search(queryFor(ctx, 0, undefined, modes));
      fellBack = true;
    }
    const programList = toGsm7(ctx.format.formatProgramList(programs, ctx.lang, PROGRAMS_MAX)).slice(0, PROGRAMS_MAX);
    // A catalogue without online links or phone lines still names the programs and their finders.
    const online = toGsm7(ctx.format.formatOnlineOptions(programs, ONLINE_MAX) || ctx.format.formatProgramList(programs, ctx.lang, ONLINE_MAX)).slice(0, ONLINE_MAX);
    const result = resultVars(ctx, page, modes, radius);
    // Meetings found, none of them in person although a place was searched: say so before the online ones.
    const remote = result.shown > 0 && result.vars.near === 'no' && radius !== undefined;
    const search: SearchState = {
      offset: result.shown,
      hasMore: page.hasMore || result.shown < page.matches.length || (!fellBack && canWiden(modes, radius)),
    };
    if (when) search.when = when;
    if (fellBack) search.modes = modes;
    if (radius !== undefined) search.radius = radius;
    return { vars: { ...result.vars, programs: programList, online, remote: yesNo(remote) }, search };
  },
};

/**
 * Shows the next page of the last search; when an in-person radius has run out, the next ring
 * out (25, 50, 100 miles), saying so with `wider`.
 */
export const moreMeetings: FlowAction = {
  name: 'more_meetings',
  description:
    'Shows the next meetings of the last search, looking farther out (25, 50, 100 mi) when the radius ran out (then wider is "yes"); found is "no" when there are no more.',
  sets: {
    meetings: findMeetings.sets.meetings,
    found: findMeetings.sets.found,
    near: findMeetings.sets.near,
    wider: { maxLength: 3, description: '"yes" when these meetings are farther out than the last ones: `radius` says how far.' },
    radius: findMeetings.sets.radius,
    place: BUILTIN_VARIABLES.place,
  },
  run(ctx) {
    const last = ctx.search;
    const modes = last?.modes ?? modesOf(ctx.vars, ctx.place);
    const radiusBefore = last?.radius ?? (ctx.vars.radius ? Number(ctx.vars.radius) : undefined);
    if (!last || !last.hasMore) {
      return { vars: { ...resultVars(ctx, { matches: [], hasMore: false }, modes, radiusBefore).vars, wider: 'no' }, search: last };
    }
    let beyond = last.beyondMiles ?? 0;
    let offset = last.offset;
    let page = ctx.directory.search(queryFor(ctx, offset, last.when, modes, beyond));
    let wider = false;
    if (page.matches.length === 0 && !last.modes && canWiden(modes, last.radius)) {
      // This radius is used up: the next ring out, without the meetings already shown.
      beyond = last.radius!;
      offset = 0;
      page = ctx.directory.search(queryFor(ctx, 0, last.when, modes, beyond));
      wider = page.matches.length > 0;
    }
    const radius = page.radiusMiles ?? last.radius;
    const result = resultVars(ctx, page, modes, radius);
    const search: SearchState = {
      offset: offset + result.shown,
      hasMore: page.hasMore || result.shown < page.matches.length || (!last.modes && canWiden(modes, page.radiusMiles)),
    };
    if (last.when) search.when = last.when;
    if (last.modes) search.modes = last.modes;
    if (radius !== undefined) search.radius = radius;
    if (beyond) search.beyondMiles = beyond;
    return { vars: { ...result.vars, wider: yesNo(wider) }, search };
  },
};

/** Builds a registry from a list of actions. */
export function actionRegistryOf(actions: FlowAction[]): ActionRegistry {
  return new Map(actions.map((a) => [a.name, a]));
}

/** The actions every flow may call. */
export const defaultActionRegistry: ActionRegistry = actionRegistryOf([findMeetings, moreMeetings]);

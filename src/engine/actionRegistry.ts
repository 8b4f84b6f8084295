import { RADII_MILES } from '../directory/meetingSearch';
import { timeWindowOf, whenWordsIn } from '../directory/parseWhen';
import { knownWants, tagsForWants } from '../directory/preferences';
import { timeZoneAt } from '../directory/timeZones';
import type {
  MeetMode,
  MeetingDirectory,
  MeetingPage,
  MeetingQuery,
  Place,
  Program,
  ProgramId,
  ReplyLabels,
  Situation,
  TimeWindow,
} from '../directory/types';
import { toGsm7 } from '../sms/gsm7';
import { readResultAnswer } from './resultAnswers';
import type { FlowVars } from '../flow/flowText';
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
  /** The programs searched, in the order their meetings are listed (absent: the situation's). */
  programs?: ProgramId[];
  /** The preference tags in force (see MeetingQuery.tags). */
  tags?: string[][];
  /** The meetings on the page shown last, in order, so "2" or a name finds its details. */
  shown?: string[];
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
const PROGRAMS_MAX = 160;
const NOTE_MAX = 70;
const MEETINGS_MAX = 128;
/** A page after MORE has no program lines beside it: the whole shared budget. */
const NEXT_MAX = MEETINGS_MAX + PROGRAMS_MAX;
const ONLINE_MAX = 240;
const MISSED_MAX = 40;
const DETAILS_MAX = 380;
/** "directions", "how to join": longer words from `labels.pick` are cut. */
const PICK_MAX = 12;

/** A yes/no answer as the flow stores it (true, "yes", "true"). */
const truthy = (v: unknown): boolean => v === true || v === 'yes' || v === 'true';

function situationOf(vars: Readonly<FlowVars>): Situation {
  const audience = vars.audience === 'family' ? 'family' : 'self';
  const concerns = ['alcohol', 'drugs', 'gambling', 'unsure'] as const;
  const concern = concerns.find((c) => c === vars.concern) ?? 'unsure';
  const situation: Situation = { audience, concern };
  if (audience === 'self' && vars.medication !== undefined) situation.medication = truthy(vars.medication);
  if (audience === 'family' && vars.teen !== undefined) situation.teen = truthy(vars.teen);
  return situation;
}

/** A list variable: an array, or a comma-separated string; empty for anything else. */
function listOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String).filter(Boolean);
  return typeof v === 'string' && v
    ? v
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
}

/** The ways to meet the texter chose; in person only when there is a place to search around. */
function modesOf(vars: Readonly<FlowVars>, place: Place | undefined): MeetMode[] {
  const chosen: MeetMode[] =
    vars.mode === 'in_person'
      ? ['in_person']
      : vars.mode === 'online'
        ? ['online']
        : vars.mode === 'phone'
          ? ['phone']
          : ['in_person', 'online', 'phone'];
  const possible = chosen.filter((m) => m !== 'in_person' || place !== undefined);
  return possible.length > 0 ? possible : ['online', 'phone'];
}

/** Only in person: when a radius runs out, MORE looks in the next ring out rather than stop. */
function canWiden(modes: MeetMode[], radius: number | undefined): boolean {
  return modes.length === 1 && modes[0] === 'in_person' && radius !== undefined;
}

const yesNo = (b: boolean): string => (b ? 'yes' : 'no');

/** The texter's zone when their place is known: online and phone times are given in it. */
function zoneOf(place: Place | undefined): string | undefined {
  return place ? timeZoneAt(place.lat, place.lon) : undefined;
}

/** "1", "1 or 2", "1, 2 or 3": the numbers a texter can answer with. */
function itemsOf(count: number, labels: ReplyLabels): string {
  const numbers = Array.from({ length: count }, (_, i) => String(i + 1));
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} ${toGsm7(labels.or ?? 'or')} ${numbers[numbers.length - 1]}`;
}

/**
 * The programs to offer, in order: those the texter named first, then the ones their situation
 * fits (the catalogue puts the ones made for the situation, Alateen or MARA, first).
 */
export function programsInOrder(
  directory: MeetingDirectory,
  vars: Readonly<FlowVars>,
): { named: Program[]; offered: Program[] } {
  const fitting = directory.programsFor(situationOf(vars));
  const named = listOf(vars.programs)
    .map((id) => directory.program(id))
    .filter((p): p is Program => p !== undefined);
  if (named.length === 0) return { named, offered: fitting };
  return { named, offered: [...named, ...fitting.filter((p) => !named.includes(p))] };
}

/**
 * The vars for a page of results, and how many of its meetings were actually written: the
 * formatter leaves out the last lines when they do not fit, and MORE must start with the first
 * one not shown.
 */
function resultVars(
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

/** What one search asks for besides the page: kept in SearchState so MORE goes on with the same. */
interface SearchTerms {
  programs: ProgramId[];
  modes: MeetMode[];
  when?: TimeWindow;
  tags?: string[][];
}

function queryFor(ctx: ActionContext, terms: SearchTerms, offset: number, beyondMiles?: number): MeetingQuery {
  const query: MeetingQuery = {
    programs: terms.programs,
    modes: terms.modes,
    now: ctx.now,
    offset,
    limit: PAGE_SIZE,
    byProgram: true,
  };
  if (ctx.place) query.place = ctx.place;
  if (terms.when) query.when = terms.when;
  if (terms.tags) query.tags = terms.tags;
  if (beyondMiles) query.beyondMiles = beyondMiles;
  return query;
}

/** The words naming what a search was narrowed to, e.g. "for women on Saturday", from the flow's `filters` labels. */
function narrowedWords(
  labels: ReplyLabels,
  parts: { programs: Program[]; wants: string[]; when?: string; part?: string },
): string {
  const word = (key: string) => toGsm7(labels.filters?.[key] ?? key.replace(/_/g, ' '));
  return [
    parts.programs.map((p) => toGsm7(p.name)).join('/'),
    ...parts.wants.map(word),
    parts.when ? word(parts.when) : '',
    parts.part && parts.when !== 'tonight' ? word(parts.part) : '',
  ]
    .filter(Boolean)
    .join(' ')
    .slice(0, MISSED_MAX);
}

/**
 * The search the texter asked for, then, while it finds nothing, the same with the narrowing
 * dropped in turn (the day, then the preferences, then the programs they named): the page
 * found, the terms that found it, and what was asked for but not found (empty when nothing was dropped).
 */
export function searchLoosening(
  ctx: ActionContext,
  modes: MeetMode[],
): { page: MeetingPage; terms: SearchTerms; missed: string; narrowed: string; looked?: number } {
  const { named, offered } = programsInOrder(ctx.directory, ctx.vars);
  const fromText = ctx.text ? whenWordsIn(ctx.text) : {};
  const whenWord = (typeof ctx.vars.when === 'string' && ctx.vars.when) || fromText.when;
  const partWord = (typeof ctx.vars.part === 'string' && ctx.vars.part) || fromText.part;
  const when = timeWindowOf(whenWord, partWord) ?? (ctx.text ? ctx.directory.parseWhen(ctx.text) : undefined);
  const wants = knownWants(ctx.vars.wants);
  const tags = tagsForWants(wants);
  const all = offered.map((p) => p.id);
  const asked: SearchTerms = {
    programs: named.length ? named.map((p) => p.id) : all,
    modes,
    ...(when ? { when } : {}),
    ...(tags ? { tags } : {}),
  };
  const tries: SearchTerms[] = [asked];
  if (when) tries.push({ ...asked, when: undefined });
  if (tags) tries.push({ ...asked, when: undefined, tags: undefined });
  if (named.length) tries.push({ programs: all, modes });
  let page: MeetingPage = { matches: [], hasMore: false };
  let looked: number | undefined;
  // A narrowed search looks one radius beyond where the plain one found enough, not farther:
  // "nothing tonight within 25 mi" then the nearest, rather than tonight's meetings 90 miles away.
  const isNarrowed = tries.length > 1 && ctx.place !== undefined;
  const plainQuery = queryFor(ctx, { programs: all, modes }, 0);
  const plainFound = isNarrowed ? ctx.directory.search(plainQuery).radiusMiles : undefined;
  const plainRadius = plainFound === undefined ? undefined : (RADII_MILES.find((r) => r > plainFound) ?? plainFound);
  for (let i = 0; i < tries.length; i++) {
    const query = queryFor(ctx, tries[i], 0);
    if (i < tries.length - 1 && plainRadius !== undefined) query.maxMiles = plainRadius;
    page = ctx.directory.search(query);
    if (i === 0) looked = page.radiusMiles;
    if (page.matches.length > 0) {
      const t = tries[i];
      const missed =
        i === 0
          ? ''
          : narrowedWords(ctx.labels, {
              programs: t.programs === asked.programs ? [] : named,
              wants: t.tags ? [] : wants,
              ...(t.when || !when ? {} : { when: whenWord || undefined, part: partWord || undefined }),
            });
      // What the meetings shown were narrowed to, for the heading ("Meetings on Saturday within...").
      const narrowed = narrowedWords(ctx.labels, {
        programs: [],
        wants: t.tags ? wants : [],
        ...(t.when ? { when: whenWord || undefined, part: partWord || undefined } : {}),
      });
      return { page, terms: t, missed, narrowed, ...(looked !== undefined ? { looked } : {}) };
    }
  }
  const last = tries[tries.length - 1];
  return { page, terms: last, missed: '', narrowed: '', ...(looked !== undefined ? { looked } : {}) };
}

/** The note said with the programs when the first one has one (MARA: welcomes people on medication). */
function noteOf(programs: Program[], lang: string): string {
  const note = programs[0]?.note;
  return note ? toGsm7(note[lang] ?? note.en ?? '').slice(0, NOTE_MAX) : '';
}

/** Program lines are squeezed to this first, so the meetings beside them keep room for three lines. */
const PROGRAMS_COMPACT = 90;

/**
 * The program lines of a results message, the note first: the richest lines that fit in
 * PROGRAMS_COMPACT with every program named, else each program with only the shorter of its link
 * and number (up to PROGRAMS_MAX): the meetings beside them get the room.
 */
function programLines(ctx: ActionContext, offered: Program[], note: string): string {
  const room = (max: number) => max - (note ? note.length + 1 : 0);
  const compact = toGsm7(ctx.format.formatProgramList(offered, ctx.lang, room(PROGRAMS_COMPACT)));
  const list =
    compact && compact.split('\n').length >= offered.length
      ? compact
      : toGsm7(ctx.format.formatProgramList(offered, ctx.lang, room(PROGRAMS_MAX), { shortest: true }));
  return (note ? `${note}\n${list}` : list).slice(0, PROGRAMS_MAX);
}

/** Finds the programs and first meetings that fit what the texter said. */
export const findMeetings: FlowAction = {
  name: 'find_meetings',
  description:
    'Finds the programs and the next meetings that fit audience, concern, medication, teen, mode, place, ' +
    'programs named, when, part and wants; what was asked but not found is in `missed`.',
  sets: {
    groups: {
      maxLength: PROGRAMS_MAX,
      description:
        'The programs that fit, each with its website or phone (long descriptions dropped first), ' +
        "after the first program's note when it has one (MARA welcomes people on medication).",
    },
    meetings: {
      maxLength: MEETINGS_MAX,
      description:
        'Up to 3 meeting lines (name, day, time, street or how to join, distance); empty when none. ' +
        'It also takes what `groups` leaves of its length: use both in one message, or neither.',
    },
    online: {
      maxLength: ONLINE_MAX,
      description: "Each fitting program's online meetings link and phone line: the answer when no meeting is listed.",
    },
    found: { maxLength: 3, description: '"yes" when meetings were found, "no" otherwise (for `when`).' },
    near: {
      maxLength: 3,
      description: '"yes" when the meetings shown include in-person ones within `radius` miles of `place`.',
    },
    remote: {
      maxLength: 3,
      description:
        '"yes" when no in-person meeting was within `radius` miles, so online and phone ones are shown instead.',
    },
    radius: {
      maxLength: 3,
      description: 'How far the in-person search looked, in miles (10, 25, 50, 100); empty when it did not look.',
    },
    looked: {
      maxLength: 3,
      description: 'How far the search for what was asked looked before dropping `missed`, in miles; else empty.',
    },
    missed: {
      maxLength: MISSED_MAX,
      description: 'What was asked for but found nowhere, in words ("tonight", "for women", "NA"); else empty.',
    },
    unmatched: {
      maxLength: 3,
      description: '"yes" when `missed` is not empty: the meetings shown are the next ones instead.',
    },
    narrowed: {
      maxLength: MISSED_MAX,
      description: 'What the meetings shown were narrowed to, in words ("on Saturday", "for women"); else empty.',
    },
    filtered: {
      maxLength: 3,
      description: '"yes" when the meetings shown are narrowed (`narrowed`) and nothing was missed.',
    },
    items: { maxLength: 9, description: 'The numbers to reply with for a meeting\'s details: "1, 2 or 3".' },
    pick: {
      maxLength: PICK_MAX,
      description: 'What a number gets: "directions" in person, "how to join" otherwise (`labels.pick`).',
    },
    place: BUILTIN_VARIABLES.place,
  },
  run(ctx) {
    const { offered } = programsInOrder(ctx.directory, ctx.vars);
    let modes = modesOf(ctx.vars, ctx.place);
    const found = searchLoosening(ctx, modes);
    let { page, terms, missed, narrowed } = found;
    const { looked } = found;
    const radius = page.radiusMiles;
    let fellBack = false;
    if (page.matches.length === 0 && modes.length === 1 && modes[0] === 'in_person') {
      // No group meets near enough: online and phone-in meetings are the answer, never an empty reply.
      modes = ['online', 'phone'];
      terms = { programs: offered.map((p) => p.id), modes };
      page = ctx.directory.search(queryFor(ctx, terms, 0));
      fellBack = true;
      missed = '';
      narrowed = '';
    }
    const note = noteOf(offered, ctx.lang);
    const groups = programLines(ctx, offered, note);
    // A catalogue without online links or phone lines still names the programs and their finders.
    const onlineMax = ONLINE_MAX - (note ? note.length + 1 : 0);
    const options = toGsm7(
      ctx.format.formatOnlineOptions(offered, onlineMax) || ctx.format.formatProgramList(offered, ctx.lang, onlineMax),
    );
    const online = (note ? `${note}\n${options}` : options).slice(0, ONLINE_MAX);
    // The meetings may use what the program lines leave of their shared budget.
    const result = resultVars(ctx, page, modes, radius, MEETINGS_MAX + PROGRAMS_MAX - groups.length);
    // Meetings found, none of them in person although a place was searched: say so before the online ones.
    const remote = result.shown > 0 && result.vars.near === 'no' && radius !== undefined;
    const search: SearchState = {
      offset: result.shown,
      hasMore: page.hasMore || result.shown < page.matches.length || (!fellBack && canWiden(modes, radius)),
      programs: terms.programs,
      shown: page.matches.slice(0, result.shown).map((m) => m.meeting.id),
    };
    if (terms.when) search.when = terms.when;
    if (terms.tags) search.tags = terms.tags;
    if (fellBack) search.modes = modes;
    if (radius !== undefined) search.radius = radius;
    return {
      vars: {
        ...result.vars,
        groups,
        online,
        remote: yesNo(remote),
        missed,
        unmatched: yesNo(missed !== '' && result.shown > 0),
        narrowed,
        filtered: yesNo(narrowed !== '' && missed === '' && result.shown > 0),
        looked: looked !== undefined ? String(looked) : '',
      },
      search,
    };
  },
};

/** A page's vars as MORE sets them: the lines in `next` rather than `meetings`. */
function moreVars(vars: FlowVars): FlowVars {
  const { meetings, ...rest } = vars;
  return Object.assign({}, rest, { next: meetings });
}

/**
 * Shows the next page of the last search, with the same narrowing; when an in-person radius has
 * run out, the next ring out (25, 50, 100 miles), saying so with `wider`.
 */
export const moreMeetings: FlowAction = {
  name: 'more_meetings',
  description:
    'Shows the next meetings of the last search in `next` (same day, preferences and programs), looking farther ' +
    'out (25, 50, 100 mi) when the radius ran out (then wider is "yes"); found is "no" when there are no more.',
  sets: {
    next: {
      maxLength: NEXT_MAX,
      description: 'Up to 3 more meeting lines (name, day, time, street or how to join, distance); empty when none.',
    },
    found: findMeetings.sets.found,
    near: findMeetings.sets.near,
    wider: {
      maxLength: 3,
      description: '"yes" when these meetings are farther out than the last ones: `radius` says how far.',
    },
    radius: findMeetings.sets.radius,
    items: findMeetings.sets.items,
    pick: findMeetings.sets.pick,
    place: BUILTIN_VARIABLES.place,
  },
  run(ctx) {
    const last = ctx.search;
    const modes = last?.modes ?? modesOf(ctx.vars, ctx.place);
    const radiusBefore = last?.radius ?? (ctx.vars.radius ? Number(ctx.vars.radius) : undefined);
    if (!last || !last.hasMore) {
      const none = resultVars(ctx, { matches: [], hasMore: false }, modes, radiusBefore, NEXT_MAX).vars;
      return { vars: Object.assign(moreVars(none), { wider: 'no' }), search: last };
    }
    const terms: SearchTerms = {
      programs: last.programs ?? ctx.directory.programsFor(situationOf(ctx.vars)).map((p) => p.id),
      modes,
      ...(last.when ? { when: last.when } : {}),
      ...(last.tags ? { tags: last.tags } : {}),
    };
    let beyond = last.beyondMiles ?? 0;
    let offset = last.offset;
    let page = ctx.directory.search(queryFor(ctx, terms, offset, beyond));
    let wider = false;
    if (page.matches.length === 0 && !last.modes && canWiden(modes, last.radius)) {
      // This radius is used up: the next ring out, without the meetings already shown.
      beyond = last.radius!;
      offset = 0;
      page = ctx.directory.search(queryFor(ctx, terms, 0, beyond));
      wider = page.matches.length > 0;
    }
    const radius = page.radiusMiles ?? last.radius;
    const result = resultVars(ctx, page, modes, radius, NEXT_MAX);
    const search: SearchState = {
      ...last,
      offset: offset + result.shown,
      hasMore: page.hasMore || result.shown < page.matches.length || (!last.modes && canWiden(modes, page.radiusMiles)),
      shown: page.matches.length ? page.matches.slice(0, result.shown).map((m) => m.meeting.id) : (last.shown ?? []),
    };
    if (radius !== undefined) search.radius = radius;
    if (beyond) search.beyondMiles = beyond;
    return { vars: Object.assign(moreVars(result.vars), { wider: yesNo(wider) }), search };
  },
};

/** The meetings shown last, by id, still in the directory. */
function shownMeetings(ctx: ActionContext) {
  return (ctx.search?.shown ?? []).map((id) => ctx.directory.meeting(id));
}

/**
 * Reads an answer to a list of meetings (a stopgap until the understanding step): a meeting
 * pointed at sets `item`; a day, part of day, preference, program or way of meeting sets `when`,
 * `part`, `wants`, `programs` or `mode`. `answer` says which: details, refine or unknown.
 */
export const readAnswer: FlowAction = {
  name: 'read_answer',
  description:
    'Reads an answer to a list of meetings: "2", "where is the 2nd one" or a name set item (answer "details"); ' +
    'a day, time, preference, program or way to meet sets when, part, wants, programs or mode (answer "refine"); ' +
    'else answer "unknown".',
  sets: {
    answer: { maxLength: 7, description: '"details", "refine" or "unknown".' },
    item: { maxLength: 1, description: 'Which meeting shown (1, 2, 3) the texter asked about.' },
    when: { maxLength: 9, description: 'tonight, today, tomorrow, weekend, or a weekday (sunday...saturday).' },
    part: { maxLength: 9, description: 'morning, afternoon or evening.' },
    mode: { maxLength: 9, description: 'in_person, online or phone.' },
  },
  run(ctx) {
    const names = shownMeetings(ctx).map((m) => m?.name ?? '');
    const answer = readResultAnswer(ctx.text, names);
    if (!answer) return { vars: { answer: 'unknown' } };
    if (answer.item !== undefined) return { vars: { answer: 'details', item: answer.item } };
    const vars: FlowVars = { answer: 'refine' };
    if (answer.when) {
      vars.when = answer.when;
      vars.part = answer.part ?? '';
    } else if (answer.part) vars.part = answer.part;
    if (answer.anyTime) [vars.when, vars.part] = ['', ''];
    if (answer.wants) vars.wants = answer.wants;
    if (answer.anyKind) vars.wants = [];
    if (answer.programs) vars.programs = answer.programs;
    if (answer.mode) vars.mode = answer.mode;
    return { vars };
  },
};

/** Writes the details of the meeting the texter picked (`item`) from the page shown last. */
export const meetingDetails: FlowAction = {
  name: 'meeting_details',
  description:
    'The details of meeting number `item` of the list shown last: name, day and time, full address and notes, ' +
    'a map link, types, and link or dial-in; found is "no" when there is no such meeting.',
  sets: {
    details: { maxLength: DETAILS_MAX, description: "The meeting's details, several lines." },
    found: findMeetings.sets.found,
    items: findMeetings.sets.items,
  },
  run(ctx) {
    const shown = ctx.search?.shown ?? [];
    const n = Number(ctx.vars.item);
    const meeting = Number.isInteger(n) && n >= 1 ? ctx.directory.meeting(shown[n - 1] ?? '') : undefined;
    const items = itemsOf(shown.length, ctx.labels);
    if (!meeting) return { vars: { details: '', found: 'no', items } };
    const zone = zoneOf(ctx.place);
    const details = ctx.format.formatMeetingDetails(meeting, {
      labels: ctx.labels,
      maxChars: DETAILS_MAX,
      now: ctx.now,
      programName: ctx.directory.program(meeting.programId)?.name,
      ...(zone ? { zone } : {}),
    });
    return { vars: { details: toGsm7(details).slice(0, DETAILS_MAX), found: yesNo(details.length > 0), items } };
  },
};

/** Builds a registry from a list of actions. */
export function actionRegistryOf(actions: FlowAction[]): ActionRegistry {
  return new Map(actions.map((a) => [a.name, a]));
}

/** The actions every flow may call. */
export const defaultActionRegistry: ActionRegistry = actionRegistryOf([
  findMeetings,
  moreMeetings,
  readAnswer,
  meetingDetails,
]);

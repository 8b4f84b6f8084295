import { toGsm7 } from '../../sms/gsm7';
import type { Program } from '../../directory/types';
import type { ActionContext, ActionResult, ActionSpec, SearchState } from './actionTypes';
import {
  FINDERS_LABEL_MAX,
  FINDERS_MAX,
  MEETINGS_MAX,
  MISSED_MAX,
  ONLINE_MAX,
  PICK_MAX,
  PROGRAMS_MAX,
  WHOM_ROOM,
} from './budgets';
import { BUILTIN_VARIABLES } from './builtinVariables';
import { noteOf, programLines } from './programLines';
import { resultVars, yesNo } from './resultPage';
import { filterWord, searchLoosening } from './searchLoosening';
import { canWiden, closerMiles, fartherFrom, milesLimit, modesOf } from './searchTerms';
import { programsInOrder } from './situation';
import { whomFor } from './whomFor';
import { onlyTurnedDown } from './onlyTurnedDown';
import { headingRing } from './headingRing';
import { wantedNotNear } from './wantedNotNear';
import { placeKey } from '../placeIdentity';
import { RADII_MILES } from '../../directory/meetingSearch';
import { ringSaid, unitAt, type DistanceUnit } from '../../directory/distanceUnit';

/**
 * How long `besides` (" but AA") may be: what no_results_near's 3 SMS parts leave beside its other placeholders at
 * their longest; `labels.filters.but` takes at most BUT_MAX of it.
 */
const BESIDES_MAX = 22;
const BUT_MAX = 8;
/** How long `wanted` and `nearby` may each be: "SMART Recovery", "AA or Al-Anon". */
const WANTED_MAX = 14;

/** The widest ring a search looks in: how far "farther out" looked when no limit was said. */
const FARTHEST_RING = RADII_MILES[RADII_MILES.length - 1];

/** The name a flow calls it by: `do: find_meetings`. */
export const name = 'find_meetings';

/** Finds the programs and first meetings that fit what the texter said. */
export const spec: ActionSpec = {
  description:
    'Finds the programs and the next meetings that fit audience, concern, medication, teen, mode, place, ' +
    'programs named, when, part, wants and closer; what was asked but not found is in `missed`.',
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
    finders: {
      // Its room is taken from `online` (up to FINDERS_MAX of it), so it adds nothing beside it.
      maxLength: 0,
      description:
        "After `labels.finders`, the fitting programs' own meeting finders where they differ from their online links " +
        '("Local meetings: AA aa.org/find-aa"), ' +
        'when no meeting on our lists is near: it takes its length from `online`, so use both in one message.',
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
      description:
        'How far the in-person search looked, in `unit`: miles (10, 25, 50, 100), or for a place in Canada ' +
        'kilometres (16, 40, 80, 160); empty when it did not look.',
    },
    looked: {
      maxLength: 3,
      description: 'How far the search for what was asked looked before dropping `missed`, in `unit`; else empty.',
    },
    unit: BUILTIN_VARIABLES.unit,
    helpline: BUILTIN_VARIABLES.helpline,
    missed: {
      maxLength: MISSED_MAX,
      description: 'What was asked for but found nowhere, in words ("tonight", "for women", "NA"); else empty.',
    },
    unmatched: {
      maxLength: 3,
      description: '"yes" when `missed` is not empty: the meetings shown are the next ones instead.',
    },
    unsure: {
      maxLength: 3,
      description:
        '"yes" when `unmatched` and a preference asked for ("with wheelchair access") is in `missed`: ' +
        'the meetings shown are not known to have it, so the reply must not call them the next ones alone.',
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
    besides: {
      maxLength: BESIDES_MAX,
      description:
        'When nothing in person is near but meetings of programs the texter turned down ("no aa" at the list): " ' +
        'but AA" (`labels.filters.but` and their names), for "No group but AA on our lists meets within 100 mi"; ' +
        'else empty.',
    },
    elsewhere: {
      maxLength: 3,
      description:
        '"yes" when nothing of the programs asked for meets near but other programs that fit do (`wanted`, `nearby`).',
    },
    wanted: { maxLength: WANTED_MAX, description: 'The programs asked for that meet nowhere near: "SMART Recovery".' },
    nearby: { maxLength: WANTED_MAX, description: 'The other fitting programs that do meet near: "AA".' },
    farther: {
      maxLength: 0,
      description: 'Emptied: a search asked for "farther out" looked beyond the ring shown before.',
    },
    wider: {
      maxLength: 3,
      description:
        '"yes" when the meetings shown are those beyond the ones shown before ("further out", "within 50 miles" ' +
        'at the list): `radius` says how far it looked.',
    },
    closer: {
      maxLength: 0,
      description: 'Emptied: a search asked for "something closer" looked within the ring inside the one shown before.',
    },
    pick: {
      maxLength: PICK_MAX,
      description: 'What a number gets: "directions" in person, "how to join" otherwise (`labels.pick`).',
    },
    whom: {
      // Up to WHOM_ROOM of its own ("for you"); the rest, up to WHOM_MAX, is taken from `meetings` and `online`.
      maxLength: WHOM_ROOM,
      description:
        'Whom the groups are for, from `labels.whom`: "for you", or "for your husband and you" when the person ' +
        'the help is about wants help themselves (`for_them`); empty when the flow has no `labels.whom`.',
    },
    place: BUILTIN_VARIABLES.place,
  },
};

/** Searches, loosening the narrowing while nothing is found, then online and phone when nothing meets near. */
export function run(ctx: ActionContext): ActionResult {
  const { offered } = programsInOrder(ctx.directory, ctx.vars);
  let modes = modesOf(ctx.vars, ctx.place);
  const closer = closerMiles(ctx);
  const limit = milesLimit(ctx.vars.miles);
  const within = closer !== undefined && limit !== undefined ? Math.min(closer, limit) : (closer ?? limit);
  // Already within the first ring: "closer" can only mean the nearest first, whenever they meet.
  const nearest = closer !== undefined && closer === ctx.search?.radius && within === closer;
  // "further out", "within 50 miles" past the ring shown: the meetings beyond those shown, out to the limit said.
  const from = closer === undefined ? fartherFrom(ctx) : undefined;
  const beyond = from !== undefined && (within === undefined || within > from) ? from : undefined;
  let found = searchLoosening(ctx, modes, within, nearest, beyond);
  const wider = beyond !== undefined && found.page.matches.length > 0;
  if (beyond !== undefined && !wider) {
    // Nothing beyond the meetings shown (within the limit said): say so, and show the nearest again.
    const again = searchLoosening(ctx, modes, within);
    if (again.page.matches.length > 0)
      found = Object.assign(again, { missed: filterWord(ctx.labels, 'farther'), looked: within ?? FARTHEST_RING });
  } else if (within !== undefined && found.page.matches.length === 0) {
    // Nothing nearer than what was shown, or within the miles asked: say so, and show the nearest rather than nothing.
    const shown = searchLoosening(ctx, modes);
    const word = within === closer ? 'closer' : 'nearby';
    if (shown.page.matches.length > 0)
      found = Object.assign(shown, { missed: filterWord(ctx.labels, word), looked: within });
  }
  let { page, terms, missed, narrowed, unsure } = found;
  const { looked } = found;
  const radius = page.radiusMiles;
  let fellBack = false;
  if (page.matches.length === 0 && modes.length === 1 && modes[0] === 'in_person') {
    // No group meets near enough: online and phone-in meetings are the answer, never an empty reply.
    // What the texter narrowed to ("saturday morning", "women") still holds for them, loosened the same way.
    modes = ['online', 'phone'];
    ({ page, terms, missed, narrowed, unsure } = searchLoosening(ctx, modes));
    fellBack = true;
  }
  // "no aa" with only AA near: said so ("No group but AA..."), not "no group meets near".
  const but = filterWord(ctx.labels, 'but').slice(0, BUT_MAX);
  // Any way to meet too ("no aa" at a list asked "any way"): nothing at all found, in person among the ways asked.
  const noneNear = (fellBack || modes.includes('in_person')) && page.matches.length === 0;
  const onlyDeclined = noneNear ? onlyTurnedDown(ctx, ctx.labels.or ?? 'or', BESIDES_MAX - but.length - 2) : '';
  // "not religious" (SMART) with only AA near: said so ("No SMART Recovery meeting... near: AA"), not "no group".
  const elsewhere = noneNear && !onlyDeclined ? wantedNotNear(ctx, ctx.labels.or ?? 'or', WANTED_MAX) : undefined;
  const note = noteOf(offered, ctx.lang);
  const groups = programLines(ctx, offered, note);
  // A place beyond our lists still has meetings the programs' own finders know of; they take their room
  // from the online options beside them.
  const finders = fellBack ? localFinders(ctx, offered) : '';
  // A catalogue without online links or phone lines still names the programs and their finders.
  // Like the meetings, they give up the room a text said earlier in the same SMS takes ("Let's go on").
  const whom = whomFor(ctx.labels, ctx.vars, ctx.relationWords);
  const whomBeyondRoom = Math.max(0, whom.length - WHOM_ROOM);
  const onlineRoom = Math.max(0, ONLINE_MAX - ctx.alreadySaid - whomBeyondRoom - (finders ? finders.length + 1 : 0));
  const optionsWithin = (max: number) =>
    toGsm7(
      ctx.format.formatOnlineOptions(offered, max, ctx.lang) || ctx.format.formatProgramList(offered, ctx.lang, max),
    );
  const besideNote = optionsWithin(Math.max(0, onlineRoom - (note ? note.length + 1 : 0)));
  // Too little room for the note and a way to join: the way to join, which the note only explains.
  const online = (note && besideNote ? `${note}\n${besideNote}` : besideNote || optionsWithin(onlineRoom)).slice(
    0,
    onlineRoom,
  );
  // The meetings may use what the program lines and the words of whom they are for leave of their shared budget.
  const result = resultVars(
    ctx,
    page,
    modes,
    radius,
    MEETINGS_MAX + PROGRAMS_MAX - groups.length - whomBeyondRoom - ctx.alreadySaid,
  );
  // Meetings found, none of them in person although a place was searched: say so before the online ones.
  const remote = result.shown > 0 && result.vars.near === 'no' && radius !== undefined;
  const search: SearchState = {
    offset: result.shown,
    hasMore: page.hasMore || result.shown < page.matches.length || (!fellBack && canWiden(modes, radius)),
    programs: terms.programs,
    shown: result.page.matches.slice(0, result.shown).map((m) => m.meeting.id),
  };
  if (terms.when) search.when = terms.when;
  if (terms.tags) search.tags = terms.tags;
  if (terms.nearest) search.nearest = true;
  if (result.noteSaid) search.noteSaid = true;
  // MORE after "farther out" goes on beyond the ring shown before, not back inside it.
  if (wider) search.beyondMiles = beyond;
  if (fellBack) search.modes = modes;
  if (radius !== undefined) search.radius = radius;
  if (ctx.place) search.place = placeKey(ctx.place);
  // "within 50 miles" past the ring shown: the heading says the distance said, which the meetings listed are within.
  const saidWithin = wider && within !== undefined && radius !== undefined && within > radius;
  // Else the ring the meetings listed fall in, which may be nearer than the ring the search widened to.
  const heading = headingRing(radius, result.page.matches.slice(0, result.shown));
  // Said in kilometres to a texter whose place is in Canada, in miles to everyone else (distanceUnit.ts).
  const unit = unitAt(ctx.place);
  return {
    // Object.assign, not a spread: a literal with a spread and more keys takes V8's slow path on Node 20.
    vars: Object.assign(
      {},
      result.vars,
      { radius: ringAs(saidWithin ? within : heading, unit) },
      {
        groups,
        whom,
        online,
        finders,
        remote: yesNo(remote),
        missed,
        unmatched: yesNo(missed !== '' && result.shown > 0),
        unsure: yesNo(unsure && missed !== '' && result.shown > 0),
        narrowed,
        filtered: yesNo(narrowed !== '' && missed === '' && result.shown > 0),
        looked: ringAs(looked, unit),
        // Used up: a later answer that says nothing more is not "closer" or "farther" again.
        closer: '',
        farther: '',
        wider: yesNo(wider),
        besides: onlyDeclined ? ` ${but} ${onlyDeclined}` : '',
        elsewhere: yesNo(elsewhere !== undefined),
        wanted: elsewhere?.wanted ?? '',
        nearby: elsewhere?.nearby ?? '',
      },
    ),
    search,
  };
}

/** A ring or limit as a heading says it in `unit` ("40" km for 25 miles); empty when the search did not look. */
function ringAs(miles: number | undefined, unit: DistanceUnit): string {
  return miles !== undefined ? ringSaid(miles, unit) : '';
}

/**
 * The programs' own meeting finders, for a texter near no meeting on our lists: only those that
 * find meetings near a place (a finder that is the online link too is already in `online`).
 */
function localFinders(ctx: ActionContext, offered: Program[]): string {
  const local = offered.filter((p) => p.finderUrl && p.finderUrl !== p.onlineUrl);
  if (!local.length) return '';
  const label = ctx.labels.finders ? `${toGsm7(ctx.labels.finders).slice(0, FINDERS_LABEL_MAX)} ` : '';
  const list = ctx.format.formatProgramList(local, ctx.lang, FINDERS_MAX - label.length, { withPhone: false });
  return list ? toGsm7(label + list.replace(/\n/g, ', ')).slice(0, FINDERS_MAX) : '';
}

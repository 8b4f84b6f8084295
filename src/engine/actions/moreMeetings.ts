import { milesOfSaid, unitAt } from '../../directory/distanceUnit';
import { isStandardRing } from '../../directory/meetingSearch';
import type { FlowVars } from '../../flow/flowText';
import type { ActionContext, ActionResult, ActionSpec, SearchState } from './actionTypes';
import { NEXT_MAX } from './budgets';
import { BUILTIN_VARIABLES } from './builtinVariables';
import { spec as findMeetingsSpec } from './findMeetings';
import { resultVars, yesNo } from './resultPage';
import { canWiden, milesLimit, modesOf, queryFor, type SearchTerms } from './searchTerms';
import { fittingProgramIds } from './situation';

/** A page's vars as MORE sets them: the lines in `next` rather than `meetings`. */
function moreVars(vars: FlowVars): FlowVars {
  const { meetings, ...rest } = vars;
  return Object.assign({}, rest, { next: meetings });
}

/** The name a flow calls it by: `do: more_meetings`. */
export const name = 'more_meetings';

/**
 * Shows the next page of the last search, with the same narrowing; when an in-person radius has
 * run out, the next ring out (25, 50, 100 miles), saying so with `wider`.
 */
export const spec: ActionSpec = {
  description:
    'Shows the next meetings of the last search in `next` (same day, preferences and programs), looking farther ' +
    'out (25, 50, 100 mi; said in km for a place in Canada) when the radius ran out (then wider is "yes"); found is "no" when there are no more.',
  sets: {
    next: {
      maxLength: NEXT_MAX,
      description: 'Up to 3 more meeting lines (name, day, time, street or how to join, distance); empty when none.',
    },
    found: findMeetingsSpec.sets.found,
    near: findMeetingsSpec.sets.near,
    wider: {
      maxLength: 3,
      description: '"yes" when these meetings are farther out than the last ones: `radius` says how far.',
    },
    radius: findMeetingsSpec.sets.radius,
    unit: findMeetingsSpec.sets.unit,
    helpline: findMeetingsSpec.sets.helpline,
    items: findMeetingsSpec.sets.items,
    pick: findMeetingsSpec.sets.pick,
    place: BUILTIN_VARIABLES.place,
  },
};

/** The next page of the last search, or the next ring out when the radius is used up. */
export function run(ctx: ActionContext): ActionResult {
  const last = ctx.search;
  const modes = last?.modes ?? modesOf(ctx.vars, ctx.place);
  // Without a search kept, the ring last said (in the texter's unit: kilometres in Canada) read back as miles.
  const radiusBefore =
    last?.radius ?? (ctx.vars.radius ? milesOfSaid(Number(ctx.vars.radius), unitAt(ctx.place)) : undefined);
  if (!last || !last.hasMore) {
    const none = resultVars(ctx, { matches: [], hasMore: false }, modes, radiusBefore, NEXT_MAX).vars;
    return { vars: Object.assign(moreVars(none), { wider: 'no' }), search: last };
  }
  const terms: SearchTerms = {
    programs: last.programs ?? fittingProgramIds(ctx.directory, ctx.vars),
    modes,
    ...(last.when ? { when: last.when } : {}),
    ...(last.tags ? { tags: last.tags } : {}),
    ...(last.nearest ? { nearest: true } : {}),
  };
  let beyond = last.beyondMiles ?? 0;
  let offset = last.offset;
  const query = queryFor(ctx, terms, offset, beyond);
  // A ring of the texter's own ("within 5 miles"): the next page is within it, as the first was.
  if (last.radius !== undefined && !isStandardRing(last.radius) && beyond < last.radius) query.maxMiles = last.radius;
  // A limit said ("within 25 miles"): the page looks in the rings the first did, so it goes on with the same list.
  const limit = milesLimit(ctx.vars.miles);
  if (limit !== undefined && limit > beyond) query.maxMiles = Math.min(query.maxMiles ?? limit, limit);
  let page = ctx.directory.search(query);
  let wider = false;
  const roomBeyond = limit === undefined || (last.radius !== undefined && last.radius < limit);
  if (page.matches.length === 0 && !last.modes && canWiden(modes, last.radius) && roomBeyond) {
    // This radius is used up: the next ring out, without the meetings already shown (no farther than a limit said).
    beyond = last.radius!;
    offset = 0;
    const out = queryFor(ctx, terms, 0, beyond);
    if (limit !== undefined) out.maxMiles = limit;
    page = ctx.directory.search(out);
    wider = page.matches.length > 0;
  }
  const radius = page.radiusMiles ?? last.radius;
  const result = resultVars(ctx, page, modes, radius, NEXT_MAX - ctx.alreadySaid, last.noteSaid === true);
  // Object.assign, not a spread: a literal with a spread and more keys takes V8's slow path on Node 20.
  const search: SearchState = Object.assign({}, last, {
    offset: offset + result.shown,
    hasMore: page.hasMore || result.shown < page.matches.length || (!last.modes && canWiden(modes, page.radiusMiles)),
    shown: page.matches.length
      ? result.page.matches.slice(0, result.shown).map((m) => m.meeting.id)
      : (last.shown ?? []),
  });
  if (radius !== undefined) search.radius = radius;
  if (beyond) search.beyondMiles = beyond;
  if (result.noteSaid) search.noteSaid = true;
  return { vars: Object.assign(moreVars(result.vars), { wider: yesNo(wider) }), search };
}

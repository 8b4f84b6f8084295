import { RADII_MILES } from '../../directory/meetingSearch';
import type { MeetMode, MeetingQuery, Place, ProgramId, TimeWindow } from '../../directory/types';
import { zoneOf } from './resultPage';
import type { FlowVars } from '../../flow/flowText';
import type { ActionContext } from './actionTypes';
import { PAGE_SIZE } from './budgets';
import { laterTagsFor } from './laterTags';

/** The ways to meet the texter chose; in person only when there is a place to search around. */
export function modesOf(vars: Readonly<FlowVars>, place: Place | undefined): MeetMode[] {
  const chosen: MeetMode[] =
    vars.mode === 'in_person'
      ? ['in_person']
      : vars.mode === 'online'
        ? ['online']
        : vars.mode === 'phone'
          ? ['phone']
          : vars.mode === 'remote'
            ? ['online', 'phone']
            : ['in_person', 'online', 'phone'];
  const possible = chosen.filter((m) => m !== 'in_person' || place !== undefined);
  return possible.length > 0 ? possible : ['online', 'phone'];
}

/** Only in person: when a radius runs out, MORE looks in the next ring out rather than stop. */
export function canWiden(modes: MeetMode[], radius: number | undefined): boolean {
  return modes.length === 1 && modes[0] === 'in_person' && radius !== undefined;
}

/** What one search asks for besides the page: kept in SearchState so MORE goes on with the same. */
export interface SearchTerms {
  programs: ProgramId[];
  modes: MeetMode[];
  when?: TimeWindow;
  tags?: string[][];
  /** In person, the nearest first (see MeetingQuery.nearestFirst). */
  nearest?: boolean;
}

/** The directory query for one page of a search: PAGE_SIZE meetings from `offset`, beyond a ring when paging out. */
export function queryFor(ctx: ActionContext, terms: SearchTerms, offset: number, beyondMiles?: number): MeetingQuery {
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
  // Online and phone meetings are read in the texter's own day: "tomorrow afternoon" is theirs.
  if (terms.when) {
    const zone = zoneOf(ctx.place, ctx.homeZone);
    if (zone) query.zone = zone;
  }
  if (terms.tags) query.tags = terms.tags;
  const later = laterTagsFor(ctx.directory, ctx.vars, ctx.relationWords);
  if (later?.length) query.later = later;
  if (terms.nearest) query.nearestFirst = true;
  if (beyondMiles) query.beyondMiles = beyondMiles;
  return query;
}

/** The miles the texter said they can go ("within 5 miles": the understanding step's `miles`), or undefined. */
export function milesLimit(value: unknown): number | undefined {
  const miles = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(miles) && miles > 0 ? miles : undefined;
}

/** Whether the texter asked for meetings nearer than those shown (the `closer` the understanding step keeps). */
export function isCloser(value: unknown): boolean {
  return value === true || value === 'true';
}

/**
 * How far a search for "something closer" may look: the ring inside the one the meetings shown came
 * from (25 -> 10 miles), or the first ring again when they were already within it. Undefined when
 * closer was not asked, or there was no in-person search to come closer than.
 */
export function closerMiles(ctx: Pick<ActionContext, 'vars' | 'search'>): number | undefined {
  const shownWithin = ctx.search?.radius;
  if (!isCloser(ctx.vars.closer) || shownWithin === undefined) return undefined;
  return [...RADII_MILES].reverse().find((r) => r < shownWithin) ?? RADII_MILES[0];
}

/**
 * Where a search for "farther out" starts (the `farther` read_answer keeps: "further out", "within 50 miles" past
 * the ring shown, "mas lejos"): beyond the ring the meetings shown came from, so the next ones out are listed.
 * Undefined when farther was not asked, or the list shown was not of meetings in person.
 */
export function fartherFrom(ctx: Pick<ActionContext, 'vars' | 'search'>): number | undefined {
  const shownWithin = ctx.search?.radius;
  const asked = ctx.vars.farther === true || ctx.vars.farther === 'true';
  if (!asked || shownWithin === undefined || ctx.search?.modes) return undefined;
  // Paged out already ("MORE" past the first ring): beyond the farthest ring shown.
  return Math.max(shownWithin, ctx.search?.beyondMiles ?? 0);
}

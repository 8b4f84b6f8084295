import { toGsm7 } from '../../sms/gsm7';
import { plainLower } from '../../text/textWords';
import type { ActionContext, ActionResult } from './actionTypes';
import { DETAILS_MAX } from './budgets';
import { itemsOf, zoneOptions } from './resultPage';
import { modesOf } from './searchTerms';

/**
 * Several meetings of a list picked at once ("1 and 2", "2 & 3", "1,3", "details for 1 and 2", "la 1 y la 3"): the
 * details of each, shorter, in the one text a single meeting's details take (`details`, DETAILS_MAX), so the reply
 * stays within 3 SMS parts. The nineteenth session's probe: "1 and 2" got the first meeting's details alone.
 */

/** Words before the numbers: "details for", "directions to", "the address of", "info on", "las", "numbers". */
const LEAD =
  '(?:(?:details|detail|directions|direction|address|addresses|info|information|where|are|is|for|to|on|of|the|ones?' +
  '|numbers?|nos?|meetings?|las?|los?|el|de|direcciones|direccion|reuniones|#)\\s*)*';
/** Between two numbers: "and", "&", ",", "+", "y", "n", or a space alone ("1 2 and 3"). */
const JOIN = '(?:\\s*(?:,\\s*(?:and\\s+|y\\s+)?|and|&|\\+|y|n|plus)\\s*|\\s+)(?:(?:the|la|el|#|number)\\s*)?';
const SEVERAL = new RegExp(
  `^${LEAD}([1-9])(?:st|nd|rd)?${JOIN}([1-9])(?:st|nd|rd)?(?:${JOIN}([1-9])(?:st|nd|rd)?)?` +
    '(?:\\s+(?:ones?|meetings?|please|pls|plz|por favor))*\\s*[?.!]*$',
);

/** The room "1) " takes before each meeting's details. */
const NUMBER_ROOM = 3;

/** The meeting numbers a text picks together (two or three, each once, in the order said), or undefined. */
export function severalItemsIn(text: string): number[] | undefined {
  if (typeof text !== 'string' || text.length > 60 || !/[1-9]\D+[1-9]/.test(text)) return undefined;
  const m = SEVERAL.exec(plainLower(text).trim());
  if (!m) return undefined;
  const items = [...new Set([m[1], m[2], m[3]].filter(Boolean).map(Number))];
  return items.length > 1 ? items : undefined;
}

/**
 * The details of several meetings of the page shown last, each in its share of DETAILS_MAX, as `answer: several`
 * with `details` and `items`; undefined when any number is not on the page.
 */
export function severalDetails(ctx: ActionContext, items: readonly number[]): ActionResult | undefined {
  const page = ctx.search?.shown ?? [];
  const meetings = items.map((n) => ctx.directory.meeting(page[n - 1] ?? ''));
  if (meetings.some((m) => m === undefined)) return undefined;
  const modes = ctx.search?.modes ?? modesOf(ctx.vars, ctx.place);
  // Each its share, a line between them.
  const share = Math.floor((DETAILS_MAX - (items.length - 1)) / items.length);
  const parts = meetings.map((meeting, i) => {
    const lines = ctx.format.formatMeetingDetails(meeting!, {
      joining: !modes.includes('in_person'),
      labels: ctx.labels,
      maxChars: share - NUMBER_ROOM,
      now: ctx.now,
      programName: ctx.directory.program(meeting!.programId)?.name,
      ...zoneOptions(ctx),
    });
    // A line cut short to fit ("Types: clo...") says nothing whole: left out, as long as the name and time stay.
    const whole = toGsm7(lines)
      .slice(0, share - NUMBER_ROOM)
      .split('\n')
      .filter((line, n) => n === 0 || !line.endsWith('...'));
    return `${items[i]}) ${whole.join('\n')}`;
  });
  const details = parts.join('\n').slice(0, DETAILS_MAX);
  const last = page[items[items.length - 1] - 1];
  return {
    vars: { answer: 'several', details, found: 'yes', items: itemsOf(page.length, ctx.labels) },
    search: ctx.search && { ...ctx.search, detailed: last },
  };
}

/** "both", "both of them", "ambas", "las dos": the two meetings of a page of two. */
const BOTH =
  /^(?:(?:details|directions|info|address) (?:for|to|on|of) )?(?:both|both of them|ambas|ambos|las dos|los dos)$/;
/** "all 3", "all three", "las 3", "las tres": the three meetings of a page of three. */
const ALL_THREE =
  /^(?:(?:details|directions|info|address) (?:for|to|on|of) )?(?:all 3|all three|las 3|las tres|los 3)$/;

/** The meeting numbers "both" (of two shown) or "all 3" (of three) picks, or undefined. */
export function allShownIn(plain: string, shownCount: number): number[] | undefined {
  if (shownCount === 2 && BOTH.test(plain)) return [1, 2];
  return shownCount === 3 && ALL_THREE.test(plain) ? [1, 2, 3] : undefined;
}

import type { FlowFile } from '../flow/flowSchema';
import type { Session } from './types';
import { asksOnlyWhen } from './shownMeeting';

/**
 * A reaction to a search that found nothing ("damn", "what do i do now", "ok now what", "ugh", "y ahora que hago")
 * after the reply that ended the conversation ("No group on our lists meets within 100 mi of ..."). The ending is a
 * finished conversation by design, so without this the reaction started the questions over at "Who is the help
 * for?" (the twenty-second session's probe). It gets the flow's `after_nothing_found` text instead: what is
 * possible now (the online and phone meetings, another town or ZIP, NEW), and the conversation stays ended, so a
 * town or "online" texted next still carries the answers over.
 */

/** The keyword whose `say` answers the reaction. */
export const AFTER_NOTHING_FOUND = 'after_nothing_found';

/** The flow's endings a search reaches when it found nothing: the targets of its `found: "no"` branches. */
const endingsByFlow = new WeakMap<FlowFile, ReadonlySet<string>>();

function nothingFoundEndings(flow: FlowFile): ReadonlySet<string> {
  let endings = endingsByFlow.get(flow);
  if (endings) return endings;
  const made = new Set<string>();
  // Read from the flow, not named here: staff may add or rename the pages of "nothing found".
  for (const node of Object.values(flow.nodes)) {
    for (const branch of node.when ?? []) {
      if (String(branch.if.found) === 'no' && flow.nodes[branch.goto]?.end === true) made.add(branch.goto);
    }
  }
  endingsByFlow.set(flow, (endings = made));
  return endings;
}

/** The keyword whose `say` answers "what time" after a page of links: the sites list each meeting's time. */
export const LINKS_TIMES = 'links_times';

/**
 * Whether a text after one of the flow's nothing-found pages (online links, "No group within 100 mi...") only asks when
 * ("what time", "when are they", "a que hora"): that page lists where meetings are, not when, so the flow's
 * `links_times` says where their times are. The line said what can be done, or the page again in Spanish (the
 * twenty-ninth session). The conversation stays ended.
 */
export function asksTimesAfterNothingFound(flow: FlowFile, session: Session | undefined, text: string): boolean {
  if (!flow.keywords[LINKS_TIMES]?.say || !asksOnlyWhen(text)) return false;
  const node = (session?.snapshot as { context?: { node?: unknown } } | undefined)?.context?.node;
  return typeof node === 'string' && nothingFoundEndings(flow).has(node);
}

/** The keyword whose `say` answers MORE after a page of links: there are no more, and what can be done. */
export const LINKS_MORE = 'links_more';

/** The keyword whose `say` answers a meeting's number after a page of links, which numbers none. */
export const LINKS_NUMBERS = 'links_numbers';

/** A text that is only a number, as a list's meetings are picked: "1", "#2", "3." */
const ONLY_A_NUMBER = /^\s*#?\d{1,2}[.)]?\s*$/;

/**
 * What a text after one of the flow's nothing-found pages asks of that page as if it were a list: `more` ("more",
 * "mas", "next", "any others": the `more` intent alone), or `number` (a bare "1", or a meeting pointed at, "the first
 * one", "la segunda"), which the page numbers none of. Such a page ends the conversation, so MORE searched the same
 * again and sent the same page (three times in a row for Cheyenne, WY), or, after "No more meetings in this search",
 * the first page again without the day asked; "1" asked "How would you like to meet?" (the forty-second and
 * forty-third sessions' probes). Undefined when the text tells anything ("more on saturday", "1 in amarillo"): that
 * searches again, as before.
 */
export function askedOfLinks(
  flow: FlowFile,
  session: Session | undefined,
  heard: ReactionHeard & { item: number | null | undefined },
  text: string,
): 'more' | 'number' | undefined {
  const node = (session?.snapshot as { context?: { node?: unknown } } | undefined)?.context?.node;
  if (typeof node !== 'string' || !nothingFoundEndings(flow).has(node)) return undefined;
  // The meeting pointed at is no answer the search takes: "the first one" tells nothing else.
  if (heard.filled.some((slot) => slot !== 'item')) return undefined;
  if (heard.intents.length === 1 && heard.intents[0] === 'more')
    return flow.keywords[LINKS_MORE]?.say ? 'more' : undefined;
  const points =
    ONLY_A_NUMBER.test(text) || (typeof heard.item === 'number' && heard.intents.every((i) => i === 'details'));
  return points && flow.keywords[LINKS_NUMBERS]?.say ? 'number' : undefined;
}

/** What the reaction's reading found: the slots a text filled, its intents, and its yes or no. */
export interface ReactionHeard {
  filled: readonly string[];
  intents: readonly string[];
  yes: boolean | null | undefined;
}

/**
 * Whether a text after an ended conversation is a reaction to its search having found nothing: the conversation
 * ended at one of the flow's nothing-found pages, and the text tells nothing (no answer, no intent, no "no") and
 * is not a greeting (`greeting`: "hi" days later starts afresh, as before). A town, "online", "more" or thanks are
 * read as before; a crisis never reaches here (the keyword table answers it first).
 */
export function reactsToNothingFound(
  flow: FlowFile,
  session: Session | undefined,
  heard: ReactionHeard | undefined,
  greeting: boolean,
): boolean {
  if (!flow.keywords[AFTER_NOTHING_FOUND]?.say || !heard || greeting) return false;
  const node = (session?.snapshot as { context?: { node?: unknown } } | undefined)?.context?.node;
  if (typeof node !== 'string' || !nothingFoundEndings(flow).has(node)) return false;
  // A bare "yes" there answers nothing asked (the twenty-sixth session's probe: "yes" started the questions over);
  // a "no" is the goodbye's (closingReply, before this).
  return !heard.filled.length && !heard.intents.length && heard.yes !== false;
}

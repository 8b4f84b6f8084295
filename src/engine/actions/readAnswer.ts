import type { FlowVars } from '../../flow/flowText';
import { readResultAnswer } from '../resultAnswers';
import { isCloser } from './searchTerms';
import { placeKey } from '../placeIdentity';
import type { ActionContext, ActionResult, ActionSpec } from './actionTypes';

/** The meetings shown last, by id, still in the directory. */
function shownMeetings(ctx: ActionContext) {
  return (ctx.search?.shown ?? []).map((id) => ctx.directory.meeting(id));
}

/** The name a flow calls it by: `do: read_answer`. */
export const name = 'read_answer';

/**
 * Reads an answer to a list of meetings (a stopgap until the understanding step): a meeting
 * pointed at sets `item`; a day, part of day, preference, program or way of meeting sets `when`,
 * `part`, `wants`, `programs` or `mode`. `answer` says which: details, refine or unknown.
 */
export const spec: ActionSpec = {
  description:
    'Reads an answer to a list of meetings: "2", "where is the 2nd one" or a name set item (answer "details"); ' +
    'a day, time, preference, program or way to meet sets when, part, wants, programs or mode (answer "refine"); ' +
    'a new town found in several states answers "state" (which_state asks); else answer "unknown".',
  sets: {
    answer: { maxLength: 7, description: '"details", "refine", "state" (a new town, in several states) or "unknown".' },
    item: { maxLength: 1, description: 'Which meeting shown (1, 2, 3) the texter asked about.' },
    when: { maxLength: 9, description: 'tonight, today, tomorrow, weekend, or a weekday (sunday...saturday).' },
    part: { maxLength: 9, description: 'morning, afternoon or evening.' },
    mode: { maxLength: 9, description: 'in_person, online or phone.' },
  },
};

/**
 * Whether the texter named a new place since the last search ("actually I'm in Lubbock", "what
 * about 79401"): the understanding step has already taken it in, so the search only has to run
 * again. A search kept from before searches remembered their place is not taken for a move.
 */
function placeMoved(ctx: ActionContext): boolean {
  const searched = ctx.search?.place;
  return searched !== undefined && ctx.place !== undefined && placeKey(ctx.place) !== searched;
}

/**
 * Whether the text said again what the meetings shown already follow ("79101" once more, "in person"): nothing
 * changes, so the list is shown again from its first meeting rather than a "sorry". The understanding step
 * heard an answer in it, and a search has run.
 */
function saidAgain(ctx: ActionContext): boolean {
  return ctx.search !== undefined && ctx.heard.length > 0;
}

/** Reads the texter's answer against the meetings shown last. */
export function run(ctx: ActionContext): ActionResult {
  // "actually i'm in canyon": a town of several states, none near the place searched; its state is asked.
  if (ctx.pendingTown && ctx.heard.includes('town')) return { vars: { answer: 'state' } };
  const names = shownMeetings(ctx).map((m) => m?.name ?? '');
  const answer = readResultAnswer(ctx.text, names);
  // "something closer?": the understanding step kept `closer` for the search (find_meetings uses it up).
  if (!answer) {
    const searchAgain = isCloser(ctx.vars.closer) || placeMoved(ctx) || saidAgain(ctx);
    return { vars: { answer: searchAgain ? 'refine' : 'unknown' } };
  }
  if (answer.item !== undefined) return { vars: { answer: 'details', item: answer.item } };
  const vars: FlowVars = { answer: 'refine' };
  if (ctx.heard.includes('when')) {
    // The understanding step's day is in the variables already, read with its negations ("not tonight" is
    // tomorrow), where this reader takes the word alone.
    if (!ctx.heard.includes('part')) vars.part = '';
  } else if (answer.when) {
    vars.when = answer.when;
    vars.part = answer.part ?? '';
  } else if (answer.part) vars.part = answer.part;
  // "any day", "any day but wednesday": no day, unless the understanding step read one ("not tonight" is tomorrow).
  if (answer.anyTime && !ctx.heard.includes('when')) [vars.when, vars.part] = ['', ''];
  if (answer.wants) vars.wants = answer.wants;
  if (answer.anyKind) vars.wants = [];
  if (answer.programs) vars.programs = answer.programs;
  if (answer.mode) vars.mode = answer.mode;
  return { vars };
}

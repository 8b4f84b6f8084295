import { programNameIn } from '../../directory/programName';
import type { Program } from '../../directory/types';
import { toGsm7 } from '../../sms/gsm7';
import type { ActionContext, ActionResult, ActionSpec } from './actionTypes';
import { OTHERS_MAX } from './budgets';
import { programsInOrder } from './situation';

/** The name a flow calls it by: `do: other_programs`. */
export const name = 'other_programs';

/** The longest program name offered as the example ("Reply a name like SMART Recovery"). */
const EXAMPLE_MAX = 24;

/**
 * "other groups", "something besides AA" at the results: the other programs that fit the
 * texter's situation, each with its one line and its link, so they can pick one by name.
 */
export const spec: ActionSpec = {
  description:
    'Lists, in `others`, the programs that fit the texter besides those whose meetings were just shown ' +
    '(all that fit when none can be told apart), each with its one line and link; `example` names the first.',
  sets: {
    others: {
      maxLength: OTHERS_MAX,
      description: 'The other fitting programs, one a line, with what each is and where to find it.',
    },
    example: { maxLength: EXAMPLE_MAX, description: 'The first of them by name, e.g. "SMART Recovery".' },
  },
};

/**
 * The programs the meetings just shown came from: those the texter named, else those of the
 * meetings on the page (all AA on a page of AA meetings).
 */
function programsShown(ctx: ActionContext, named: Program[]): Set<string> {
  if (named.length) return new Set(named.map((p) => p.id));
  const ids = (ctx.search?.shown ?? []).map((id) => ctx.directory.meeting(id)?.programId);
  return new Set(ids.filter((id): id is string => id !== undefined));
}

/** The fitting programs besides those just shown, with their lines. */
export function run(ctx: ActionContext): ActionResult {
  const { named, offered } = programsInOrder(ctx.directory, ctx.vars);
  const shown = programsShown(ctx, named);
  const besides = offered.filter((p) => !shown.has(p.id));
  // Every fitting program was on the page (or none can be told apart): all of them, so the texter still
  // reads what each is and where it lists its meetings.
  const others = besides.length ? besides : offered;
  const list = toGsm7(ctx.format.formatProgramList(others, ctx.lang, OTHERS_MAX)).slice(0, OTHERS_MAX);
  const example = others[0] ? toGsm7(programNameIn(others[0], ctx.lang)).slice(0, EXAMPLE_MAX) : '';
  return { vars: { others: list, example } };
}

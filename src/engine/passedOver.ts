import type { FlowVars } from '../flow/flowText';
import type { CompiledFlow } from './flowCompiler';
import type { Learned } from './learnFromText';

/**
 * Questions a texter may pass over: "Are you a teen?" only adds Alateen, and someone who answers the other
 * questions instead ("amarillo", "in person") is almost always an adult. Asking it again with each text wasted
 * three texts in the night probe (17).
 */
const PASSABLE_SLOTS = new Set(['teen']);
/**
 * Questions passed over only the second time: MARA hangs on the medication question's answer, so it is asked once
 * more; asked again with every text, it kept a texter who answered the others from ever reaching a list (the
 * fourteenth session's probes).
 */
const PASSABLE_AFTER_A_MISS = new Set(['medication']);

/** Slots that say who the help is for or what about: a text that tells them is a correction, not a pass-over. */
const WHO_AND_WHAT = ['audience', 'concern', 'also_family', 'for_them', 'teen', 'medication'];

/**
 * Where the questions go on when a text at a passable question answered others and not it ("amarillo" at "Are
 * you a teen?"): where its `no` route goes, the slot left unknown, so nothing is assumed of the texter's age.
 * Undefined at other questions, or when the text corrected who the help is for ("no, it's for my daughter").
 */
export function pastPassedOverQuestion(
  flow: CompiledFlow,
  node: string | undefined,
  learned: Learned,
  misses = 0,
): string | undefined {
  if (!learned.filled.length || learned.filled.some((slot) => WHO_AND_WHAT.includes(slot))) return undefined;
  if ('relation' in learned.vars) return undefined;
  const no = noRoute(flow, node);
  const sets = Object.keys(no?.set ?? {});
  const passable = (slot: string) => PASSABLE_SLOTS.has(slot) || (misses > 0 && PASSABLE_AFTER_A_MISS.has(slot));
  if (!no?.goto || !sets.length || !sets.every(passable)) return undefined;
  return no.goto;
}

/**
 * The variable that lists the slots of questions passed over ("medication,teen"): such a question is not asked again
 * in the conversation, nor in one that carries its answers on after the results ("tonight" after a page of nothing
 * near asked the medication question passed over before: the twenty-fifth session's probe, M3).
 */
export const PASSED_OVER = 'passed_over';

/** The variables that mark the slots of the question at `node` as passed over, beside those passed before. */
export function passedOverVars(flow: CompiledFlow, node: string | undefined, vars: Readonly<FlowVars>): FlowVars {
  const slots = Object.keys(noRoute(flow, node)?.set ?? {});
  const before = String(vars[PASSED_OVER] ?? '')
    .split(',')
    .filter(Boolean);
  return { [PASSED_OVER]: [...new Set([...before, ...slots])].join(',') };
}

/** Whether the question that sets `slot` was passed over earlier: its `no` route is then taken unasked. */
export function wasPassedOver(vars: Readonly<FlowVars>, slot: string): boolean {
  const passed = vars[PASSED_OVER];
  return typeof passed === 'string' && passed.split(',').includes(slot);
}

/** Whether a question is passed over the second time (PASSABLE_AFTER_A_MISS): asked again, it counts a miss. */
export function passesAfterAMiss(flow: CompiledFlow, node: string | undefined): boolean {
  const sets = Object.keys(noRoute(flow, node)?.set ?? {});
  return sets.length > 0 && sets.every((slot) => PASSABLE_AFTER_A_MISS.has(slot));
}

/** The question's `no` route that sets a slot: where passing it over goes. */
function noRoute(flow: CompiledFlow, node: string | undefined) {
  return (flow.flow.nodes[node ?? '']?.routes ?? []).find((r) => r.no && r.set !== undefined);
}

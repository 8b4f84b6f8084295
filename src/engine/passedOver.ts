import type { CompiledFlow } from './flowCompiler';
import type { Learned } from './learnFromText';

/**
 * Questions a texter may pass over: "Are you a teen?" only adds Alateen, and someone who answers the other
 * questions instead ("amarillo", "in person") is almost always an adult. Asking it again with each text wasted
 * three texts in the night probe (17); the medication question is not here, as MARA hangs on its answer.
 */
const PASSABLE_SLOTS = new Set(['teen']);

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
): string | undefined {
  if (!learned.filled.length || learned.filled.some((slot) => WHO_AND_WHAT.includes(slot))) return undefined;
  if ('relation' in learned.vars) return undefined;
  const no = (flow.flow.nodes[node ?? '']?.routes ?? []).find((r) => r.no && r.set !== undefined);
  const sets = Object.keys(no?.set ?? {});
  if (!no?.goto || !sets.length || !sets.every((slot) => PASSABLE_SLOTS.has(slot))) return undefined;
  return no.goto;
}

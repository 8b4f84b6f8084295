import type { MeetingDirectory, Program, Situation } from '../../directory/types';
import type { FlowVars } from '../../flow/flowText';

/** A yes/no answer as the flow stores it (true, "yes", "true"). */
const truthy = (v: unknown): boolean => v === true || v === 'yes' || v === 'true';

/** Who the texter is looking for and about what, from the conversation's values. */
export function situationOf(vars: Readonly<FlowVars>): Situation {
  const audience = vars.audience === 'family' ? 'family' : 'self';
  const concerns = ['alcohol', 'drugs', 'gambling', 'unsure'] as const;
  const concern = concerns.find((c) => c === vars.concern) ?? 'unsure';
  const situation: Situation = { audience, concern };
  if (audience === 'self' && vars.medication !== undefined) situation.medication = truthy(vars.medication);
  if (audience === 'family' && vars.teen !== undefined) situation.teen = truthy(vars.teen);
  return situation;
}

/** A list variable: an array, or a comma-separated string; empty for anything else. */
export function listOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String).filter(Boolean);
  return typeof v === 'string' && v
    ? v
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
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

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

/**
 * The programs for a texter whose trouble someone close to them shares (`also_family`, "me and my husband both
 * drink"): their own, then the first program for the family (Al-Anon), last, so their own meetings come first.
 */
function withFamilyProgram(directory: MeetingDirectory, vars: Readonly<FlowVars>, own: Program[]): Program[] {
  if (!truthy(vars.also_family) || vars.audience === 'family') return own;
  // A teen whose parent drinks as they do is Alateen's.
  const situation: Situation = { audience: 'family', concern: situationOf(vars).concern };
  if (vars.teen !== undefined) situation.teen = truthy(vars.teen);
  const family = directory.programsFor(situation).find((p) => !own.includes(p));
  return family ? [...own, family] : own;
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
  const fitting = withFamilyProgram(directory, vars, directory.programsFor(situationOf(vars)));
  const named = listOf(vars.programs)
    .map((id) => directory.program(id))
    .filter((p): p is Program => p !== undefined);
  if (named.length === 0) return { named, offered: fitting };
  const first = vars.audience === 'family' ? withFamilySide(named, fitting) : named;
  return { named, offered: [...first, ...fitting.filter((p) => !first.includes(p))] };
}

/**
 * For a family member who names a program for the one they worry about ("smart recovery for my daughter, im her
 * mom"), each named program followed by the same organisation's groups for families that fit (SMART Family &
 * Friends): the named one's meetings are the daughter's, these the mother's own. The same organisation is the
 * same meeting finder; Al-Anon and AA have their own, and Al-Anon already comes in the fitting order.
 */
function withFamilySide(named: Program[], fitting: Program[]): Program[] {
  return named.flatMap((p) => {
    if (p.for?.audience.includes('family') || !p.finderUrl) return [p];
    const side = fitting.find((f) => f.finderUrl === p.finderUrl && f.for?.audience.includes('family'));
    return side && !named.includes(side) ? [p, side] : [p];
  });
}

import type { MeetingDirectory, Program, Situation } from '../../directory/types';
import type { FlowVars } from '../../flow/flowText';
import { TWELVE_STEP } from '../../understand/understand';
import { FAMILY_STEPS, OWN_STEPS } from '../learnFromText';

/** A yes/no answer as the flow stores it (true, "yes", "true"). */
/** A flow variable that says yes: true as learned, or "yes"/"true" as a flow's `set:` writes it. */
export const truthy = (v: unknown): boolean => v === true || v === 'yes' || v === 'true';

/** Who the texter is looking for and about what, from the conversation's values. */
export function situationOf(vars: Readonly<FlowVars>): Situation {
  const audience = vars.audience === 'family' ? 'family' : 'self';
  const concerns = ['alcohol', 'drugs', 'gambling', 'unsure'] as const;
  const concern = concerns.find((c) => c === vars.concern) ?? 'unsure';
  const situation: Situation = { audience, concern };
  if (audience === 'self' && vars.medication !== undefined) situation.medication = truthy(vars.medication);
  if (audience === 'family' && vars.teen !== undefined) situation.teen = truthy(vars.teen);
  if (concern === 'gambling' && behaviorNamed(vars)) situation.behavior = true;
  return situation;
}

/**
 * Whether the texter named another behavior than gambling ("addicted to video games", `behavior: gaming`): read
 * with concern gambling, it gets the catalogue's `behavior: true` rules (SMART Recovery), not GA's.
 */
function behaviorNamed(vars: Readonly<FlowVars>): boolean {
  return typeof vars.behavior === 'string' && vars.behavior !== '';
}

/**
 * The programs for a texter whose trouble someone close to them shares (`also_family`, "me and my husband both
 * drink"): their own, then the first program for the family (Al-Anon), last, so their own meetings come first; for
 * the other person's own trouble when one was said apart (`family_concern`: "my wife uses too", Nar-Anon).
 */
function withFamilyProgram(directory: MeetingDirectory, vars: Readonly<FlowVars>, own: Program[]): Program[] {
  if (!truthy(vars.also_family) || vars.audience === 'family') return own;
  // A teen whose parent drinks as they do is Alateen's.
  // "my wife uses too": the groups for the other person's trouble, when the texter said it (`family_concern`).
  const theirs = typeof vars.family_concern === 'string' && vars.family_concern ? vars.family_concern : undefined;
  const as: FlowVars = theirs ? { concern: theirs, concerns: '', behavior: '' } : {};
  const family = fittingPrograms(directory, { ...vars, ...as, audience: 'family' }).find((p) => !own.includes(p));
  return family ? [...own, family] : own;
}

/**
 * The programs for a texter whose person wants help themselves (`for_them`, "my husband wants to quit drinking"):
 * that person's own (AA and SMART; MARA first for someone on methadone), then the first family group (Al-Anon),
 * last, for the texter. Undefined when it does not apply.
 */
function theirOwnHelp(directory: MeetingDirectory, vars: Readonly<FlowVars>): Program[] | undefined {
  if (!truthy(vars.for_them) || vars.audience !== 'family') return undefined;
  const theirs = fittingPrograms(directory, { ...vars, audience: 'self' });
  const family = fittingPrograms(directory, vars).find((p) => !theirs.includes(p));
  return family ? [...theirs, family] : theirs;
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

/** The concerns of `concerns` (a text that named more than one: "drinks and gambles"), when there are two or more. */
function concernsNamed(vars: Readonly<FlowVars>): Array<Situation['concern']> {
  const known = ['alcohol', 'drugs', 'gambling'] as const;
  const said = listOf(vars.concerns).filter((c): c is (typeof known)[number] =>
    (known as readonly string[]).includes(c),
  );
  return vars.concern === 'unsure' && said.length > 1 ? said : [];
}

/**
 * The programs a situation fits. With two concerns named ("my husband drinks and gambles"), `unsure` would offer
 * Nar-Anon and no Gam-Anon: each concern's programs instead, the first of each first (Al-Anon, Gam-Anon), then the
 * rest in order (SMART Family & Friends, the gambling helpline), so every half has its own group on the first lines.
 */
function fittingPrograms(directory: MeetingDirectory, vars: Readonly<FlowVars>): Program[] {
  const situation = situationOf(vars);
  const several = concernsNamed(vars);
  if (several.length === 0) return directory.programsFor(situation);
  // "drinks and plays video games": the gambling half is the behavior's.
  const lists = several.map((concern) =>
    directory.programsFor({
      ...situation,
      concern,
      ...(concern === 'gambling' && behaviorNamed(vars) ? { behavior: true } : {}),
    }),
  );
  const order = [...lists.map((l) => l[0]), ...lists.flat()].filter((p): p is Program => p !== undefined);
  return [...new Set(order)];
}

/** The program ids a situation fits, in order (fittingPrograms), for a search that has no page to go on. */
export function fittingProgramIds(directory: MeetingDirectory, vars: Readonly<FlowVars>): string[] {
  return fittingPrograms(directory, vars).map((p) => p.id);
}

/**
 * The programs to offer, in order: those the texter named first, then the ones their situation
 * fits (the catalogue puts the ones made for the situation, Alateen or MARA, first); and `sought`, what a search for
 * the named ones looks for: for a family member, each with its organisation's groups for families beside it
 * ("smart recovery for my daughter, im her mom": SMART Family & Friends too, the mother's own meetings).
 */
export function programsInOrder(
  directory: MeetingDirectory,
  vars: Readonly<FlowVars>,
): { named: Program[]; offered: Program[]; sought: Program[] } {
  const fitting = withoutDeclined(
    vars,
    theirOwnHelp(directory, vars) ?? withFamilyProgram(directory, vars, fittingPrograms(directory, vars)),
  );
  const named = listOf(vars.programs)
    .map((id) => directory.program(id))
    .filter((p): p is Program => p !== undefined);
  if (named.length === 0) return { named, offered: fitting, sought: named };
  const first = vars.audience === 'family' ? withFamilySide(named, fitting) : named;
  return { named, offered: [...first, ...fitting.filter((p) => !first.includes(p))], sought: first };
}

/**
 * The programs without those the texter turned down (`declined`: "not AA", "i hated the god stuff in AA", or
 * `twelve_step` for "a non 12 step group", every twelve-step fellowship): AA is then no fallback when SMART has no
 * meeting near. Never none: a list that would be empty stays as it was.
 */
function withoutDeclined(vars: Readonly<FlowVars>, programs: Program[]): Program[] {
  const declined = listOf(vars.declined);
  if (!declined.length) return programs;
  const steps = declined.includes(TWELVE_STEP);
  const kept = programs.filter(
    (p) => !declined.includes(p.id) && !(steps && (OWN_STEPS.has(p.id) || FAMILY_STEPS.has(p.id))),
  );
  return kept.length ? kept : programs;
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

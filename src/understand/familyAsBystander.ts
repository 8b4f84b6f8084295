import { USE_SLOTS, type HeardPhrase } from './heardWords';

/**
 * Someone in the texter's working, school or home life named only as the reason for writing: "my boss gets mad if im
 * late, aa in lubbock", "my teacher is on my case, na in amarillo", "mi jefe se enoja si llego tarde, aa en lubbock".
 * Probes 34 and 35 read the boss as whom the help was for ("for your boss" and the teen question). Such a word says
 * nothing of whom the help is for when nothing of drinking or using is said in its clause: "my boss drinks on the job"
 * and "my coworker is using meth" still tell of them. Close family ("my husband gets mad if im late") is left to the
 * other readings: help for a husband is common, for a boss rare.
 */

/** Roles beside the texter at work, school or home, as the lexicon's family words name them (one or two words). */
const ROLES: ReadonlySet<string> = new Set([
  'boss',
  'bosses',
  'manager',
  'supervisor',
  'employer',
  'coworker',
  'coworkers',
  'co worker',
  'someone i work with',
  'teacher',
  'coach',
  'professor',
  'principal',
  'neighbor',
  'neighbors',
  'landlord',
  'jefe',
  'jefa',
  'maestro',
  'maestra',
  'profesor',
  'profesora',
  'entrenador',
  'entrenadora',
  'vecino',
  'vecina',
  'companero de trabajo',
]);

/** Words before someone that make them whom something is for: "for my boss", "para mi jefe". */
const FOR_WORDS: ReadonlySet<string> = new Set(['for', 'para']);
/** Words that may stand between "for" and the role: "for my boss", "para mi jefa". */
const OWNERS: ReadonlySet<string> = new Set(['my', 'our', 'mi', 'mis', 'a', 'the', 'el', 'la']);

/**
 * Whether the family word `h` names a role in the texter's life said only as the reason for writing: a role word,
 * with something said of them after it in its clause ("gets mad", "is on my case"), no drink, drug or medicine in
 * that clause other than a program's own ("aa" is heard as alcohol too), and not "for my boss". `programSpans` are the
 * hits of programs named, whose concern is no one's trouble told.
 */
export function familyNamedAsBystander(
  words: readonly string[],
  clause: readonly number[],
  h: HeardPhrase,
  hits: readonly HeardPhrase[],
): boolean {
  if (h.entry.slot !== 'audience' || h.entry.value !== 'family' || h.negated) return false;
  if (!ROLES.has(words.slice(h.start, h.end).join(' '))) return false;
  // "my boss." alone, or "my boss, she drinks": nothing said of them in the clause, so nothing to set them aside by.
  if (clause[h.end] !== clause[h.start]) return false;
  const before = OWNERS.has(words[h.start - 1] ?? '') ? h.start - 2 : h.start - 1;
  if (FOR_WORDS.has(words[before] ?? '')) return false;
  const program = (o: HeardPhrase) =>
    hits.some((p) => p.entry.slot === 'programs' && p.start <= o.start && o.end <= p.end);
  return !hits.some((o) => USE_SLOTS.has(o.entry.slot) && clause[o.start] === clause[h.start] && !program(o));
}

import { isWholeWord } from '../text/answerMatch';
import type { CompiledFlow } from './flowCompiler';
import type { Learned } from './learnFromText';
import { plainWords } from '../directory/plainWords';
import type { FlowRoute as Route } from '../flow/flowSchema';

/** What a family word given as whom the help is for says besides: who the person is, and the texter's age group. */
const ABOUT_THE_PERSON = ['relation', 'teen'] as const;

/**
 * What a text teaches when it is, as a whole, one of the words the question at hand lists for an answer:
 * only what that answer sets. "both" at "What is it about?" is that question's "not sure" (alcohol and drugs),
 * not the "any way to meet" the understanding reads in "both" alone; "either" at a yes-or-no question the
 * flow lists it for is that answer. Everything else a text says is taken as the understanding read it.
 */
export function answerWordWins(flow: CompiledFlow, node: string | undefined, text: string, learned: Learned): Learned {
  if (!learned.filled.length || node === undefined) return learned;
  const routes = flow.flow.nodes[node]?.routes;
  if (!routes) return learned;
  if (choiceOfAllAtYesOrNo(routes, text, learned)) return { ...learned, vars: {}, filled: [], inferred: [] };
  for (const route of routes) {
    if (!route.words || !route.set || !isWholeWord(text, route.words)) continue;
    const answers = new Set(Object.keys(route.set));
    // Whom the help is for, answered with a family word ("husband" at "Who is the help for?"), keeps what the word
    // says of that person: its relation ("for your husband") and that the texter is no teen (a husband is an
    // adult's). Dropped, the teen question came two texts later (the twenty-seventh session's helper).
    if (answers.has('audience')) for (const slot of ABOUT_THE_PERSON) answers.add(slot);
    if (learned.filled.every((slot) => answers.has(slot))) return learned;
    // The route itself sets its answer when the text reaches it (an ordinary TEXT event): what the
    // understanding read for other slots from the same word is dropped.
    const vars = Object.fromEntries(Object.entries(learned.vars).filter(([k]) => answers.has(k)));
    const kept = (slot: string) => answers.has(slot);
    return {
      ...learned,
      vars,
      filled: learned.filled.filter(kept),
      inferred: learned.inferred.filter(kept),
      place: undefined,
      pendingTown: undefined,
    };
  }
  return learned;
}

/** A text that is only "both" ("las dos"): of two things just told, never of a yes or a no. */
const CHOICE_OF_ALL = /^(?:both|both of them|ambos|ambas|las dos|los dos)$/;

/**
 * Whether a text is only a word for all of the choices ("both"), read as "any way to meet", at a yes-or-no question
 * that asks no way to meet ("Are you a teen?"): there it answers nothing. Taken as any way, the texter who meant
 * "both of them drink" was never asked how to meet (the twenty-eighth session's second probe).
 */
function choiceOfAllAtYesOrNo(routes: readonly Route[], text: string, learned: Learned): boolean {
  if (!learned.filled.every((slot) => slot === 'mode')) return false;
  if (!routes.some((r) => r.yes || r.no) || routes.some((r) => r.set && 'mode' in r.set)) return false;
  return CHOICE_OF_ALL.test(plainWords(text));
}

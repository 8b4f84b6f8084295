import { plainWords } from '../directory/plainWords';
import { takesRefinements } from '../flow/flowSchema';
import type { FlowVars } from '../flow/flowText';
import type { ConversationContext } from './flowCompiler';
import type { Learned } from './learnFromText';
import type { Live } from './liveConversation';

/**
 * At a list of the family's own groups ("my son drinks": Al-Anon), "what about for him", "is there something for
 * him", "y para mi hijo?" ask for the groups of the one the help is about: the search again with his own groups
 * beside the family's (`for_them`, as "my son wants to quit" gives). The thirty-first session's probe got "Sorry" at a
 * list, and after a page of links "What you can do: ..." (the reverse of familyGroupsAsked.ts).
 */

/** The one the help is about, named after "for" ("for him", "para ella", "for my son"); the family word in $1. */
const FOR_THEM = /\b(?:for|para) (?:him|her|them|el|ella|ellos|ellas|(?:my|mi|mis|our) (\w+))\b/;

/**
 * What may follow "for him" in such a question: nothing, or a word of asking ("too", "please", "tambien") or of going
 * ("to go to"). Anything else makes it a sentence about him ("for him i would do anything", "what i do for him is never
 * enough", "para el es muy dificil") or "el" an article ("hay algo para el centro?"), not a question (probe 34).
 */
const AFTER_THEM =
  /^(?:(?:too|also|then|please|pls|plz|as well|instead|now|either|tambien|entonces|por favor|igual|to (?:go|attend|join)(?: to)?)(?: |$))*$/;

/**
 * Family words that say a woman or a man: "what about for him" after "my wife drinks" asks of someone else (probe 34
 * searched the wife's own groups), read as usual.
 */
const WOMEN: ReadonlySet<string> = new Set(
  (
    'wife girlfriend daughter mother mom mama sister grandma grandmother aunt niece fiancee stepdaughter stepmom ' +
    'esposa novia hija madre hermana abuela tia sobrina'
  ).split(' '),
);
/** Family words that say a man (see WOMEN). */
const MEN: ReadonlySet<string> = new Set(
  (
    'husband boyfriend son father dad papa brother grandpa grandfather uncle nephew fiance stepson stepdad ' +
    'esposo novio hijo padre hermano abuelo tio sobrino'
  ).split(' '),
);

/** Whether "him" or "her" (`pronoun`) cannot be the one the family word `relation` names. */
function otherThan(pronoun: string, relation: string): boolean {
  if (pronoun === 'him' || pronoun === 'el') return WOMEN.has(relation);
  if (pronoun === 'her' || pronoun === 'ella') return MEN.has(relation);
  return false;
}

/** How a text asking for groups begins: "what about", "is there", "anything", "y", "algo", "hay". */
const ASKS =
  /^(?:(?:and|but|ok|okay|so|then|y|pero|entonces) )?(?:what about|how about|what|where|is there|are there|any|anything|something|meetings|groups|can you|could you|do you have|find|send|algo|hay|que hay|reuniones|grupos|juntas|tienen|para|for)\b/;

/**
 * Where the one the help is about can go: "where can he go", "what can she go to", "donde puede ir el". After a page of
 * links only: at a list, the flow's `listed_where` keyword takes "where" first ("Which meeting do you mean?").
 */
const WHERE_CAN_THEY_GO = /\b(?:where|what) can (?:he|she|they) (?:go|attend)\b|\bdonde (?:puede|pueden) ir\b/;

/** What a text asking for their groups may tell besides: whom ("mi hijo" tells a parent, no teen). */
const WHOM: ReadonlySet<string> = new Set(['audience', 'relation', 'teen']);

/** The longest such question, in words: a longer text tells more, and is read as usual. */
const MAX_WORDS = 10;

/**
 * Whether a text asks for the groups of the one the help is about, in a conversation about someone close where only
 * the family's own groups were searched (`vars`; `learned`, what the text told): "what about for him" after Al-Anon.
 */
export function asksTheirGroups(vars: Readonly<FlowVars>, learned: Learned | undefined, text: string): boolean {
  if (vars.audience !== 'family' || vars.for_them === true || vars.for_them === 'true') return false;
  if (learned?.filled.some((slot) => !WHOM.has(slot))) return false;
  const plain = plainWords(text);
  if (plain.split(' ').length > MAX_WORDS) return false;
  if (WHERE_CAN_THEY_GO.test(plain)) return true;
  const named = FOR_THEM.exec(plain);
  if (!named || !ASKS.test(plain)) return false;
  if (!AFTER_THEM.test(plain.slice(named.index + named[0].length).trim())) return false;
  // "what about for my daughter" after a son: someone else, read as usual.
  const relation = typeof vars.relation === 'string' ? vars.relation : '';
  if (named[1] === undefined) return !otherThan(named[0].split(' ')[1], relation);
  return relation !== '' && named[1].startsWith(relation);
}

/**
 * The variables that turn the search at a list of the family's groups to the groups of the one the help is about and
 * the family's beside them, when the text asks for them (asksTheirGroups); undefined otherwise.
 */
export function theirGroupsAsked(live: Live, learned: Learned | undefined, text: string): FlowVars | undefined {
  const context = live.snapshot.context as ConversationContext;
  // First and cheapest: most texts come from someone about themselves, or at no list.
  if (context.vars.audience !== 'family' || !context.search) return undefined;
  if (!takesRefinements(live.compiled.flow.nodes[context.node])) return undefined;
  return asksTheirGroups(context.vars, learned, text) ? { for_them: true, programs: '' } : undefined;
}

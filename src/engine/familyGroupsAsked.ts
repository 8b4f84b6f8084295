import { plainWords } from '../directory/plainWords';
import { takesRefinements } from '../flow/flowSchema';
import type { FlowVars } from '../flow/flowText';
import type { ConversationContext } from './flowCompiler';
import type { Learned } from './learnFromText';
import type { Live } from './liveConversation';

/**
 * At a list of the groups of someone close who wants help themselves (`for_them`: "my daughter is 16 and wants to quit
 * drinking" got AA and SMART), "what about for me", "y para mi?", "is there something for her too", "anything for us
 * parents" ask for the family's own groups (Al-Anon, Nar-Anon): the search again for the texter as family. The line
 * said "Got it: groups for you, about your daughter." and the same list (the twenty-ninth session).
 */

/** Someone else close, or the family, asked for besides the one helped: "for her too", "para mi esposa tambien". */
const FOR_OTHERS_TOO =
  /\b(?:for|para) (?:her|him|them|us|we|ella|el|ellos|nosotros|nosotras|my \w+|mi \w+|the \w+|la \w+)\b.*\b(?:too|also|as well|tambien)\b/;

/** The family asked for as such: "for parents", "for us parents", "para los papas", "for the family". */
const FOR_THE_FAMILY =
  /\b(?:for|para) (?:us )?(?:the )?(?:parents|families|family|los papas|los padres|la familia|familias|nosotros los papas)\b/;

/** What a text asking for someone's groups tells of whom: who, and that a wife is no teen. */
const WHOM: ReadonlySet<string> = new Set(['audience', 'relation', 'teen']);

/** Whether the conversation's answers (`vars`) are of someone close who wants help themselves. */
function aboutTheirOwnHelp(vars: Readonly<FlowVars>): boolean {
  return (vars.for_them === true || vars.for_them === 'true') && vars.audience === 'family';
}

/**
 * Whether a text asks the family's own groups in a conversation about someone close who wants help themselves
 * (`vars`, the conversation's answers; `learned`, the text read in their terms: `asFamily` for "what about for me",
 * texterAsFamily.ts), telling nothing else but whom: a day or a place said with it searches as usual.
 */
export function asksFamilyGroups(vars: Readonly<FlowVars>, learned: Learned | undefined, text: string): boolean {
  if (!aboutTheirOwnHelp(vars)) return false;
  // "for my wife too": a wife, and no teen, told of whom; nothing else.
  if (learned?.filled.some((slot) => !WHOM.has(slot))) return false;
  if (learned?.asFamily) return true;
  const plain = plainWords(text);
  return FOR_OTHERS_TOO.test(plain) || FOR_THE_FAMILY.test(plain);
}

/**
 * The variables that turn the search at a list of their person's groups to the texter's own as family, when the text
 * asks for them (asksFamilyGroups); undefined otherwise. The programs named were the person's ("wants NA meetings").
 */
export function familyGroupsAsked(live: Live, learned: Learned | undefined, text: string): FlowVars | undefined {
  const context = live.snapshot.context as ConversationContext;
  // First and cheapest: most conversations are about no one who wants help themselves, or are at no list.
  if (!aboutTheirOwnHelp(context.vars) || !context.search) return undefined;
  if (!takesRefinements(live.compiled.flow.nodes[context.node])) return undefined;
  return asksFamilyGroups(context.vars, learned, text) ? { for_them: '', programs: '' } : undefined;
}

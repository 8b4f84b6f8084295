import { takesRefinements } from '../flow/flowSchema';
import type { CompiledFlow, ConversationContext } from './flowCompiler';
import { nodeOf, type Live } from './liveConversation';
import type { Learned } from './learnFromText';
import type { TextRead } from './understandStep';

/**
 * What an ordinal said at a numbered question means ("the second one", "number two", "la primera" at "Who is the
 * help for? 1 Myself 2 A family member"): the menu number it names, as "2" is, or undefined. The thirty-first
 * session's probe got "Got it, thanks." and the question again, the ordinal kept as a pick from a list not yet sent.
 * Only an ordinal alone: one asking of a meeting ("where is the first one") is meetingsNotListedYet's, and the
 * results take their own picks.
 */
export function menuNumberOfOrdinal(
  live: Live,
  read: TextRead | undefined,
  news: Learned | undefined,
): string | undefined {
  const understood = read?.reading.understood;
  const item = understood?.item;
  if (item === null || item === undefined || understood?.intents.length) return undefined;
  if (!news || news.filled.some((slot) => slot !== 'item')) return undefined;
  const question = live.compiled.flow.nodes[nodeOf(live) ?? ''];
  if (!question || takesRefinements(question)) return undefined;
  const takes = (n: number | number[] | undefined) => (Array.isArray(n) ? n.includes(item) : n === item);
  if ((question.routes ?? []).some((route) => takes(route.number))) return String(item);
  // "the second one" at "Springfield is in more than one state (1 MA, 2 IL, ...)": a state by its place in the list.
  const states = (live.snapshot.context as ConversationContext).vars.states;
  const listed = typeof states === 'string' && new RegExp(`(?:^|, )${item} [A-Z]{2}\\b`).test(states);
  return listed && (question.routes ?? []).some((route) => route.location) ? String(item) : undefined;
}

/**
 * Whether a text at a question asks of a meeting in a list not sent yet ("whats the address of the 2nd one", "where
 * is the first one" at the medication question): the flow's `understand.summary.not_listed_yet` says they come once
 * the line knows a bit more, and the question comes again (the probe got "Got it, thanks.", then "Sorry").
 */
export function asksOfMeetingsNotListedYet(live: Live, read: TextRead | undefined, news: Learned | undefined): boolean {
  const understood = read?.reading.understood;
  if (!understood?.intents.includes('details')) return false;
  if (news && news.filled.some((slot) => slot !== 'item')) return false;
  const question = live.compiled.flow.nodes[nodeOf(live) ?? ''];
  return question !== undefined && !takesRefinements(question) && (question.routes ?? []).length > 0;
}

/** The flow's `understand.summary.not_listed_yet` text, or undefined when the flow has none. */
export function notListedYetText(flow: CompiledFlow, lang: string): string | undefined {
  const text = flow.flow.understand?.summary?.not_listed_yet;
  return text === undefined ? undefined : flow.render(text, lang);
}

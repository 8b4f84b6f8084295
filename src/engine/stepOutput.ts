import { CRISIS_KIND_OVER, type CrisisFinding } from '../flow/crisisCheck';
import type { FlowVars } from '../flow/flowText';
import { CANADA_SUFFIX } from '../flow/flowSchema';
import { smsSegments } from '../sms/gsm7';
import { MAX_REPLY_PARTS, MAX_SMS_BODY_CHARS } from '../sms/smsLimits';
import type { ConversationContext } from './compile/compiledFlowTypes';
import type { CompiledFlow } from './flowCompiler';
import { LAST_RESORT_CRISIS } from './lastResortReplies';
import { nodeOf, outboxOf, persistedSnapshot, type Live } from './liveConversation';
import type { Session, StepEffect, StepOutput } from './types';

/** SMS bodies Twilio accepts: longer replies are cut (flows are checked to stay far below). */
export const MAX_REPLY_CHARS = MAX_SMS_BODY_CHARS;

/** A reply cut to what one Twilio message may hold. */
export function cap(text: string): string {
  return text.length <= MAX_REPLY_CHARS ? text : text.slice(0, MAX_REPLY_CHARS);
}

/**
 * The texts said in one step as the one SMS that carries them: each trimmed, blank ones left out,
 * joined by new lines. The flow checker is given this (src/engine/runtimeCheck.ts) to cost
 * replies exactly as they leave.
 */
export function joinTexts(texts: readonly string[]): string {
  return texts
    .map((t) => t.trim())
    .filter(Boolean)
    .join('\n');
}

/** One outgoing SMS made of the texts said in one step (joinTexts), cut at the cap. */
export function joinReply(texts: readonly string[]): string {
  return cap(joinTexts(texts));
}

/**
 * The SMS that carry what a step said: one, unless the `leading` texts the engine put before the
 * machine's own (the welcome, a "Got it", an apology) would push it past MAX_REPLY_PARTS parts. Then
 * they go first as an SMS of their own, and the rest (results, sized as if alone: contextUpdates'
 * saidBefore) keeps its full room. A first text that tells everything gets its meetings that way,
 * not a list squeezed to none and told as "no group near you".
 */
function smsOf(said: string[], leading: number): string[] {
  if (!said.length) return [];
  const whole = joinReply(said);
  if (!leading || said.length <= leading || smsSegments(whole) <= MAX_REPLY_PARTS) return [whole];
  return [joinReply(said.slice(0, leading)), joinReply(said.slice(leading))];
}

/** How a step that keeps the conversation ends; every field is optional. */
export interface FinishOptions {
  /** Replies sent before what the machine said (a crisis reply, the check-in). */
  first?: string[];
  /** A line put in front of what the machine said (the "flow changed" apology, a "Got it"). */
  prefix?: string;
  /** The questions wait after this step (a crisis reply, a request for a person). */
  paused?: Session['paused'];
  /** The check-in has been sent while they wait (Session.checkedIn). */
  checkedIn?: boolean;
  /** A line put after the machine's first one (the "Got it" after the welcome). */
  afterFirst?: string;
}

/** Ends a step that keeps the conversation: gathers the replies, empties the outbox and returns what to store. */
export function finish(live: Live, before: string, kind: string, options: FinishOptions = {}): StepOutput {
  const said = outboxOf(live);
  const welcomed = (live.snapshot.context as ConversationContext).welcomeSaid === true && said.length > 0;
  if (options.afterFirst) said.splice(Math.min(1, said.length), 0, options.afterFirst);
  if (options.prefix) said.unshift(options.prefix);
  // Stored with an empty outbox: what the machine's FLUSH does, without a whole macrostep per text.
  // Not deep-copied: assign() never changes a context in place, this snapshot is dropped after
  // the step, and every store keeps the session as JSON text.
  const snapshot = persistedSnapshot(live);
  // What comes before the machine's own texts: an apology or a "Got it" (prefix), and on a start the
  // welcome with the "Got it" after it.
  const leading = (options.prefix ? 1 : 0) + (welcomed ? 1 + (options.afterFirst ? 1 : 0) : 0);
  const replies = [...(options.first ?? []), ...smsOf(said, leading)].map(cap);
  return {
    replies,
    session: {
      flowId: live.compiled.id,
      flowVersion: live.compiled.version,
      snapshot,
      ...(options.paused ? { paused: options.paused } : {}),
      ...(options.paused && options.checkedIn ? { checkedIn: true as const } : {}),
    },
    effect: 'none',
    stateBefore: before,
    stateAfter: nodeOf(live) ?? '',
    kind,
  };
}

/** Ends a step that stores no conversation (or keeps `keep` as it was). */
export function noSessionOutput(
  replies: string[],
  effect: StepEffect,
  kind: string,
  before: string,
  keep?: Session,
): StepOutput {
  return {
    replies: replies.map(cap),
    session: keep,
    effect,
    stateBefore: before,
    stateAfter: keep ? before : '',
    kind,
  };
}

/** A keyword's `say` in a language, rendered; undefined when the flow has none or it is blank. */
export function keywordText(flow: CompiledFlow, name: string, lang: string, vars?: FlowVars): string | undefined {
  return sayText(flow, flow.flow.keywords[name]?.say, lang, vars);
}

/**
 * A keyword's text for where the texter is: its `_ca` stand-in (CANADA_SUFFIX) to a texter known to be in Canada
 * (inCanada.ts) when the flow has one, else its own.
 */
export function keywordTextFor(
  flow: CompiledFlow,
  name: string,
  lang: string,
  canada: boolean,
  vars?: FlowVars,
): string | undefined {
  return (
    (canada ? keywordText(flow, name + CANADA_SUFFIX, lang, vars) : undefined) ?? keywordText(flow, name, lang, vars)
  );
}

/** A node's `say` in a language, rendered ("goodbye"'s words said outside it); undefined when none or blank. */
export function nodeText(flow: CompiledFlow, name: string, lang: string): string | undefined {
  return sayText(flow, flow.flow.nodes[name]?.say, lang);
}

/** The node's `explain` text in `lang`: what its question means, for a texter who asks. */
export function explainText(flow: CompiledFlow, name: string, lang: string): string | undefined {
  return sayText(flow, flow.flow.nodes[name]?.explain, lang);
}

function sayText(
  flow: CompiledFlow,
  say: Parameters<CompiledFlow['render']>[0] | undefined,
  lang: string,
  vars?: FlowVars,
): string | undefined {
  if (say === undefined) return undefined;
  const text = flow.render(say, lang, vars);
  return text ? cap(text) : undefined;
}

/**
 * The keyword texts a crisis reply is made of, in order: the first words for a pet that ate pills (the vet: the
 * common part's 911 is not for it), for an overdose, for dangerous withdrawal, for driving drunk or for suicide, then
 * the common part (911 first), then Poison Control for a child who got into something, the hotline for someone
 * being hurt, Childhelp for a child hurt at home, or Never Use Alone for someone using alone or high and scared:
 * the common part's 911 stays ahead of them, as the mission asks of every crisis reply.
 */
export const CRISIS_REPLY_PARTS = [
  'crisis_pet',
  'crisis_overdose',
  'crisis_withdrawal',
  'crisis_driving',
  'crisis_suicide',
  'crisis',
  'crisis_poison',
  'crisis_violence',
  'crisis_assault',
  'crisis_child',
  'crisis_alone',
] as const;

/**
 * Parts never said together, as the detector never finds their kinds together (CRISIS_KIND_OVER): a reply's length
 * is checked with one of them at a time. Only pairs of parts a reply has (`danger` has none of its own: the common
 * part is its words).
 */
export const CRISIS_EXCLUSIVE_PARTS: readonly (readonly string[])[] = CRISIS_KIND_OVER.map((kinds) =>
  kinds.map((kind) => `crisis_${kind}`),
).filter((parts) => parts.every((part) => (CRISIS_REPLY_PARTS as readonly string[]).includes(part)));

/**
 * Parts that stand in for an older one: a flow published before `crisis_child` and `crisis_assault` existed (a live
 * revision stays served until staff publish again) still gives the partners' hotline, never no line at all.
 */
const FALLBACK_PARTS: Readonly<Record<string, string>> = {
  crisis_child: 'crisis_violence',
  crisis_assault: 'crisis_violence',
};

/** The text of the part a missing one stands in for, if any. */
function fallbackText(flow: CompiledFlow, part: string, lang: string, canada: boolean): string | undefined {
  const older = FALLBACK_PARTS[part];
  return older === undefined ? undefined : keywordTextFor(flow, older, lang, canada);
}

/**
 * The first words for the texter's own overdose, in place of `crisis_overdose`'s (said to someone beside a person
 * overdosing): 911, and not to stay alone. No longer than them, so no reply's length grows.
 */
export const OWN_OVERDOSE_PART = 'crisis_overdose_self';

/**
 * The crisis reply: the parts for each danger found, in CRISIS_REPLY_PARTS' order, in one SMS; to a texter known to
 * be in Canada (`canada`), each part's `_ca` stand-in where the flow has one (no US-only number said there).
 */
export function crisisReplies(flow: CompiledFlow, finding: CrisisFinding, lang: string, canada = false): string[] {
  // `crisis` (the common part) goes with every reply; `crisis_<kind>` with a finding of that kind.
  const found = (part: (typeof CRISIS_REPLY_PARTS)[number]) =>
    part === 'crisis' || finding.kinds.some((kind) => part === `crisis_${kind}`);
  // The texter's own overdose ("i took all my pills"): its own first words where the flow has them.
  const own = (part: string) =>
    part === 'crisis_overdose' && finding.own ? keywordTextFor(flow, OWN_OVERDOSE_PART, lang, canada) : undefined;
  const parts = CRISIS_REPLY_PARTS.filter(found)
    .map((part) => own(part) ?? keywordTextFor(flow, part, lang, canada) ?? fallbackText(flow, part, lang, canada))
    .filter((t): t is string => !!t);
  return [parts.length ? joinReply(parts) : LAST_RESORT_CRISIS];
}

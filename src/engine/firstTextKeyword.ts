import { KNOWN_KEYWORDS, SIDE_KEYWORDS, type FlowKeyword } from '../flow/flowSchema';
import { firstPairMatched } from '../text/answerMatch';
import { plainLower, wordsOfPlain } from '../text/textWords';
import type { CompiledFlow } from './flowCompiler';
import type { Learned } from './learnFromText';

/**
 * A flow's own keywords (MEETINGS, MORE, the side questions such as `childcare` and `religious`), and the keyword a
 * first text asks beside the answers it tells: "my husband drinks, im in amarillo, can i bring my kids to an al-anon
 * meeting?" gets the childcare line, then what was understood and what comes next, as any first text that tells
 * everything does (the twenty-sixth session's probe: the keyword's text and the question at hand alone, the meetings
 * dropped, "Reply 1 or 2" with none shown).
 */

type Keywords = Record<string, FlowKeyword>;

/** Keyword names the keyword table answers itself; any other keyword of the flow is sent to the machine. */
// Every keyword the line gives a meaning to (the flow definition's one list), but those the machine answers.
export const TABLE_KEYWORDS: ReadonlySet<string> = new Set<string>(
  KNOWN_KEYWORDS.filter((name) => !SIDE_KEYWORDS.includes(name)),
);

/** The flow's own keywords (those the table does not answer itself), in the flow's order, and the keywords alone. */
export interface OwnKeywords {
  named: Array<[string, FlowKeyword]>;
  keywords: FlowKeyword[];
}

/** Per keyword set, its own keywords (OwnKeywords). */
const ownKeywords = new WeakMap<Keywords, OwnKeywords>();

/** The flow's own keywords (MEETINGS, MORE...), listed once per keyword set: every ordinary text is checked. */
export function flowOwnKeywords(keywords: Keywords): OwnKeywords {
  let own = ownKeywords.get(keywords);
  if (!own) {
    const named = Object.entries(keywords).filter(([name]) => !TABLE_KEYWORDS.has(name));
    own = { named, keywords: named.map(([, keyword]) => keyword) };
    ownKeywords.set(keywords, own);
  }
  return own;
}

/** The first of the flow's own keywords that takes the text, with its name; undefined for none. */
export function ownKeywordOf(keywords: Keywords, text: string): [string, FlowKeyword] | undefined {
  const own = flowOwnKeywords(keywords);
  const k = firstPairMatched(text, own.keywords);
  return k < 0 ? undefined : own.named[k];
}

/**
 * Whether a keyword is answered beside what a first text tells, rather than alone: it only says a line and moves
 * nowhere (no `goto`), and the text tells something the flow asks beyond "my kids" not being a teen's words.
 */
export function answeredBesideAnswers(keyword: FlowKeyword, learned: Learned | undefined): boolean {
  if (keyword.goto !== undefined || keyword.say === undefined) return false;
  return learned?.filled.some((slot) => slot !== 'teen') === true;
}

/**
 * The name of the keyword a first text asks beside its answers (answeredBesideAnswers), whose line the start says
 * before what it understood; undefined when the text asks none, tells nothing else, or when the keyword's phrase is
 * only the start of an answer to the question at hand (`answers`: the words heard for it; see answerRunsPastKeyword).
 */
export function keywordBesideAnswers(
  flow: CompiledFlow,
  text: string,
  learned: Learned | undefined,
  answers: readonly string[] = [],
): string | undefined {
  const found = ownKeywordOf(flow.flow.keywords, text);
  if (!found || !answeredBesideAnswers(found[1], learned)) return undefined;
  return answerRunsPastKeyword(text, found[1], answers) ? undefined : found[0];
}

/**
 * Whether one of `answers` (the words heard for the question at hand) runs on past the end of one of the keyword's
 * phrases in the text ("call in" across the end of "is there a number i can call" in "is there a number i can call
 * in"): then the keyword's words are the start of the answer, not a side question (the twenty-sixth session's probe
 * got the helpline and the question again). A keyword said beside an answer ("my son needs rehab, hes on meth") is not.
 */
export function answerRunsPastKeyword(text: string, keyword: FlowKeyword, answers: readonly string[]): boolean {
  if (!answers.length) return false;
  const said = ` ${wordsOfPlain(plainLower(text)).join(' ')} `;
  const contains = keyword.contains ?? [];
  const phrases: string[] = Array.isArray(contains) ? [...contains] : Object.values(contains).flat();
  return phrases.some((p) => {
    const at = said.indexOf(` ${p} `);
    if (at < 0) return false;
    const end = at + p.length + 1;
    return answers.some((a) => {
      const from = said.indexOf(` ${a} `);
      return from >= 0 && from < end && from + a.length + 1 > end;
    });
  });
}

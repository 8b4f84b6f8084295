import { KNOWN_KEYWORDS, type FlowKeyword } from './flowSchema';
import type { FlowVars } from './flowText';

/**
 * A keyword's text for one trouble: `helpline_number_gambling` answers what `helpline_number` answers ("whats the
 * number") in a conversation about gambling, with the gambling helpline its pages gave, not SAMHSA's substance-use line
 * (the twenty-ninth session: a gambler who said goodbye and asked the number again got SAMHSA's). It has only a `say`:
 * the words are its base keyword's. The checker (checks/keywords.ts) and the engine (keywordTable.ts) read it here.
 */

/** The troubles a keyword may have its own text for: the `concern` values a search reads, but "unsure". */
export const KEYWORD_CONCERNS: readonly string[] = ['alcohol', 'drugs', 'gambling'];

/** The keywords the engine gives a meaning to: their own rules choose their texts ("shown_closed_gambling"). */
const KNOWN: ReadonlySet<string> = new Set(KNOWN_KEYWORDS);

/**
 * The keyword a `<base>_<concern>` keyword of staff's own stands in for ("helpline_number" for
 * "helpline_number_gambling"), when the flow has that base keyword; undefined for any other name.
 */
export function concernKeywordBase(name: string, keywords: Readonly<Record<string, FlowKeyword>>): string | undefined {
  if (KNOWN.has(name)) return undefined;
  for (const concern of KEYWORD_CONCERNS) {
    const suffix = `_${concern}`;
    if (!name.endsWith(suffix)) continue;
    const base = name.slice(0, -suffix.length);
    return keywords[base] !== undefined ? base : undefined;
  }
  return undefined;
}

/**
 * The keyword to answer `name` with in a conversation that knows `vars`: its text for the conversation's trouble when
 * the flow has one (`<name>_<concern>` with a `say`), else `name`. Not for another behavior than gambling named
 * ("video games": `behavior` set), as the flow's own gambling pages are not; nor for a keyword that moves (`goto`).
 */
export function keywordForConcern(
  keywords: Readonly<Record<string, FlowKeyword>>,
  name: string,
  vars: Readonly<FlowVars> | undefined,
): string {
  const concern = vars?.concern;
  if (typeof concern !== 'string' || !KEYWORD_CONCERNS.includes(concern)) return name;
  if (typeof vars?.behavior === 'string' && vars.behavior !== '') return name;
  if (KNOWN.has(name) || keywords[name]?.goto !== undefined) return name;
  const own = `${name}_${concern}`;
  return keywords[own]?.say !== undefined ? own : name;
}

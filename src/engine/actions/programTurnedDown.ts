import type { FlowVars } from '../../flow/flowText';
import { readResultAnswer } from '../resultAnswers';

/**
 * A program turned down at a list of meetings ("no aa", "no al anon", "no more AA please", "sin aa", "nada de NA"):
 * kept in `declined`, as a first text's "anything besides AA" is (situation.ts leaves it out of the groups offered
 * and of the meetings searched), and taken out of the programs asked for. The nineteenth session's probe: "no aa"
 * listed AA's meetings again.
 */

/** Words that turn down what follows: "no aa", "not NA", "no more AA", "without al anon", "sin aa", "nada de aa". */
const TURNED_DOWN =
  /(?:^| )(?:no|not|non|nothing|none|without|except|sin|ni|nada de|no more|no quiero|dont want|do not want|dont like|not into)(?: (?:the|any|more|mas|de|el|la|los|las|a|an))* (.+)$/;

/** Letters every word of TURNED_DOWN holds one of: most answers hold none, and are not read further. */
const HINT = /no|sin|ni|nada|without|except|dont/;

/** Where what is turned down ends: "no aa, just smart", "no aa but na is ok", "sin aa solo smart". */
const TURNED_DOWN_ENDS = /,| (?:but|just|only|instead|rather|prefer|pero|solo|sino|mejor) /;

/** Programs said after the turning-down word ("aa" of "no aa"): none when the text turns down nothing. */
function turnedDownIn(plain: string): string[] {
  const m = TURNED_DOWN.exec(plain);
  if (!m) return [];
  const end = TURNED_DOWN_ENDS.exec(` ${m[1]} `);
  const said = end ? ` ${m[1]} `.slice(0, end.index) : m[1];
  return readResultAnswer(said, [])?.programs ?? [];
}

/** A comma list variable, or an array one, as ids. */
function idsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String).filter(Boolean);
  return typeof value === 'string' ? value.split(',').filter(Boolean) : [];
}

/**
 * The text in small plain words with its commas kept: "not Al-Anon, nar-anon only" turns down Al-Anon alone, and
 * plainWords, dropping the comma, ran the two together (the twenty-fourth session's probe lost Nar-Anon's link too).
 */
function withCommas(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9,]+/g, ' ')
    .replace(/ *, */g, ', ')
    .trim();
}

/**
 * The variables for a program turned down at the list (`declined` with it added, `programs` without it), or
 * undefined when the text turns none down. `plain` is the text in plainWords' words (`raw`, when given, as written,
 * read with its commas); `said` the programs the text
 * names (turned down or not), and `heard` whether the understanding set `programs` from this text: then the
 * programs it set are those said, or the one it offers instead of the one turned down ("no al anon": SMART Family &
 * Friends), and only those said stand.
 */
export function turnDownVars(
  plain: string,
  known: Readonly<FlowVars>,
  said: readonly string[] = [],
  heard = false,
  raw?: string,
): FlowVars | undefined {
  if (!HINT.test(plain)) return undefined;
  const down = turnedDownIn(raw !== undefined ? withCommas(raw) : plain);
  if (!down.length) return undefined;
  const declined = [...new Set([...idsOf(known.declined), ...down])];
  const programs = (heard ? said : idsOf(known.programs)).filter((id) => !down.includes(id));
  return { answer: 'refine', declined: declined.join(','), programs: [...new Set(programs)] };
}

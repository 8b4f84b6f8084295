import type { FlowVars } from '../flow/flowText';
import { textWords } from '../text/textWords';
import { ALSO_WORDS } from '../understand/sharedConcern';
import type { Learned } from './learnFromText';

/**
 * "my husband drinks too", from a texter already getting help for themselves: the husband shares the trouble, he
 * is not now the one the help is for. Read in the conversation, since alone ("my husband drinks too much") the
 * same words are a family member's: the understanding step cannot tell them apart without what came before.
 */

/** After "too", words that make it "too much" ("drinks too much"), not "as well". */
const NOT_ALSO_AFTER = new Set(['much', 'many', 'often', 'hard', 'far', 'bad', 'mucho']);
/** Words that say the help is now for the other person: "it's for my husband", "not me", "para mi esposo". */
const FOR_THEM = /\b(?:for|para)\s+(?:my|mi|mis|our|nuestro|nuestra)\b|\bnot\s+(?:me|for me)\b|\bno\s+(?:para\s+)?mi\b/;
/**
 * "for my wife too", "also for my son", "para mi esposa tambien" (results probe): the help is for both, not moved to
 * the other person, so FOR_THEM's "for my" gives way; "not me" or a bare "no" still moves it.
 */
const FOR_BOTH =
  /\b(?:for|para) (?:my|mi|our|nuestro|nuestra) \w+(?: \w+)? (?:too|also|tambien)\b|\b(?:also|tambien) (?:for|para) (?:my|mi)\b/;
const NOT_ME = /\bnot (?:me|for me)\b|\bno\b/;
/** Concerns that pick the family's program on their own (`family_concern`); "not sure" leaves the texter's own. */
const FAMILY_CONCERNS = new Set(['alcohol', 'drugs', 'gambling']);
/** What the text says of the other person only: their trouble, age or medication is not the texter's. */
const THEIRS = ['concern', 'concerns', 'teen', 'medication'];

/** Whether the words say "as well": "too" not before "much", "as well", "also", "tambien". */
function saysAlso(words: readonly string[]): boolean {
  return words.some(
    (w, i) => (ALSO_WORDS.has(w) && !NOT_ALSO_AFTER.has(words[i + 1] ?? '')) || (w === 'as' && words[i + 1] === 'well'),
  );
}

/**
 * What a text teaches when a texter looking for their own help says someone close to them does it too ("my husband
 * drinks too"): the help stays theirs, with the family groups beside it (`also_family`, as "me and my husband both
 * drink" gives), and the other person's trouble does not replace their own: it is kept apart as `family_concern`, so
 * the family groups are those for it ("uses too": Nar-Anon; "drinks too": Al-Anon). Any other text is returned as
 * it is.
 */
export function withFamilyAlso(known: Readonly<FlowVars>, learned: Learned, text: string): Learned {
  if (known.audience !== 'self' || learned.vars.audience !== 'family') return learned;
  const words = textWords(text);
  const said = words.join(' ');
  const forBoth = FOR_BOTH.test(said) && !NOT_ME.test(said);
  if (!saysAlso(words) || (FOR_THEM.test(said) && !forBoth)) return learned;
  const vars: FlowVars = { ...learned.vars, audience: 'self', also_family: true };
  for (const slot of THEIRS) delete vars[slot];
  // "my wife uses too" from a texter about drinking: her groups are Nar-Anon's, not the ones for a drinker's family.
  const theirs = learned.vars.concern;
  if (typeof theirs === 'string' && FAMILY_CONCERNS.has(theirs)) vars.family_concern = theirs;
  const filled = learned.filled.filter((slot) => !THEIRS.includes(slot));
  if (!filled.includes('also_family')) filled.push('also_family');
  return Object.assign({}, learned, { vars, filled });
}

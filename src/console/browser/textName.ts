/**
 * Plain names for the flow's texts and word lists, from where they sit in the file: staff read "The question of step
 * “what”", not `nodes.what.ask`. Pure (no DOM), so it is tested in Node as well as used on the pages. A place this
 * does not know is named by its path ("labels · filters · closer"), never left out.
 */
import { keywordPurpose } from '../../flow/keywordNeeds';
import { slotValueName } from './understoodWords';

type Path = Array<string | number>;

/** A step or keyword id as staff see it in the Flow page: quoted, as written there. */
const quoted = (id: string | number) => `“${String(id)}”`;

/** `family_of` as words: "family of"; a dotted key (`audience.family_of`) as its parts. */
const words = (part: string | number) => String(part).replace(/_/g, ' ').replace(/\./g, ' · ');

/** The path as it is written in the file, for what has no plain name: "labels · filters · closer". */
const asWritten = (path: Path, id: string) => path.map(String).join(' · ') || id;

/** Route `n` (0-based in the file) as staff count it: "answer route 4". */
const route = (n: string | number) => `route ${Number(n) + 1}`;

/**
 * The name of a text (a `say`, `ask`, `explain` or summary) by its path: "What step “welcome” says", "The reply to
 * “crisis” words, at any step", "The “Got it” words for audience · family of".
 */
export function textName(path: Path, id: string): string {
  const [top, name, ...rest] = path;
  const tail = rest.map(String).join('.');
  if (top === 'nodes' && name !== undefined) {
    if (tail === 'ask') return `The question of step ${quoted(name)}`;
    if (tail === 'say') return `What step ${quoted(name)} says`;
    if (tail === 'explain') return `Why step ${quoted(name)} asks (sent when a texter asks what it means)`;
    if (tail === 'other.say') return `Step ${quoted(name)}: the reply to an answer it does not understand`;
    if (rest[0] === 'routes' && rest[2] === 'say' && rest.length === 3)
      return `Step ${quoted(name)}: what it says for one answer (${route(rest[1])})`;
  }
  // What the line's own keywords are for ("The check-in after a crisis"); the answers about a meeting shown or a
  // list by what is asked; staff's own, by their words.
  if (top === 'keywords' && name !== undefined && tail === 'say') return keywordName(String(name));
  if (top === 'understand' && name === 'summary' && rest.length > 0)
    return `The “Got it” words for ${rest.map(words).join(' · ')}`;
  return asWritten(path, id);
}

/** A keyword's text by what it answers: "The check-in after a crisis", "The answer about a meeting shown: place". */
function keywordName(name: string): string {
  // "crisis_ca": the text said in its keyword's place to a texter known to be in Canada.
  if (name.endsWith('_ca') && name.length > 3) return `${keywordName(name.slice(0, -3))}, for a texter in Canada`;
  const purpose = keywordPurpose(name);
  if (purpose) return purpose;
  const asked = (prefix: string) => words(name.slice(prefix.length));
  if (name.startsWith('shown_'))
    return `The answer about the meeting whose details were just shown: ${asked('shown_')}`;
  if (name.startsWith('listed_')) return `The answer about the meetings on a list: ${asked('listed_')}`;
  return `The reply to ${quoted(words(name))} texts, at any step`;
}

/**
 * The name of a word list by its path: "Words read as Trouble: drugs", "Words that answer step “who” (route 1)",
 * "Words that bring the “help” reply".
 */
export function wordListName(path: Path, id: string): string {
  const [top, name, ...rest] = path;
  if (top === 'understand' && name === 'slots' && rest.length === 2) {
    const { term, value } = slotValueName(String(rest[0]), String(rest[1]));
    return `Words read as ${term}: ${value}`;
  }
  if (top === 'understand' && rest.length === 0) {
    const lists: Record<string, string> = {
      known_words: 'Words never “corrected” into another word',
      negation: 'Words that turn the next words around (“no”, “not”)',
      self_words: 'Words that say it is for the texter',
      other_words: 'Words that say it is for someone else',
    };
    if (typeof name === 'string' && lists[name]) return lists[name];
  }
  if (top === 'nodes' && name !== undefined && rest[0] === 'routes' && rest[2] === 'words' && rest.length === 3)
    return `Words that answer step ${quoted(name)} (${route(rest[1])})`;
  if (top === 'keywords' && name !== undefined && rest.length === 1 && (rest[0] === 'words' || rest[0] === 'contains'))
    return rest[0] === 'words'
      ? `Words that bring the ${quoted(words(name))} reply`
      : `More words that bring the ${quoted(words(name))} reply (added to the line's own)`;
  const whole: Record<string, string> = {
    yes_words: 'Words for yes',
    no_words: 'Words for no',
    start_language: 'Words that start a conversation in a language',
    switch_language: 'Words that switch the language',
  };
  if (path.length === 1 && typeof top === 'string' && whole[top]) return whole[top];
  return asWritten(path, id);
}

import { USE_SLOTS, type HeardPhrase } from './heardWords';

/**
 * Someone close named only as the help to get there: "can my mom drive me", "my sister will take me", "my husband
 * can watch the kids", "my wife has the car", "mi hermana me puede llevar". Such a family word says nothing of whom
 * the help is for: a teen asking whether their mom can drive them still wants a group for themselves.
 */

/** Words that may stand between the family word and the helping verb: "my mom could", "mi hermana me puede". */
const BETWEEN = new Set([
  'can',
  'could',
  'will',
  'would',
  'might',
  'may',
  'should',
  'is',
  'gonna',
  'going',
  'to',
  'wants',
  'said',
  'says',
  'offered',
  'always',
  'usually',
  'puede',
  'podria',
  'va',
  'a',
  'me',
  'nos',
  'quiere',
]);

/** How many such words at most ("my mom said she could" is past what this reads). */
const MOST_BETWEEN = 3;

/** Verbs that are help to get there whatever follows: "my dad drives", "mi tia me lleva". */
const HELPING_VERBS = new Set([
  'drive',
  'drives',
  'driving',
  'babysit',
  'babysits',
  'llevarme',
  'acompanarme',
  'recogerme',
]);
/** Spanish verbs that are help only with "me" before them: "me lleva", "me puede llevar" (not "se lleva el carro"). */
const WITH_ME_BEFORE = new Set(['llevar', 'lleva', 'llevaria', 'acompanar', 'acompana', 'recoger', 'recoge']);

/** Verbs that are help only with the texter as their object: "take me", "bring me" (not "takes pills"). */
const WITH_ME = new Set(['take', 'takes', 'bring', 'brings', 'pick', 'picks', 'drop', 'drops']);

/** Verbs that are help only with "with me" soon after: "go with me", "come to the meeting with me" (not "my son will
 * go"). */
const ALONG = new Set(['go', 'goes', 'come', 'comes']);

/** Verbs of minding the children: "watch the kids", "cuidar a los ninos". */
const MINDING = new Set(['watch', 'watches', 'keep', 'cuida', 'cuidar']);
const CHILDREN = new Set(['kids', 'children', 'baby', 'babies', 'ninos', 'hijos', 'nenes']);

/** A car named after the family word: who has it or drives it is named for getting there ("my wife has the car"). */
const VEHICLES = new Set(['car', 'truck', 'carro', 'troca', 'camioneta', 'coche']);
const VEHICLE_WITHIN = 4;

/** Whether the words from `k` are a helping verb phrase: "drive me", "take me", "go with me", "watch the kids". */
export function helpsAt(words: readonly string[], k: number): boolean {
  const verb = words[k];
  if (verb === undefined) return false;
  if (HELPING_VERBS.has(verb)) return true;
  if (WITH_ME_BEFORE.has(verb)) return words[k - 1] === 'me' || words[k - 2] === 'me';
  const next = words[k + 1];
  if (WITH_ME.has(verb)) return next === 'me' || next === 'us';
  // "go with me", "come to the meeting with me".
  if (ALONG.has(verb))
    return (
      words
        .slice(k + 1, k + 6)
        .join(' ')
        .match(/(?:^| )with (?:me|us)(?: |$)/) !== null
    );
  if (verb === 'give' || verb === 'gives') return words.slice(k + 1, k + 4).some((x) => x === 'ride' || x === 'lift');
  if (MINDING.has(verb)) return words.slice(k + 1, k + 4).some((x) => CHILDREN.has(x));
  return false;
}

/**
 * Whether the family word `h` is named only as the texter's help to get there: followed, past a few words like
 * "can" or "will", by a helping verb ("drive me", "watch the kids"), or the children minded ("watch the kids"), with
 * no drinking, using or dose in its clause ("my dad drives drunk" still tells of him).
 */
export function familyNamedAsHelp(
  words: readonly string[],
  clause: readonly number[],
  h: HeardPhrase,
  hits: readonly HeardPhrase[],
): boolean {
  // "my husband can watch the kids": the children minded are named for the same help.
  const minded =
    CHILDREN.has(words[h.end - 1]) && words.slice(Math.max(0, h.start - 3), h.start).some((x) => MINDING.has(x));
  let k = h.end;
  while (k < words.length && k - h.end < MOST_BETWEEN && BETWEEN.has(words[k])) k++;
  const car = words
    .slice(h.end, h.end + VEHICLE_WITHIN)
    .some((x, i) => VEHICLES.has(x) && clause[h.end + i] === clause[h.start]);
  if (!minded && !car && !helpsAt(words, k)) return false;
  // "mi hijo me lleva, el usa drogas": the one who drives is said to use, in the next clause.
  return !hits.some(
    (o) =>
      USE_SLOTS.has(o.entry.slot) &&
      !o.negated &&
      (clause[o.start] === clause[h.start] || (clause[o.start] === clause[h.start] + 1 && saidOfThem(words, o.start))),
  );
}

/** Someone else, just before a use: "el usa", "she drinks", "he's using". */
const THEM = new Set(['he', 'she', 'hes', 'shes', 'el', 'ella', 'they', 'theyre']);

/** Whether the use at `at` is said of "him" or "her", just before it. */
function saidOfThem(words: readonly string[], at: number): boolean {
  return THEM.has(words[at - 1] ?? '') || THEM.has(words[at - 2] ?? '');
}

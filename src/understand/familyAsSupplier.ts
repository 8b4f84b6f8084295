/**
 * Someone named as who supplies the drink or drugs to another named: "my neighbor sells drugs to my son", "my brother
 * gives my mom pills", "his friend is selling him weed". The one supplied is whom the help is for (the twentieth
 * session's probe said "for your neighbor").
 */

/** Verbs of supplying: "sells", "gives", "deals". */
const SUPPLYING = new Set([
  'sells',
  'sell',
  'selling',
  'sold',
  'gives',
  'give',
  'giving',
  'gave',
  'supplies',
  'supplying',
  'supplied',
  'deals',
  'dealing',
  'provides',
  'providing',
  'buys',
  'buying',
  'bought',
  'vende',
  'vendiendo',
  'da',
  'dio',
]);
/** Words between the supplier and the verb: "is selling", "keeps giving", "has been selling". */
const BEFORE_VERB = new Set(['is', 'was', 'keeps', 'kept', 'has', 'been', 'always', 'still', 'le', 'les', 'going']);
/** Whom it is supplied to: "to my son", "my mom", "him", "a mi hijo". */
const RECEIVERS = new Set(['my', 'our', 'him', 'her', 'them', 'mi', 'mis']);

/**
 * What is supplied, said near the verb: a drink or a drug (or "it", "them" after one was named). "my mom gives my son
 * rides to meetings" supplies nothing the line is about (the twentieth session's review).
 */
const SUPPLIED = new Set([
  ...['drugs', 'drug', 'pills', 'pill', 'weed', 'pot', 'meth', 'dope', 'coke', 'crack', 'heroin', 'fentanyl', 'fent'],
  ...['oxy', 'oxys', 'xanax', 'bars', 'percs', 'vapes', 'vape', 'carts', 'alcohol', 'beer', 'beers', 'liquor', 'booze'],
  ...['drinks', 'drink', 'shots', 'wine', 'it', 'them', 'stuff', 'droga', 'drogas', 'pastillas', 'mota', 'cerveza'],
  ...['cervezas', 'vino', 'cristal', 'perico', 'la'],
]);

/** Whether something supplied is named within four words after the verb at `verb`. */
function namesWhatIsSupplied(words: readonly string[], verb: number): boolean {
  for (let k = verb + 1; k <= verb + 4 && k < words.length; k++) if (SUPPLIED.has(words[k])) return true;
  return false;
}

/** Whether the person named at [start, end) supplies someone else named after: "my neighbor sells drugs to my son". */
export function familyNamedAsSupplier(words: readonly string[], start: number, end: number): boolean {
  let j = end;
  while (j < words.length && j - end < 3 && BEFORE_VERB.has(words[j])) j++;
  if (!SUPPLYING.has(words[j] ?? '') || !namesWhatIsSupplied(words, j)) return false;
  // "gives my mom pills", "sells him weed": the one supplied right after the verb.
  if (RECEIVERS.has(words[j + 1] ?? '')) return true;
  // "sells drugs to my son", "vende droga a mi hijo": after "to" within a few words.
  for (let k = j + 1; k <= j + 4 && k < words.length; k++) {
    if ((words[k] === 'to' || words[k] === 'a') && RECEIVERS.has(words[k + 1] ?? '')) return true;
  }
  return false;
}

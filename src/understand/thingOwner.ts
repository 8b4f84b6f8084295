/**
 * A family word said only as whose something is: "addicted to my wife's oxys", "i drink my dads beer", "stealing my
 * moms pain pills". The pills or the beer are theirs; the one who takes them is the texter, or whoever else is named
 * (the twentieth session's probe said "for your wife" to someone addicted to her pills). "my husbands drinking" is
 * still his: drinking is a use, not a thing owned.
 */

/** Things a relative owns that someone else may take: pills, a prescription, drink, weed. */
const THINGS = new Set([
  'pills',
  'pill',
  'meds',
  'medicine',
  'medication',
  'medications',
  'prescription',
  'prescriptions',
  'script',
  'scripts',
  'oxys',
  'oxy',
  'oxycodone',
  'percs',
  'percocet',
  'percocets',
  'norcos',
  'norco',
  'vicodin',
  'hydros',
  'xanax',
  'xans',
  'adderall',
  'klonopin',
  'valium',
  'ambien',
  'painkillers',
  'beer',
  'beers',
  'wine',
  'liquor',
  'vodka',
  'whiskey',
  'booze',
  'weed',
  'stash',
  'bottle',
  'bottles',
]);
/** Words that may stand between the owner and the thing: "my moms pain pills", "my dads old prescription". */
const THING_KINDS = new Set(['pain', 'sleeping', 'sleep', 'old', 'leftover', 'prescription', 'anxiety', 'adhd']);
/** Words after the thing that make it a use of theirs after all: "my dads beer drinking", "my moms pill habit". */
const USE_NOUNS = new Set(['drinking', 'habit', 'addiction', 'problem', 'abuse', 'use', 'using']);

/** Whether the word at `j` is a family word with the "s" of whose ("wifes", "moms") before a thing they own. */
export function ownsAThingAfter(words: readonly string[], j: number): boolean {
  if (!(words[j] ?? '').endsWith('s')) return false;
  let k = j + 1;
  if (THING_KINDS.has(words[k] ?? '') && THINGS.has(words[k + 1] ?? '')) k++;
  return THINGS.has(words[k] ?? '') && !USE_NOUNS.has(words[k + 1] ?? '');
}

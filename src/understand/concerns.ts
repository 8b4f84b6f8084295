import type { Understanding } from './slots';
import type { Hit, Words } from './messageWords';
import { PROGRAM_NAME_WORDS } from './programsTurnedDown';

/**
 * What the help is about (the `concern` slot): "my son drinks" (alcohol), "mostly pills, some drinking" (the one said
 * to weigh most), "my husband drinks and gambles" (several: unsure, each kept), "suboxone" (drugs, implied only), and
 * not the trouble of someone who has died ("my dad drank himself to death").
 */

/**
 * Whether a concern hit is only a medication's name ("suboxone", "methadone"): it suggests drugs, but
 * someone on it may be writing about alcohol, so any other concern word in the text wins over it.
 */
function isMedicationName(hit: Hit, hits: readonly Hit[]): boolean {
  return hits.some(
    (m) => m.entry.slot === 'medication' && m.entry.value === 'true' && m.start <= hit.start && m.end >= hit.end,
  );
}

/** Whether every concern heard is a program's or a medicine's name ("AA", "suboxone"): implied, not said. */
export function concernOnlyFromNames(w: Words, hits: readonly Hit[]): boolean {
  return hits
    .filter((h) => h.entry.slot.startsWith('concern'))
    .every((h) => PROGRAM_NAME_WORDS.has(w.words[h.start]) || isMedicationName(h, hits));
}

/** The concern hits that say it, not only imply it: medication names count when nothing else is named. */
function concernHits(hits: readonly Hit[]): Hit[] {
  const all = hits.filter((h) => h.entry.slot === 'concern');
  const said = all.filter((h) => !isMedicationName(h, hits));
  return said.length ? said : all;
}

/** True when the concern comes only from a medication's name: implied, not said. */
export function concernOnlyImplied(hits: readonly Hit[]): boolean {
  const all = hits.filter((h) => h.entry.slot === 'concern');
  return all.length > 0 && all.every((h) => isMedicationName(h, hits));
}

/** Words that join two things done ("fuma mota y toma", "drinks and gambles"): no object of the verb before them. */
const JOINING = new Set(['y', 'e', 'and', 'tambien', 'also', 'too', 'ademas']);

/**
 * A weak drinking word that says drinking beside another concern ("fuma mota y toma", "toma y apuesta"): one not
 * followed by what is taken ("toma pastillas", "toma muchas pastillas"). Weak drug words ("addict", "using")
 * stay weak: beside a named concern they say no more than it does.
 */
function drinkingBeside(w: Words, hits: readonly Hit[]): Hit[] {
  const takes = (h: Hit) =>
    hits.some(
      (o) =>
        o.entry.slot === 'concern' &&
        o.start >= h.end &&
        o.start <= h.end + 1 &&
        !w.words.slice(h.end, o.start).some((x) => JOINING.has(x)),
    );
  return hits.filter((h) => h.entry.slot === 'concern_weak' && h.entry.value === 'alcohol' && !h.negated && !takes(h));
}

/** The concern a text says, and the concerns it names when they are several (Reading's `concerns`). */
export function readConcerns(w: Words, hits: readonly Hit[]): { concern: Understanding['concern']; several: string[] } {
  const said = concernHits(hits);
  // "mi esposo toma y apuesta": the drinking counts beside the gambling, so both halves are heard ("por varias cosas").
  const named = said.some((h) => !h.negated) ? [...said, ...drinkingBeside(w, hits)] : said;
  const of = (slot: string, negated: boolean) =>
    (slot === 'concern' ? named : hits).filter(
      (h) =>
        (h.entry.slot === slot || (slot === 'concern' && h.entry.slot === 'concern_weak')) && h.negated === negated,
    );
  let several: string[] = [];
  const pick = (list: Hit[]): Understanding['concern'] => {
    const values = new Set(list.map((h) => h.entry.value).filter((v) => v !== 'unsure'));
    // "its more pills than alcohol", "mostly meth": the one said to weigh most is the concern.
    const main = values.size > 1 ? mainConcern(w, list) : undefined;
    if (main) return main;
    if (values.size > 1) several = [...values];
    if (values.size > 1) return 'unsure';
    if (values.size === 1) return [...values][0] as Understanding['concern'];
    return list.length ? 'unsure' : null;
  };
  const concern = pick(of('concern', false)) ?? pick(of('concern', true)) ?? pick(of('concern_weak', false));
  return { concern, several };
}

/** Words that say which of two concerns weighs most: "mostly pills", "more pills than alcohol", "sobre todo". */
const MOSTLY_WORDS = new Set(['mostly', 'mainly', 'primarily', 'especially', 'more', 'mas', 'mayormente']);
/** The word of a comparison: "more pills than alcohol", "mas pastillas que alcohol". */
const THAN_WORDS = new Set(['than', 'que']);

/**
 * The concern said to weigh most among several, when one is: right after "mostly" ("mostly pills, some
 * drinking"), between "more" and "than" ("its more pills than alcohol", "mas pastillas que alcohol"), or before
 * "more than" ("pills more than alcohol"). Undefined when no one concern is said so.
 */
function mainConcern(w: Words, list: readonly Hit[]): Understanding['concern'] | undefined {
  const weighs = (h: Hit): boolean => {
    const before = w.words[h.start - 1];
    if (before !== undefined && MOSTLY_WORDS.has(before) && w.clause[h.start - 1] === w.clause[h.start]) {
      if (before !== 'more' && before !== 'mas') return true;
      // "more" weighs only in a comparison: "more pills than alcohol", not "i need more help with pills".
      return w.words.slice(h.end, h.end + 3).some((x) => THAN_WORDS.has(x));
    }
    return (w.words[h.end] === 'more' || w.words[h.end] === 'mas') && THAN_WORDS.has(w.words[h.end + 1] ?? '');
  };
  const weighing = list.filter((h) => !h.negated && weighs(h));
  // "i used to drink but now its cocaine": what is now, over what was.
  const now = weighing.length ? weighing : nowOverPast(w, list);
  const mains = new Set(now.map((h) => h.entry.value));
  return mains.size === 1 && !mains.has('unsure') ? ([...mains][0] as Understanding['concern']) : undefined;
}

/** Words a few before a concern that say it is now: "but now its cocaine", "ahora es el cristal". */
const NOW_WORDS = new Set(['now', 'ahora', 'nowadays', 'lately']);
/** Words a few before a concern that say it was: "i used to drink", "antes tomaba". */
const PAST_WORDS = new Set(['used', 'antes', 'usaba', 'formerly', 'once']);

/**
 * The concerns said as now, when another is said as past: "i used to drink but now its cocaine", "antes tomaba, ahora
 * es el cristal". Empty unless both are said.
 */
function nowOverPast(w: Words, list: readonly Hit[]): Hit[] {
  const near = (h: Hit, set: ReadonlySet<string>) => {
    for (let j = h.start - 1; j >= Math.max(0, h.start - 3); j--) if (set.has(w.words[j])) return true;
    return false;
  };
  // All said after the now word, up to a past one: "i used to drink and now i drink and use meth" is both now (the
  // thirty-seventh probe read only the drink, the one right after "now").
  const saidNow = (h: Hit) => {
    for (let j = h.start - 1; j >= 0; j--) {
      if (PAST_WORDS.has(w.words[j])) return false;
      if (NOW_WORDS.has(w.words[j])) return true;
    }
    return false;
  };
  const now = list.filter((h) => !h.negated && (near(h, NOW_WORDS) || saidNow(h)));
  return now.length && list.some((h) => !now.includes(h) && near(h, PAST_WORDS)) ? now : [];
}

/**
 * The hits without the concerns heard inside words of a death ("my dad drank himself to death", "died of an
 * overdose"): the trouble of someone gone, not one the texter asks help with (the `grief` intent says it).
 */
export function withoutLossConcerns(hits: readonly Hit[]): readonly Hit[] {
  // Most texts tell of no loss: checked without making a list.
  if (!hits.some(isLoss)) return hits;
  const losses = hits.filter(isLoss);
  return hits.filter(
    (h) => !h.entry.slot.startsWith('concern') || !losses.some((l) => l.start <= h.start && h.end <= l.end),
  );
}

/** Whether a hit is the `grief` intent: words of someone's death from drinking or drugs. */
function isLoss(h: Hit): boolean {
  return h.entry.slot === 'intents' && h.entry.value === 'grief';
}

/** The hits without the concerns heard in a program's name ("aa" is also alcohol). */
export function withoutProgramConcerns(hits: readonly Hit[]): Hit[] {
  const names = hits.filter((h) => h.entry.slot === 'programs');
  return hits.filter(
    (h) => !h.entry.slot.startsWith('concern') || !names.some((p) => p.start <= h.start && h.end <= p.end),
  );
}

/** Where each drink or drug named (not turned down) starts. */
export function concernStarts(hits: readonly Hit[]): number[] {
  return hits.filter((h) => h.entry.slot === 'concern' && !h.negated).map((h) => h.start);
}

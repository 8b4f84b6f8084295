import { medicationWished, wereMeansWeAre } from './medicationNotYet';
import type { Hit, Words } from './messageWords';

/**
 * Whether the one the help is for takes a medicine for recovery now (the `medication` slot): "im on suboxone" (yes),
 * "no meds" (no), "i used to take antabuse but not anymore" (no), "i want to get on suboxone" (no: not yet), and
 * nothing from "whats suboxone?", a medicine asked about.
 */

/** Words just before a medication that put it in the past: "i used to take antabuse", "was on subs", "antes tomaba". */
// Not sharedConcern's past words: their "use" is present here ("i use suboxone daily").
const MEDICATION_PAST_BEFORE = new Set(['used', 'was', 'were', 'solia', 'antes', 'tomaba', 'estaba', 'estuve']);

/**
 * What comes right after a medication when it has stopped: "... but not anymore", "... but i quit", "pero ya no".
 * Only right after it: "i take suboxone and dont drink anymore" still takes it.
 */
const MEDICATION_STOPPED_AFTER = [
  'not anymore',
  'no more',
  'no longer',
  'anymore',
  'stopped',
  'i stopped',
  'quit',
  'i quit',
  'ya no',
  'lo deje',
  'la deje',
  'ya lo deje',
  'ya la deje',
].map((phrase) => phrase.split(' '));

/** Words after a medication told of in the past that say it goes on: "... and still am", "y sigo". */
const STILL_WORDS = new Set(['still', 'todavia', 'sigo', 'aun']);

/** Whether a medication named is one the texter no longer takes ("i was on suboxone but stopped"). */
function medicationPast(w: Words, h: Hit): boolean {
  // "i was on methadone for 5 years and still am": still taking it.
  if (w.words.slice(h.end).some((x, k) => w.clause[h.end + k] === w.clause[h.start] && STILL_WORDS.has(x)))
    return false;
  // "my wife and i, we're both on subs": "were" without a subject is "we're", now (medicationNotYet.ts).
  const from4 = Math.max(0, h.start - 4);
  const pastBefore = (x: string, k: number) => MEDICATION_PAST_BEFORE.has(x) && !wereMeansWeAre(w, from4 + k);
  if (w.words.slice(from4, h.start).some(pastBefore)) return true;
  const from = w.words[h.end] === 'but' || w.words[h.end] === 'pero' ? h.end + 1 : h.end;
  return MEDICATION_STOPPED_AFTER.some((phrase) => phrase.every((x, k) => w.words[from + k] === x));
}

/** Words asking what a medicine is, or whether it counts, right before it: "whats suboxone", "does methadone count". */
const ASKING_OF = new Set(['whats', 'what', 'que', 'does', 'do', 'cuenta', 'cuentan', 'about']);
/** Words of getting one, right before it, asked where or how: "where can i get suboxone", "donde consigo metadona". */
const GETTING_ONE = new Set(['get', 'find', 'start', 'consigo', 'conseguir', 'encuentro', 'empezar', 'compro']);
const WHERE_HOW = new Set(['where', 'how', 'donde', 'como']);

/** Whether a medicine is asked about, not told as taken: "whats suboxone?", "donde consigo suboxone?". */
function medicationAsked(w: Words, h: Hit): boolean {
  const before = w.words.slice(Math.max(0, h.start - 2), h.start);
  if (before.some((x) => ASKING_OF.has(x)) && !before.some((x) => x === 'im' || x === 'on')) return true;
  // "how do i get on methadone": the "on" after getting.
  const getAt = w.words[h.start - 1] === 'on' ? h.start - 2 : h.start - 1;
  return GETTING_ONE.has(w.words[getAt] ?? '') && w.words.slice(0, getAt).some((x) => WHERE_HOW.has(x));
}

/**
 * The hits without a medicine asked about ("whats suboxone?", "where can i get methadone"), nor the drug its name
 * also says: a drinker asking what Suboxone is neither takes it nor uses opioids. Most texts name no medicine.
 */
export function withoutAskedMedication(w: Words, hits: readonly Hit[]): readonly Hit[] {
  const asked = hits.filter((h) => h.entry.slot === 'medication' && h.entry.value === 'true' && medicationAsked(w, h));
  if (!asked.length) return hits;
  const inside = (h: Hit) => asked.some((a) => a.start <= h.start && h.end <= a.end);
  return hits.filter((h) => !asked.includes(h) && !(h.entry.slot.startsWith('concern') && inside(h)));
}

/** Words that say a medicine is for recovery: "for pain and addiction", "for my opioid use". */
const FOR_RECOVERY = new Set(['addiction', 'recovery', 'opioids', 'opiates', 'opioid', 'dependence', 'withdrawal']);
/** Words just before that turn it around: "for pain not addiction", "no recovery". */
const TURNED = new Set(['not', 'no', 'never', 'nothing', 'without']);

/** Whether the text says, not turned around, that a medicine is for recovery ("for pain and addiction"). */
function saysForRecovery(w: Words): boolean {
  return w.words.some((x, j) => FOR_RECOVERY.has(x) && !TURNED.has(w.words[j - 1] ?? '') && w.words[j - 2] !== 'not');
}

/** Whether a medicine for recovery is taken now: true, false, or null when none is named. */
/** Words of taking medicines that are not one's own: "diverting meds", "stealing pills from work". */
const DIVERTING: ReadonlySet<string> = new Set([
  'diverting',
  'diverted',
  'divert',
  'stealing',
  'stole',
  'steal',
  'swiping',
  'swiped',
  'pocketing',
  'pocketed',
  'skimming',
]);

/**
 * Whether a medicine heard is taken from work or patients ("im a nurse and ive been diverting meds", "stole some
 * meds"): drug use, not a medication for recovery (the twenty-sixth session's probe asked no medication question).
 */
function diverted(w: Words, h: Hit): boolean {
  const before = w.words[h.start - 1] ?? '';
  return (
    DIVERTING.has(before) ||
    (DIVERTING.has(w.words[h.start - 2] ?? '') && /^(?:the|some|their|patients?)$/.test(before))
  );
}

/** Words that put a medicine in doubt, said before it in its clause: "not sure if hes on any meds", "no se si toma". */
const DOUBT_BEFORE = [
  'not sure if',
  'not sure whether',
  'not sure',
  'unsure if',
  'idk if',
  'idk whether',
  'dunno if',
  'dont know if',
  'do not know if',
  'dont know whether',
  'wonder if',
  'no se si',
  'no sabemos si',
  'no estoy seguro si',
  'no estoy segura si',
  'no estoy seguro de si',
  'no estoy segura de si',
].map((phrase) => phrase.split(' '));

/** How far before a medicine a doubt may stand: "no se si toma medicina", "not sure if my son is on any meds". */
const DOUBT_REACH = 6;

/** Whether a medicine is named in doubt ("no se si toma medicina"): not told as taken. */
function medicationDoubted(w: Words, h: Hit): boolean {
  const from = Math.max(0, h.start - DOUBT_REACH);
  for (let j = from; j < h.start; j++) {
    if (w.clause[j] !== w.clause[h.start]) continue;
    const at = (words: readonly string[]) => DOUBT_BEFORE.some((phrase) => phrase.every((x, k) => words[j + k] === x));
    if (at(w.words) || at(w.said)) return true;
  }
  return false;
}

/** A guess that it is not so, said after a doubt: "creo que no", "i dont think so", "prob not". */
const GUESS_NOT =
  /\b(?:creo que no|pienso que no|me parece que no|no creo|i dont think so|dont think so|i dont think (?:he|she|they) (?:is|are|does|do|takes|take)|prob not|probably not|prolly not|i doubt it|doubt it|i think not)\b/;

export function readMedication(w: Words, hits: readonly Hit[]): boolean | null {
  const said = hits.filter((h) => h.entry.slot === 'medication');
  if (said.some((h) => h.negated)) return false;
  const falses = said.filter((h) => h.entry.value === 'false');
  // "blood pressure pills and suboxone": a recovery medicine named outside the words of another medicine is taken.
  // "suboxone for pain and addiction": for recovery too, so the "for pain" around it no longer says no.
  const forRecoveryToo = saysForRecovery(w);
  const taking = said.filter(
    (h) =>
      h.entry.value === 'true' &&
      !diverted(w, h) &&
      (forRecoveryToo || !falses.some((f) => f.start <= h.start && h.end <= f.end)),
  );
  if (!taking.length) return falses.length ? false : null;
  // "no se si toma medicina, creo que no", "not sure if hes on any meds": a doubt, not a yes (the twenty-ninth
  // session's probe said "con medicamento"); with a guess that it is not so, a no.
  if (taking.every((h) => medicationDoubted(w, h))) return GUESS_NOT.test(w.said.join(' ')) ? false : null;
  // Only a medication of the past ("i used to take antabuse but not anymore"): not taking it now.
  // "i want to get on suboxone": wished for, not taken yet (medicationNotYet.ts).
  return taking.every((h) => medicationPast(w, h) || medicationWished(w, h)) ? false : true;
}

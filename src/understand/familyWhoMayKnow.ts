import type { HeardPhrase } from './heardWords';

/**
 * Someone named only as who may find out: "will you tell my husband?", "my wife doesnt know", "can i go without my
 * mom knowing", "what if i see someone i know", "se lo van a decir a mi esposo?", "mi esposo no sabe". Such a word
 * says nothing of whom the help is for: a drinker afraid their husband will be told still wants their own AA.
 */

/** Verbs of telling, before the person told: "tell my husband", "decirle a mi esposo", "avisar a mis papas". */
const TELLING = new Set([
  'tell',
  'tells',
  'telling',
  'told',
  'inform',
  'notify',
  'call',
  'decir',
  'decirle',
  'dicen',
  'avisar',
  'avisarle',
  'avisan',
  'contar',
  'contarle',
]);
/** Verbs of seeing someone, before them: "what if i see someone i know", "run into someone". */
const SEEING = new Set(['see', 'meet', 'into', 'ver', 'encontrar', 'encuentro', 'veo']);
/** Words that may stand between the verb and the person: "tell my", "decir a mi". */
const BETWEEN_BEFORE = new Set(['my', 'mi', 'mis', 'a', 'our', 'anyone', 'le', 'les', 'to']);
/** Words of finding out, after the person: "my wife finds out", "mi esposo no sabe", "sin que mi mama sepa". */
const KNOWING = new Set([
  'know',
  'knows',
  'knowing',
  'find',
  'finds',
  'found',
  'finding',
  'sabe',
  'saben',
  'sepa',
  'sepan',
  'entere',
  'enteren',
  'enterar',
]);
/** Words that may stand between the person and the knowing: "doesnt know", "will find out", "no sabe", "se entere". */
const BETWEEN_AFTER = new Set([
  'cant',
  'cannot',
  'shouldnt',
  'doesnt',
  'dont',
  'didnt',
  'wont',
  'will',
  'would',
  'could',
  'might',
  'to',
  'not',
  'never',
  'no',
  'se',
  'va',
  'a',
  'van',
  'gonna',
  'literally',
  'totally',
  'probably',
]);
/**
 * What someone may do to the texter on finding out, after "will" or "would": "will kill me", "would leave me",
 * "gonna freak out". A word of will must come between ("my wife kills me" is no fear of what she may do).
 */
const REACTING = new Set(['kill', 'leave', 'divorce', 'dump', 'disown', 'hate', 'murder', 'freak', 'flip', 'kick']);

/** After the knowing, someone else's doing: "my husband doesnt know he has a problem" is still about him. */
const THEY_DO = new Set(['he', 'she', 'they', 'his', 'her', 'hes', 'shes', 'el', 'ella']);

/**
 * Whether the family word (or "someone") `h` is named only as who may be told or find out: after a verb of telling
 * or seeing ("tell my husband", "see someone"), or before one of knowing ("my wife doesnt know", "mi esposo no sabe"),
 * not followed by their own doing ("doesnt know he drinks").
 */
export function familyNamedAsWhoMayKnow(words: readonly string[], h: HeardPhrase): boolean {
  let k = h.start - 1;
  while (k >= 0 && h.start - k <= 2 && BETWEEN_BEFORE.has(words[k])) k--;
  if (k >= 0 && (TELLING.has(words[k]) || SEEING.has(words[k]))) return true;
  let j = h.end;
  while (j < words.length && j - h.end < 3 && BETWEEN_AFTER.has(words[j])) j++;
  // "my wife will kill me if she finds out i relapsed", "my husband would leave me": who the texter fears will react,
  // not whom the help is for (the twentieth session's probe said "for your wife").
  if (REACTING.has(words[j]) && j > h.end && (words[j + 1] === 'me' || words[j + 1] === 'out')) return true;
  // "my gf has no idea", "my wife has no clue": kept in the dark too, unless at a loss ("has no idea what to do").
  if (NO_IDEA.test(words.slice(j, j + 3).join(' ')))
    return !AT_A_LOSS.has(words[j + 3] ?? '') && !THEY_DO.has(words[j + 3] ?? '');
  if (!KNOWING.has(words[j]) || THEY_DO.has(words[j + 1] ?? '') || THEY_DO.has(words[j + 2] ?? '')) return false;
  // "my husband cant find out", "my wife cannot know": kept in the dark; "he cant find a meeting" is his own doing.
  const cant = words.slice(h.end, j).some((x) => MUST_NOT.has(x));
  if (cant && FINDING.has(words[j]) && words[j + 1] !== 'out') return false;
  // "doesnt know what to do", "no sabe que hacer", "doesnt know how to stop": at a loss, not kept in the dark.
  const next = words[j + 1] ?? '';
  return !AT_A_LOSS.has(next) && !(next === 'que' && HACER.has(words[j + 2] ?? ''));
}

/** Not knowing, said as having no idea: "has no idea", "have no clue". */
const NO_IDEA = /^(?:has|have) no (?:idea|clue)$/;

/** Words of it having to stay unknown: "my husband cant find out", "my wife shouldnt know". */
const MUST_NOT = new Set(['cant', 'cannot', 'shouldnt']);
/** Finding words, which need "out" after MUST_NOT: "cant find out", not "cant find a meeting". */
const FINDING = new Set(['find', 'finds', 'found', 'finding']);

/** "no sabe que hacer": what to do (as written, or as the reading corrected it). */
const HACER = new Set(['hacer', 'hace', 'hacen']);

/** Words after "doesnt know" that tell of someone at a loss: "what to do", "how to stop", "where to find". */
const AT_A_LOSS = new Set(['what', 'how', 'where', 'who', 'como', 'donde', 'quien', 'cual']);

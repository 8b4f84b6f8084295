import { MEETING_NOUNS } from '../text/meetingWords';
import { FAMILY_OWNERS, type SaidWords } from './heardWords';
import { isFamilyAt, type LanguageLexicon } from './lexicon';

/**
 * "my husband wants to quit drinking", "looking for a meeting for my son", "mi hijo quiere dejar de usar": the
 * person the help is about wants help themselves. Their own program's meetings are then what the texter is
 * looking for (AA for the husband, MARA for someone on methadone), with the family group beside them, last, for the
 * texter. Without it, a texter about someone else gets the family groups (Al-Anon, Nar-Anon) alone. The person may be
 * named anywhere before the wanting in its clause ("my husband is on methadone and wants meetings").
 */

/** Words of the person wanting, after who wants: "wants to", "is ready to", "asked for", "quiere", "pidio". */
const WANTING = new Set([
  // "my parents want to get clean", "mis papas quieren dejar de tomar": several want it too.
  'want',
  'quieren',
  'pidieron',
  'decidieron',
  'aceptaron',
  'wants',
  'wanted',
  'wanting',
  'ready',
  'asked',
  'asking',
  'asks',
  'trying',
  'willing',
  'agreed',
  'agrees',
  'decided',
  'quiere',
  'queria',
  'quizo',
  'pidio',
  'pide',
  'acepto',
  'decidio',
  'intenta',
]);

/** What they want, soon after: to quit or stop, to get sober, clean or help; or meetings (MEETING_NOUNS). */
const GOALS = new Set([
  'quit',
  'quitting',
  'stop',
  'stopping',
  'sober',
  'sobriety',
  'clean',
  'help',
  'aa',
  'na',
  'recovery',
  'dejar',
  'dejarlo',
  'parar',
  'ayuda',
  'sobrio',
  'sobria',
  'limpio',
  'limpia',
  'recuperarse',
]);

/** Words that turn the wanting around: "he doesnt want to quit", "no quiere dejar de tomar". */
const NOT_WANTING = new Set(['doesnt', 'dont', 'didnt', 'wont', 'not', 'never', 'no', 'nunca', 'refuses', 'isnt']);

const FOR_WORDS = new Set(['for', 'para']);
/** Someone else after "for": "for him", "para el"; the family words come from the lexicon. */
const THEM_AFTER_FOR = new Set(['him', 'her', 'them', 'el', 'ella']);

/** "meetings for my family" are the family's own groups (Al-Anon), not one person's. */
const WHOLE_FAMILY = new Set(['family', 'families', 'familia', 'familias', 'loved']);

/** Needing, said of someone else and followed by meetings: "he needs a meeting" (read as "need"), "necesita juntas". */
const NEEDING = new Set(['need', 'needs', 'needed', 'necesita', 'necesitaba']);
/** Finding meetings for someone: "find him a meeting", "get my son to a meeting", "llevar a mi hijo a juntas". */
const FINDING = new Set(['find', 'get', 'take', 'bring', 'llevar', 'encontrar']);

/** How many words after the wanting its goal, or a meeting word, may come: "wants to go to meetings". */
const REACH = 4;

/**
 * Whether the message says that the person the help is about wants help themselves: someone else (a family word,
 * "he", "she") wanting to quit, stop or go to meetings, not turned around ("he doesnt want to stop"), in one
 * clause; or meetings looked for "for my son", "for him".
 */
export function wantsOwnHelp(lx: LanguageLexicon, w: SaidWords): boolean {
  const { words } = w;
  for (let j = 0; j < words.length; j++) {
    // "my boyfriend wants me to get help": the wanting is for the texter (texterUrged.ts), not his own.
    if (lx.selfWords.has(words[j + 1] ?? '')) continue;
    if (WANTING.has(words[j]) && someoneElseBefore(lx, w, j) && goalAfter(w, j) && !turnedAround(words, j)) {
      return true;
    }
    // "my dad needs a meeting": the meetings are his (not "needs help", which is what the family says of anyone).
    // Not another one's: "my husband drinks and my daughter needs a group too" asks for the family's own group.
    if (
      NEEDING.has(words[j]) &&
      someoneElseBefore(lx, w, j) &&
      !anotherNamedFirst(lx, w, j) &&
      meetingSoonAfter(w, j) &&
      !turnedAround(words, j)
    ) {
      return true;
    }
    // "find her a meeting", "get my son to a meeting"; not "can i bring my kids to a meeting", a childcare question.
    if (
      FINDING.has(words[j]) &&
      isSomeoneElse(lx, words, j + 1) &&
      meetingSoonAfter(w, j + 2) &&
      !bringsYoungChildren(words, j)
    )
      return true;
    // Meetings "for my husband", "juntas para mi hijo", "for him"; with what kind or where between ("meetings in
    // spanish for my dad", "juntas en espanol en amarillo para mi esposo": the seventeenth session's probe).
    const forAt = MEETING_NOUNS.has(words[j]) ? forAfterMeeting(lx, w, j) : undefined;
    if (forAt !== undefined) {
      const k = FAMILY_OWNERS.has(words[forAt + 1] ?? '') ? forAt + 2 : forAt + 1;
      const person = words[k] ?? '';
      if (THEM_AFTER_FOR.has(person) || (k === forAt + 2 && !WHOLE_FAMILY.has(person) && isFamilyAt(lx, words, k))) {
        return true;
      }
    }
  }
  return false;
}

/** Words that may stand between meetings and whom they are for: what kind, where ("in spanish", "near amarillo"). */
const MEETING_FOR_GAP = 4;

/**
 * Where "for"/"para" is after the meeting noun at `at`, in its clause, within MEETING_FOR_GAP words and with no word
 * of the texter between ("meetings near me for my son" asks for the texter's own); undefined when it is not.
 */
function forAfterMeeting(lx: LanguageLexicon, w: SaidWords, at: number): number | undefined {
  for (let k = at + 1; k <= at + 1 + MEETING_FOR_GAP && k < w.words.length && w.clause[k] === w.clause[at]; k++) {
    if (FOR_WORDS.has(w.words[k])) return k;
    if (lx.selfWords.has(w.words[k]) || MEETING_NOUNS.has(w.words[k])) return undefined;
  }
  return undefined;
}

/**
 * The nearest person before the wanting, in its clause, is someone else: "my husband wants", "he is ready", "my
 * husband is on methadone and wants meetings".
 */
function someoneElseBefore(lx: LanguageLexicon, w: SaidWords, at: number): boolean {
  // A verb that says "he" or "she" by itself ("wants", "quiere") goes on about the person named in a clause before:
  // "my fiance is on suboxone, doing good but wants a meeting" (the twenty-eighth session's second probe gave the
  // family groups alone). "want" could be the texter's own ("my son uses, want to find nar-anon"): its clause only.
  // Only with nothing but words of how they are doing before it in its clause: "everyone wants her to stop" is not.
  const across = THIRD_PERSON_WANTING.has(w.words[at]) && onlyFillerBefore(w, at);
  for (let j = at - 1; j >= 0 && (across || w.clause[j] === w.clause[at]); j--) {
    if (lx.selfWords.has(w.words[j])) return false;
    if (isFamilyAt(lx, w.words, j) || lx.otherWords.has(w.words[j])) return true;
  }
  return false;
}

/** Words a clause may open with before "wants" and still go on about the person before: "doing good but", "y ya". */
const FILLER = new Set(
  'but and so now still also finally really doing good well better ok okay sober clean pero y ya ahora tambien bien'.split(
    ' ',
  ),
);

/** Whether every word of the clause before `at` is one of FILLER (or there is none). */
function onlyFillerBefore(w: SaidWords, at: number): boolean {
  for (let j = at - 1; j >= 0 && w.clause[j] === w.clause[at]; j--) if (!FILLER.has(w.words[j])) return false;
  return true;
}

/** Words of wanting that say he or she wants, never I: "wants", "asks", "quiere", "pide". */
const THIRD_PERSON_WANTING = new Set(['wants', 'asks', 'agrees', 'quiere', 'pide', 'decidio', 'quizo']);

/**
 * Whether the text names someone close before the one nearest `at`, another family word: "my husband is an alcoholic
 * and my daughter needs a group" tells of the husband's trouble, and the daughter's need is a family group's.
 */
function anotherNamedFirst(lx: LanguageLexicon, w: SaidWords, at: number): boolean {
  let nearest = -1;
  for (let j = at - 1; j >= 0 && w.clause[j] === w.clause[at]; j--) {
    if (isFamilyAt(lx, w.words, j)) {
      nearest = j;
      break;
    }
  }
  if (nearest < 0) return false;
  for (let j = 0; j < nearest; j++) {
    if (isFamilyAt(lx, w.words, j) && w.words[j] !== w.words[nearest]) return true;
  }
  return false;
}

/** Someone else at `at`: "him", "her", "my son" (a possessive, then the family word), "a mi hijo". */
function isSomeoneElse(lx: LanguageLexicon, words: readonly string[], at: number): boolean {
  if (THEM_AFTER_FOR.has(words[at] ?? '')) return true;
  const k = words[at] === 'a' ? at + 1 : at;
  return FAMILY_OWNERS.has(words[k] ?? '') && isFamilyAt(lx, words, k + 1);
}

/** Words asking whether the texter may bring someone: "can i", "could we", "puedo", "podemos". */
const MAY_I = new Set(['can i', 'could i', 'may i', 'can we', 'could we', 'puedo', 'podemos', 'se puede']);

/** Young children, as brought along rather than helped: "my kids", "the baby", "mis hijos", "los ninos". */
const YOUNG_ONES = new Set(
  ['kid', 'kids', 'child', 'children', 'baby', 'babies', 'toddler', 'toddlers', 'infant', 'bebe', 'bebes'].concat([
    'ninos',
    'ninas',
    'nino',
    'nina',
    'hijos',
    'hijas',
    'chiquitos',
    'nenes',
  ]),
);

/**
 * Whether the finding word at `at` asks to bring young children along: "can i bring my kids to a meeting", "puedo
 * llevar a mis hijos a una junta" (the twenty-sixth session's probe: the kids' own meetings, "for your husband and
 * you"). "get my kid to a meeting" and "can i bring my son to NA" still seek the meetings for them.
 */
function bringsYoungChildren(words: readonly string[], at: number): boolean {
  const asked = MAY_I.has(`${words[at - 2] ?? ''} ${words[at - 1] ?? ''}`) || MAY_I.has(words[at - 1] ?? '');
  if (!asked) return false;
  const k = words[at + 1] === 'a' ? at + 2 : at + 1;
  return YOUNG_ONES.has(words[k + 1] ?? '');
}

/** A meeting word soon after `at`, in its clause: "needs a meeting", "find him an aa meeting". */
function meetingSoonAfter(w: SaidWords, at: number): boolean {
  for (let j = at + 1; j <= at + REACH && j < w.words.length && w.clause[j] === w.clause[at]; j++) {
    if (MEETING_NOUNS.has(w.words[j])) return true;
  }
  return false;
}

/** A goal soon after the wanting, in its clause: "wants to quit", "is ready to get sober", "quiere ir a juntas". */
function goalAfter(w: SaidWords, at: number): boolean {
  for (let j = at + 1; j <= at + REACH && j < w.words.length && w.clause[j] === w.clause[at]; j++) {
    if (GOALS.has(w.words[j]) || MEETING_NOUNS.has(w.words[j])) return true;
  }
  return false;
}

/** "doesnt want", "no quiere", "is not ready": the wanting turned around by one of the two words before it. */
function turnedAround(words: readonly string[], at: number): boolean {
  return NOT_WANTING.has(words[at - 1] ?? '') || NOT_WANTING.has(words[at - 2] ?? '');
}

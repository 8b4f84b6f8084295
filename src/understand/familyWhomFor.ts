import { familyNamedAsSupplier } from './familyAsSupplier';
import { familyNamedAsMotive } from './familyAsMotive';
import { ownsAThingAfter } from './thingOwner';
import { OF_WORDS } from './heardWords';
import type { Hit, Words } from './messageWords';

/**
 * Whether a family word heard names whom the help is for ("my husband drinks") or only someone in the text: a
 * household ("staying with my sister"), a place ("at my mom's house"), the texter's own role ("im his daughter",
 * "im a single mom", "parents of addicts"), or someone who has died ("my brother died of an overdose").
 */

/** Words before "with (my) sister" or "at my sister's" that make her where the texter stays, not whom it is for. */
const STAYING_WORDS = new Set([
  'live',
  'lives',
  'living',
  'stay',
  'stays',
  'staying',
  'stayed',
  'sleeping',
  'crashing',
  'in',
  'vivo',
  'vivimos',
  'viviendo',
  'quedo',
  'quedando',
  'estoy',
]);

/** Right before "my sister": "visiting my sister", "visitando a mi hermana" ("a" is read there too). */
const VISITING = new Set(['visiting', 'visit', 'visitando', 'visitar']);

/** Before "at my mom's" only: "im at my moms this week" says where the texter is. */
const BEING_AT = new Set(['im', 'am', 'been']);

/** Words after a family word that make it a place: "my mom's house", "my brother's place". */
const HOME_WORDS = new Set(['house', 'place', 'apartment', 'apt', 'home', 'trailer', 'condo', 'couch']);

/** "my", "our", "mi", "mis": before a family word of the texter's own. */
export const POSSESSIVES = new Set(['my', 'our', 'mi', 'mis']);

/**
 * "staying with my sister", "vivo con mi hermana": a household, not whom the help is for (though "i live with my
 * husband who drinks" still names who drinks); or a place (staysAt).
 */
function isHousehold(w: Words, start: number, end: number): boolean {
  if (staysAt(w, start, end)) return true;
  const j = POSSESSIVES.has(w.words[start - 1] ?? '') ? start - 2 : start - 1;
  const joining = w.words[j];
  // "im visiting my sister in midland": whom the texter is with, not whom the help is for.
  if (VISITING.has(joining) && POSSESSIVES.has(w.words[start - 1] ?? '')) return true;
  return (joining === 'with' || joining === 'w' || joining === 'con') && STAYING_WORDS.has(w.words[j - 1] ?? '');
}

/**
 * "staying at my sister's", "my mom's house", "en casa de mi hermana": the family word names a place the texter
 * is at, not a person, so nothing said after it is theirs ("im at my sister's and drinking every night").
 */
export function staysAt(w: Words, start: number, end: number): boolean {
  if (HOME_WORDS.has(w.words[end] ?? '')) return true;
  const j = POSSESSIVES.has(w.words[start - 1] ?? '') ? start - 2 : start - 1;
  const before = w.words[j - 1] ?? '';
  if (w.words[j] === 'at') return STAYING_WORDS.has(before) || BEING_AT.has(before);
  return w.words[j] === 'de' && before === 'casa';
}

/** Whose: "his", "her", "their", "su". */
export const THIRD_PERSON_OWNERS = new Set(['his', 'her', 'their', 'su', 'sus']);
/** Saying what one is: "im", "i am", "as", "soy", "como". */
const BEING_WORDS = new Set(['im', 'am', 'as', 'soy', 'como', 'being']);

/** "a", "the", "una" between saying what one is and the family word: "im a mom", "soy una madre". */
const ROLE_ARTICLES = new Set(['a', 'an', 'the', 'un', 'una', 'la', 'el']);
/** Saying what one is before an article ("im a mom"); not "as", where "as a mom" may speak of another's. */
const SAYING_ONE_IS = new Set(['im', 'am', 'soy']);
/** Words that describe the texter in "im a single mom", "im a worried dad", "soy una madre soltera" (after). */
const ROLE_ADJECTIVES = new Set([
  'single',
  'worried',
  'scared',
  'concerned',
  'young',
  'new',
  'working',
  'grieving',
  'tired',
  'proud',
  'first',
  'time',
  'sober',
  'recovering',
  'divorced',
  'married',
]);

/** English words pointing at one already spoken of; Spanish "su" may be "your" too ("su hijo" is asked of). */
const SPOKEN_OF_OWNERS = new Set(['his', 'her', 'their']);

/**
 * "im his daughter", "as her husband", "soy su hija": the texter says who they are to the person the help is
 * for, so the family word is the texter's own role, not whom the help is for.
 */
function isOwnRole(w: Words, start: number, end: number = start + 1): boolean {
  // "soy mamá de un joven de 18", "im mom of a teen": being someone's parent, said with "of" after it.
  if (SAYING_ONE_IS.has(w.words[start - 1] ?? '') && OF_WORDS.has(w.words[end] ?? '')) return true;
  // "im his mother", "me, her daughter" (the twenty-fifth session's probe said "for your daughter").
  const being = w.words[start - 2] ?? '';
  if (THIRD_PERSON_OWNERS.has(w.words[start - 1] ?? '') && (BEING_WORDS.has(being) || being === 'me')) return true;
  if (saysWhatTheyAre(w, start)) return true;
  // "her son", "his wife" as the whole text: the texter's role to one already spoken of, as "im her son" (the
  // thirtieth session's probe, M7: after "my mom gambles her whole check", "her son" was said back "for your son").
  if (start === 1 && end === w.words.length && SPOKEN_OF_OWNERS.has(w.words[0])) return true;
  // "single mom addicted to pills", "recovering dad, need a meeting": what the texter is, first in the clause.
  if (describedFirst(w, start)) return true;
  // "teenager here, my mom drinks", "mom here": who is texting, as a texter signs in (the twentieth session's probe).
  if (w.words[end] === 'here' && !POSSESSIVES.has(w.words[start - 1] ?? '') && w.clause[end] === w.clause[start])
    return true;
  return isRoleToAUser(w, end);
}

/**
 * "im a mom of a 19 yr old", "im a single mom", "i am a worried dad", "soy una madre": what the texter is, never whom
 * the help is for. An article must come first, so "im worried my son" and "im mom" (a name) are not read so.
 */
function saysWhatTheyAre(w: Words, start: number): boolean {
  let article = false;
  for (let j = start - 1; j >= Math.max(0, start - 4); j--) {
    const word = w.words[j];
    // "me, the mom", "its me the wife": the texter, then what they are (the twenty-fifth session's probe said "for
    // your mom").
    if (SAYING_ONE_IS.has(word) || (word === 'me' && w.words[j + 1] === 'the')) return article;
    if (word === 'as' || word === 'como') return (article || word === 'como') && asTheTexter(w, j);
    if (ROLE_ARTICLES.has(word)) article = true;
    else if (!ROLE_ADJECTIVES.has(word)) return false;
  }
  return false;
}

/** Words of the texter, in the clause of "as a parent": "i need help as a parent", "necesito ayuda como madre". */
const TEXTER_BEFORE_AS = new Set([
  'i',
  'im',
  'ive',
  'me',
  'myself',
  'we',
  'us',
  'yo',
  'soy',
  'necesito',
  'busco',
  'quiero',
]);

/**
 * Whether "as" (or Spanish "como") at `j` speaks of the texter: it starts its clause ("as a mom, im scared") or the
 * texter is in the clause before it ("i need help as a parent", the twenty-third probe, read "for your parent"). "my
 * wife as a mom" speaks of the wife, and Spanish "como" asks how unless the texter is there ("como madre necesito").
 */
function asTheTexter(w: Words, j: number): boolean {
  const clause = (k: number) => w.clause[k] === w.clause[j];
  if (w.words[j] === 'as' && (j === 0 || !clause(j - 1))) return true;
  return w.words.some((x, k) => clause(k) && k !== j && TEXTER_BEFORE_AS.has(x));
}

/**
 * Whether the family word at `start` follows only words that describe the texter, first in its clause ("single mom
 * addicted to pills", "working dad here"). One such word at least: "mom drinks" names the mother.
 */
export function describedFirst(w: Words, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && w.clause[j] === w.clause[start] && ROLE_ADJECTIVES.has(w.words[j])) j--;
  return j < start - 1 && (j < 0 || w.clause[j] !== w.clause[start]);
}

const ARTICLES_BEFORE_A_USER = new Set(['a', 'an', 'the', 'un', 'una', 'unos', 'unas', 'los', 'las']);
/** Someone named by their trouble, after "of": the family word before is what the texter is to them. */
const USER_WORDS = new Set([
  'addict',
  'addicts',
  'alcoholic',
  'alcoholics',
  'drinker',
  'drinkers',
  'user',
  'users',
  'adicto',
  'adicta',
  'adictos',
  'alcoholico',
  'alcoholica',
  'alcoholicos',
]);

/**
 * "a meeting for parents of addicts", "im the mother of an addict", "esposa de un alcoholico": the family word
 * says what the texter is to someone who uses, so it names the texter's role, not whom the help is for.
 */
export function isRoleToAUser(w: Words, end: number): boolean {
  if (!OF_WORDS.has(w.words[end] ?? '')) return false;
  const next = ARTICLES_BEFORE_A_USER.has(w.words[end + 1] ?? '') ? end + 2 : end + 1;
  return USER_WORDS.has(w.words[next] ?? '');
}

/** A family word that says what the texter is ("im a mom", "as a parent", "im his daughter"), not whom for. */
export function namesTexterRole(w: Words, h: Hit): boolean {
  return h.entry.slot === 'audience' && h.entry.value === 'family' && !h.negated && isOwnRole(w, h.start, h.end);
}

/** A family word that names whom the help is for: not negated, not a household, not the texter's own role. */
export function namesWhomFor(w: Words, h: Hit): boolean {
  return (
    h.entry.slot === 'audience' &&
    h.entry.value === 'family' &&
    !h.negated &&
    !isHousehold(w, h.start, h.end) &&
    !isOwnRole(w, h.start, h.end) &&
    !hasDied(w, h.start, h.end) &&
    // "addicted to my wife's oxys": only whose the pills are (thingOwner.ts).
    !ownsAThingAfter(w.words, h.end - 1) &&
    // "my kids deserve a sober dad", "get sober for my kids": why the texter changes (familyAsMotive.ts).
    !familyNamedAsMotive(w.words, h.start, h.end) &&
    // "my neighbor sells drugs to my son": the son is the one (familyAsSupplier.ts).
    !familyNamedAsSupplier(w.words, h.start, h.end) &&
    // "can i bring my kid to a meeting": company brought along, not whom the help is for.
    !broughtAlong(w.words, h.start)
  );
}

/** Words of bringing someone along: "bring my kid", "bringing my son". */
const BRINGING = new Set(['bring', 'bringing']);
/** Words that ask leave to bring someone: "can i bring", "is it ok to bring", "are kids allowed to come". */
const ASKING_LEAVE = new Set(['can', 'could', 'may', 'ok', 'okay', 'allowed', 'alright']);

/**
 * Whether the family word at `start` is someone the texter asks leave to bring to a meeting ("can i bring my kid to a
 * meeting? its for me, alcohol": the twenty-sixth session's probe made it "for your kid and you"). Not "i want to take
 * my son to meetings", "quiero llevar a mi hijo a juntas", which say the meetings are for him.
 */
function broughtAlong(words: readonly string[], start: number): boolean {
  for (let j = start - 1; j >= Math.max(0, start - 3); j--) {
    if (!BRINGING.has(words[j])) continue;
    for (let k = j - 1; k >= Math.max(0, j - 3); k--) if (ASKING_LEAVE.has(words[k])) return true;
    return false;
  }
  return false;
}

/**
 * Whether a family word is of someone who has died ("my brother died of an overdose", "we lost my
 * uncle"): a texter who lost them and writes "i want to get sober for him" is writing for themselves.
 */
function hasDied(w: Words, start: number, end: number): boolean {
  const after = w.words.slice(end, end + 2);
  const before = w.words.slice(Math.max(0, start - 2), start);
  if (after.some((x) => DIED_AFTER.has(x)) || before.some((x) => DIED_BEFORE.has(x))) return true;
  // "my dad drank himself to death": read only when the word after them is one of drinking or using.
  return DRANK_OR_USED.has(w.words[end] ?? '') && DRANK_TO_DEATH.test(w.words.slice(end, end + 4).join(' '));
}

/** Words that start "drank himself to death" and its like, right after the one who died. */
const DRANK_OR_USED = new Set(['drank', 'drunk', 'drinking', 'used', 'using']);
/** Someone who drank or used until they died, said right after them: "drank himself to death". */
const DRANK_TO_DEATH = /^\w+ (?:himself|herself|themselves|themself) to death/;

/** Words next to a family word that say the person has died: "my mom died", "we lost my uncle", "mi papa murio". */
const DIED_AFTER = new Set(['died', 'dies', 'passed', 'dead', 'murio', 'fallecio', 'muerto', 'muerta']);
const DIED_BEFORE = new Set(['lost', 'late', 'perdi', 'perdimos', 'difunto', 'difunta', 'fallecido', 'fallecida']);

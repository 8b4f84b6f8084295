import { STEP_WORDS } from '../text/twelveSteps';
import { STREET_SUFFIXES } from '../text/streetWords';

/**
 * Numbers in a message that mean something: the texter's own age ("im 16", "tengo 15 anos") and
 * which listed meeting they mean ("#2", "the 3rd one"). Read from the plain words.
 */

const TEEN_WORDS: Record<string, number> = {
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
};

/** Words after a number that make it a distance, a time or money, not an age ("im 5 minutes away"). */
const NOT_AGE_AFTER = new Set([
  'min',
  'mins',
  'minute',
  'minutes',
  'mi',
  'mile',
  'miles',
  'km',
  'kms',
  'hour',
  'hours',
  'hrs',
  'block',
  'blocks',
  'dollars',
  'bucks',
  'days',
  'day',
  'weeks',
  'months',
  'am',
  'pm',
  'oclock',
  'pills',
  'beers',
  'drinks',
  'minutos',
  'millas',
  'horas',
  'cuadras',
  'dias',
  'meses',
  'semanas',
  'pesos',
  'dolares',
  // "im 12 steps in", "im 3 times over": counted, not an age.
  'steps',
  'step',
  'times',
]);
/** Who an age said before them belongs to: "12 year old son" is the son's age. */
const CHILD_AFTER_AGE = new Set([
  'son',
  'daughter',
  'kid',
  'child',
  'boy',
  'girl',
  'stepson',
  'stepdaughter',
  'grandson',
]);
/** Words after "years" that make them years of something, not an age: "im 10 years sober", "8 yrs clean". */
const YEARS_OF_SOMETHING = new Set(['sober', 'clean', 'in', 'into', 'married', 'together', 'off', 'without', 'since']);
const FIRST_PERSON = new Set(['im', 'iam', 'age', 'aged']);
/** Words between "im" and an age that say how young: "im only 14", "im just 15". */
const YOUNG_WORDS = new Set(['only', 'just', 'barely', 'almost', 'nearly']);

/** The number a word says, digits ("16") or a number word ("sixteen"), as an age may be said; undefined for others. */
export function numberWord(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const first = word.charCodeAt(0);
  // Digits: one or two of them ("16"); a number word otherwise, by the table's own keys only
  // ("constructor" is no age).
  if (first >= 48 && first <= 57) return /^\d{1,2}$/.test(word) ? Number(word) : undefined;
  return Object.prototype.hasOwnProperty.call(TEEN_WORDS, word) ? TEEN_WORDS[word] : undefined;
}

/** Words that may stand between "im" and an age that is the texter's: "im a 19 year old girl", "im only 15 yrs old". */
const BETWEEN_I_AND_AGE = new Set(['a', 'an', 'am', 'only', 'just', 'almost', 'nearly', 'now', 'turning', 'like']);

/**
 * Whether an age with "years old" at `at` follows "im" or "i" with only BETWEEN_I_AND_AGE words between: "im a 16
 * year old". Not "im a mom of a 19 yr old" or "i have a 15 year old", where the age is someone else's.
 */
function ownAgeAfterI(words: readonly string[], at: number): boolean {
  for (let j = at - 1; j >= 0; j--) {
    if (words[j] === 'im' || words[j] === 'i') return true;
    if (!BETWEEN_I_AND_AGE.has(words[j])) return false;
  }
  return false;
}

/** "de" or "en" after "16 años": "16 años de casada", "16 años en AA", a length of time. */
const YEARS_OF = new Set(['de', 'en', 'sin']);
/** What a length of years may be of: married, sober, clean, in a program. */
const SINCE_WORDS = new Set([
  'casada',
  'casado',
  'casados',
  'casadas',
  'matrimonio',
  'sobria',
  'sobrio',
  'limpio',
  'limpia',
  'aa',
  'na',
  'recuperacion',
  'tomar',
  'beber',
  'usar',
]);
/** Words that start someone else's part of the text, after "tengo 15": "tengo 15 mi papa toma". */
const OWNERS_AFTER_AGE = new Set(['mi', 'mis']);

/** A laugh as texted: "jaja", "jeje", "haha", "lol", "xd". */
const LAUGH = /^(?:(?:ja|je|ha|he)+[jh]?|lol+|xd+|lmao)$/;

/** "I" after "13 and": "13 and i vape", "15 and im scared". */
const I_WORDS = new Set(['i', 'im', 'iam']);
/** The ages "13 and i ..." is read as, a teen's. */
const TEEN_FIRST = 12;
const TEEN_LAST = 19;

/** The texter's own age, when they state it: "im 16", "i am 45", "16 years old", "tengo 15 anos". */
export function statedAge(words: readonly string[], clause?: readonly number[]): number | undefined {
  for (let i = 0; i < words.length; i++) {
    const n = numberWord(words[i]);
    if (n === undefined) continue;
    const prev = words[i - 1];
    const prev2 = words[i - 2];
    // "y yo tengo 14, vivimos en bakersfield": the clause ends with the age, as the text would (probe 38).
    const clauseEnds = clause !== undefined && clause[i + 1] !== undefined && clause[i + 1] !== clause[i];
    // "im only 14", "im just 15", "i am barely 16": a word of how young between.
    const afterYoung = prev !== undefined && YOUNG_WORDS.has(prev);
    const before = afterYoung ? prev2 : prev;
    const firstPerson =
      (before !== undefined && FIRST_PERSON.has(before)) ||
      (before === 'am' && words[i - (afterYoung ? 3 : 2)] === 'i') ||
      (!afterYoung && prev === 'tengo');
    const next = words[i + 1];
    // "tengo 15 mi papa toma": Spanish "mi" (my) after "tengo", not miles.
    const ownerAfter = prev === 'tengo' && OWNERS_AFTER_AGE.has(next ?? '');
    if (next !== undefined && NOT_AGE_AFTER.has(next) && !ownerAfter) continue;
    const years = next === 'years' || next === 'year' || next === 'yrs' || next === 'yr';
    if (years && YEARS_OF_SOMETHING.has(words[i + 2] ?? '')) continue;
    const yearsOld = years && words[i + 2] === 'old';
    // "12 year old son", "my 15 year old daughter": the child's age, not the texter's ("im a 16 year old girl" is).
    if (yearsOld && CHILD_AFTER_AGE.has(words[i + 3] ?? '') && !ownAgeAfterI(words, i)) continue;
    const anos = next === 'anos' || next === 'ano';
    // "tengo 16 años de casada": how long married or sober, not how old.
    if (anos && YEARS_OF.has(words[i + 2] ?? '') && SINCE_WORDS.has(words[i + 3] ?? '')) continue;
    // "tengo 16" alone, or before "y" or a family word ("tengo 15 y mi mama...", "tengo 15 mi papa toma") is an age;
    // "tengo 2 hijos" is not.
    // "tengo 45 jaja": a laugh after it leaves it alone (the twenty-ninth session got "Perdon, no entendi").
    if (
      prev === 'tengo' &&
      !anos &&
      next !== undefined &&
      !clauseEnds &&
      next !== 'y' &&
      !OWNERS_AFTER_AGE.has(next) &&
      !LAUGH.test(next)
    )
      continue;
    if (firstPerson || ourAgeAt(words, i) || (yearsOld && (i === 0 || ownAgeAfterI(words, i)))) return n;
    if ((next === 'yo' || next === 'y') && (i === 0 || FIRST_PERSON.has(prev ?? ''))) return n;
    // "13 and i vape nic and weed at school", "16 and im addicted": a teen's age, first, then "and I" (the twentieth
    // session's probe asked the 13-year-old about methadone). A teen's ages only: "2 and i" counts something else.
    if (i === 0 && next === 'and' && I_WORDS.has(words[2] ?? '') && n >= TEEN_FIRST && n <= TEEN_LAST) return n;
    // "alcoholic, 42, in eau claire, wi": a grown-up's age alone between commas in a list of answers, no one's named
    // before it (probe 38 asked "Who is the help for?"). Not a teen's: a lone "2" or "15" may answer a list.
    if (clause && aloneInClause(clause, i) && n >= GROWN_FIRST && n <= OLDEST && !words.slice(0, i).some(isOwner))
      return n;
    // "15 and my dad uses meth", "16, my mom drinks": a teen's age, first, then someone a teen writes of (the
    // thirty-eighth probe asked the 15-year-old whether they were a teen). Not "15 my daughter vapes": a parent may
    // open with their child's age.
    if (i === 0 && n >= TEEN_FIRST && n <= TEEN_LAST && teenKinAfter(words, next === 'and' ? 2 : 1)) {
      // "16 and my dad drank when i was a kid, now im 35": an age told after is the texter's now (the forty-first
      // probe); the opening one was a childhood's.
      return statedAge(words.slice(1), clause?.slice(1)) ?? n;
    }
  }
  return undefined;
}

/** The ages a number alone between commas is read as: a grown-up's. */
const GROWN_FIRST = 20;
const OLDEST = 99;
/** Words that make what follows someone's: "my son, 34, drinks" tells the son's age. */
const OWNERS: ReadonlySet<string> = new Set(['my', 'mi', 'our', 'his', 'her', 'their', 'su', 'mis', 'sus']);
const isOwner = (word: string): boolean => OWNERS.has(word);

/** Whether the word at `i` is a clause of its own, in a text of more than one clause: "alcoholic, 42, in tulsa". */
function aloneInClause(clause: readonly number[], i: number): boolean {
  const own = clause[i];
  return clause[i - 1] !== own && clause[i + 1] !== own && clause.length > 1;
}

/** Whom a teen writes of, after their age opens a text: parents, siblings, a partner, a friend, a grandparent. */
const TEEN_KIN: ReadonlySet<string> = new Set([
  ...['mom', 'mum', 'mother', 'dad', 'father', 'stepdad', 'stepmom', 'parents', 'moms', 'dads', 'mama', 'papa'],
  ...['brother', 'sister', 'bro', 'sis', 'stepbrother', 'stepsister', 'cousin', 'uncle', 'aunt'],
  ...['boyfriend', 'girlfriend', 'bf', 'gf', 'friend', 'bestfriend', 'grandma', 'grandpa'],
]);

/** Whether words[at] is "my" and a person a teen writes of (TEEN_KIN): "my dad", "my older brother". */
function teenKinAfter(words: readonly string[], at: number): boolean {
  if (words[at] !== 'my') return false;
  const who = words[at + 1] === 'older' || words[at + 1] === 'big' ? words[at + 2] : words[at + 1];
  return TEEN_KIN.has(who ?? '');
}

/** "we" as texters write it before an age they share: "were both 16", "we're both 15", "we are both 17". */
const WE_WORDS = new Set(['were', 'we', 'weare', 'are']);
/** Words after an age that put it in the past: "were both 15 when...", "back then", "cuando". */
const PAST_AFTER_AGE = new Set(['when', 'back', 'then', 'cuando']);
/** Spanish "we have" before an age both share: "los dos tenemos 16", "ambos tenemos 15", "tenemos 15 los dos". */
const BOTH_ES = new Set(['dos', 'ambos', 'ambas']);

/**
 * Whether the number at `i` is an age the texter shares with someone ("my friend vapes, were both 16", "both of us are
 * 15", "los dos tenemos 16"): the texter's own age too.
 */
function ourAgeAt(words: readonly string[], i: number): boolean {
  const prev = words[i - 1];
  // "we were both 15 when dad started drinking": an age long past.
  if (PAST_AFTER_AGE.has(words[i + 1] ?? '')) return false;
  if (prev === 'both') return WE_WORDS.has(words[i - 2] ?? '');
  // "both of us are 16", "we both are 15".
  if (prev === 'are' && words[i - 2] === 'both') return words[i - 3] === 'we';
  if (prev === 'are' && words[i - 2] === 'us') return words[i - 3] === 'of' && words[i - 4] === 'both';
  if (prev !== 'tenemos') return false;
  const next = words[i + 1];
  return BOTH_ES.has(words[i - 2] ?? '') || (next === 'los' && words[i + 2] === 'dos') || BOTH_ES.has(next ?? '');
}

/** A parent or grandparent, whose age says the texter's: "my dad is 70" is no teen's father. */
const ELDER_WORDS = new Set([
  'dad',
  'father',
  'mom',
  'mother',
  'mum',
  'papa',
  'mama',
  'padre',
  'madre',
  'stepdad',
  'stepmom',
  'grandpa',
  'grandma',
  'grandfather',
  'grandmother',
  'abuelo',
  'abuela',
]);

/** Words between a parent and their age: "my dad is 70", "my dad (68)", "mi papa tiene 70", "mi papa de 70". */
const AGE_LINK = new Set(['is', 'who', 'whos', 'turned', 'just', 'now', 'almost', 'over', 'tiene', 'de', 'ya', 'es']);

/** The youngest a parent's or grandparent's age may be to say the texter is past their teens. */
const ELDER_AGE = 60;

/**
 * True when the texter gives a parent's or grandparent's age of 60 or more ("my dad is 70", "my dad (68)", "mi
 * mama tiene 72 anos"): the texter is grown, and the teen question is not asked.
 */
export function eldersAgeSaid(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!ELDER_WORDS.has(words[i])) continue;
    for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
      const n = /^\d{2,3}$/.test(words[j]) ? Number(words[j]) : undefined;
      if (n !== undefined) {
        // "my dad (68) drinks": after an elder's age "drinks" is the verb; 68 drinks would be no count to give.
        const after = words[j + 1] ?? '';
        if (n >= ELDER_AGE && n <= 110 && (after === 'drinks' || !NOT_AGE_AFTER.has(after))) return true;
        break;
      }
      if (!AGE_LINK.has(words[j])) break;
    }
  }
  return false;
}

/** Words after an ordinal that make it something other than a meeting of the list. */
const NOT_ITEM_AFTER = new Set([
  'grade',
  'grader',
  'graders',
  'step',
  'steps',
  'time',
  'times',
  'year',
  'birthday',
  'grado',
]);

/** Words before a street: "at 4th and quaker", "on 34th", "off 50th". Not "the", which points at a meeting. */
const AT_A_STREET = new Set(['at', 'on', 'off', 'near', 'by', 'of', 'corner']);
/** Words that join two streets at a corner: "4th and quaker", "19th & university". */
const CORNER_JOINS = new Set(['and', 'n', '&', 'y']);

/**
 * Whether the ordinal at `i` names a street at a corner ("im at 4th and quaker", "50th and indiana"): followed by
 * "and" and a word that is no ordinal ("the 2nd and 3rd" are two meetings), or after "at", "on" (the twentieth
 * session's probe read "4th" as the 4th meeting and "at 4" as 4pm).
 */
function isCrossStreet(words: readonly string[], i: number): boolean {
  if (AT_A_STREET.has(words[i - 1] ?? '')) return true;
  const next = words[i + 2] ?? '';
  return CORNER_JOINS.has(words[i + 1] ?? '') && next !== '' && !DIGIT_ORDINAL.test(next) && !/^\d/.test(next);
}

/** Ordinals written with digits: "2nd", "3rd", "1st", "4th". */
const DIGIT_ORDINAL = /^(\d{1,2})(?:st|nd|rd|th|o|a|do|da|ro|ra|to|ta|er)$/;

/**
 * A meeting number written as a number: "#2" (the words keep "2" right after where "#" was),
 * "number 2", "no 3", "2nd". `afterDetails` also accepts a bare small number once a details
 * phrase was found ("address 2").
 */
export function itemNumber(rawPlain: string, words: readonly string[], afterDetails: boolean): number | undefined {
  const hash = /#\s?(\d{1,2})\b/.exec(rawPlain);
  if (hash) return Number(hash[1]);
  for (let i = 0; i < words.length; i++) {
    const ord = DIGIT_ORDINAL.exec(words[i]);
    // "the 2nd one" is a meeting; "in 9th grade", "a 10th grader", "5th step", "34th street" are not.
    if (
      ord &&
      !NOT_ITEM_AFTER.has(words[i + 1] ?? '') &&
      !STREET_SUFFIXES.has(words[i + 1] ?? '') &&
      !isCrossStreet(words, i)
    )
      return Number(ord[1]);
    if (
      (words[i] === 'number' || words[i] === 'numero' || words[i] === 'num' || words[i] === 'no') &&
      /^\d{1,2}$/.test(words[i + 1] ?? '') &&
      // "no 12 step stuff": the steps turned down, no meeting No. 12.
      // "no 12 step", "no 12 pasos": the steps, not a count.
      !STEP_WORDS.has(words[i + 2] ?? '')
    ) {
      return Number(words[i + 1]);
    }
  }
  if (afterDetails) {
    const small = words.find((w) => /^\d{1,2}$/.test(w));
    if (small) return Number(small);
  }
  return undefined;
}

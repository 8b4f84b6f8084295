import { plainWords } from '../directory/plainWords';
import { STREET_WORDS } from '../text/streetWords';
import { containsAnyWord } from '../text/answerMatch';
import { closeEnough, TYPO_MIN_LENGTH } from '../text/editDistance';
import { whenWordsIn, type PartWord, type WhenWord } from '../directory/parseWhen';
import { textWords } from '../text/textWords';
import { leavesTimeOut, PART_WORDS, WHEN_WORDS } from '../text/timeWords';
import { promisesToGoAt } from './plannedGoing';
import type { Meeting } from '../directory/types';

/**
 * A stopgap reader for answers to a list of meetings ("2", "where is the 2nd one", "saturday?",
 * "women", "just NA", "online", a meeting's name), writing the context names the understanding
 * step will write (item, when, part, wants, programs, mode). Kept small and apart on purpose:
 * it is replaced by src/understand/ when that lands.
 */

/** What an answer to a list of meetings asks for; undefined fields were not mentioned. */
export interface ResultAnswer {
  /** 1-based position of a meeting shown. */
  item?: number;
  when?: WhenWord;
  part?: PartWord;
  wants?: string[];
  programs?: string[];
  mode?: 'in_person' | 'online' | 'phone';
  /** "any day", "any meeting": drop the day and time, or the preferences, asked for before. */
  anyTime?: true;
  anyKind?: true;
}

const ANY_TIME = ['any day', 'any time', 'anytime', 'whenever', 'cualquier dia', 'cualquier hora'];
const ANY_KIND = ['any meeting', 'all meetings', 'any kind', 'cualquier reunion', 'todas las reuniones'];

const WANT_WORDS: Record<string, string[]> = {
  women: ['women', 'womens', 'woman', 'ladies', 'female', 'mujeres', 'mujer'],
  men: ['men', 'mens', 'man only', 'male', 'hombres'],
  lgbtq: ['lgbtq', 'lgbt', 'lgbtqia', 'gay', 'lesbian', 'queer', 'trans'],
  spanish: ['spanish', 'espanol', 'in spanish', 'latino', 'hispano'],
  young_people: ['young people', 'young', 'youth', 'jovenes'],
  wheelchair: ['wheelchair', 'accessible', 'handicap', 'silla de ruedas'],
  asl: ['asl', 'sign language', 'interpreter', 'deaf', 'lengua de senas', 'lenguaje de senas', 'interprete'],
  newcomer: [
    'newcomer',
    'newcomers',
    'new comer',
    'beginner',
    'beginners',
    'first time',
    'principiantes',
    'principiante',
  ],
  open: ['open', 'abierta', 'abiertas', 'open meeting'],
  closed: ['closed', 'cerrada', 'cerradas'],
  speaker: ['speaker', 'speakers', 'speaker meeting', 'orador', 'oradores'],
  big_book: ['big book study', 'big book meeting', 'big book meetings', 'libro grande'],
  step_study: ['step study', 'step studies', 'step meeting', 'step meetings', 'estudio de pasos'],
};

const PROGRAM_WORDS: Record<string, string[]> = {
  aa: ['aa', 'alcoholics anonymous', 'alcoholicos anonimos'],
  na: ['na', 'narcotics anonymous', 'narcoticos anonimos'],
  smart: ['smart', 'smart recovery'],
  mara: ['mara'],
  alanon: ['al anon', 'alanon'],
  alateen: ['alateen', 'ala teen'],
  naranon: ['nar anon', 'naranon'],
  ga: ['ga', 'gamblers anonymous', 'jugadores anonimos'],
  gamanon: ['gam anon', 'gamanon'],
};

const MODE_WORDS: Record<NonNullable<ResultAnswer['mode']>, string[]> = {
  online: ['online', 'zoom', 'virtual', 'en linea', 'internet', 'video'],
  phone: ['phone', 'by phone', 'telefono', 'call in', 'dial in', 'por tel'],
  in_person: ['in person', 'en persona', 'near me', 'nearby', 'face to face'],
};

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  primero: 1,
  primera: 1,
  second: 2,
  '2nd': 2,
  two: 2,
  segundo: 2,
  segunda: 2,
  dos: 2,
  third: 3,
  '3rd': 3,
  three: 3,
  tercero: 3,
  tercera: 3,
  tres: 3,
};

/** Words that say nothing about which meeting: left out when matching a meeting's name. */
const FILLER = new Set([
  ...(
    'where is the a an for of to how do i get address directions direction location map which one please pls ' +
    'what about meeting group afg aa na al anon alateen donde esta la el de reunion grupo direccion on suite ' +
    // Small words of a question, which name no meeting: "hay en lubbock?" is not "Groupo Hay Una Esperanza", "is
    // there one in amarillo" not "There Is A Solution" (the sixteenth session's probe).
    'hay una un uno en y que es son mas algo otra otro las los is there any in and at it one ones that this me my mi ' +
    'con por para cerca near'
  ).split(' '),
  // A street's kind, now that a meeting is matched by its street too: "street" alone is in most of them.
  ...STREET_WORDS,
]);

/** Time words read with one typo allowed ("saturdy", "tomorow"): the rest of the answer is read as typed. */
const TIME_WORDS = [...WHEN_WORDS, ...PART_WORDS, 'domingo', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado'];

/**
 * Each time word as a list of its own, made once: containsAnyWord remembers a list's phrases by the
 * list, so a list made per call was read again, and remembered again, on every answer at the results.
 */
const TIME_WORD_LISTS: ReadonlyArray<readonly [string]> = TIME_WORDS.map((w) => [w] as const);

/** The answer with the time words it names through a typo added as spelled, so the day reader finds them. */
function withTimeTypos(text: string, plain: string): string {
  let misspelt = '';
  for (const list of TIME_WORD_LISTS) {
    if (!says(plain, list[0]) && containsAnyWord(text, list)) misspelt += ` ${list[0]}`;
  }
  return misspelt ? text + misspelt : text;
}

/**
 * "last" or "ultima" that points at the last meeting shown ("the last one", "la ultima"), not at a time gone by
 * ("i went last week", "last tuesday", "la ultima vez"): a sentence about the past picks no meeting.
 */
const LAST_POINTER =
  /(?:^| )(?:last|ultimo|ultima)(?! (?:drink|drinks|drank|dose|hit|shot|relapse|week|wk|month|year|yr|night|time|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|semana|mes|ano|noche|vez|fin|lunes|martes|miercoles|jueves|viernes|sabado|domingo)(?: |$))(?= |$)/;

/**
 * A number that counts something ("2 kids", "3 times", "2 hrs away", "3 veces"): the texter telling, not
 * picking meeting 2 or 3.
 */
const COUNTED =
  /^\s*(?:times?|x|kids?|children|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|mi|miles?|people|drinks?|beers?|veces|hijos?|horas?|dias?|semanas?|meses|anos|millas|personas)\b/i;

/**
 * How many words of a text must name a meeting for it to pick one by name: one in a short text ("our group?"),
 * two in a sentence, where one shared word ("i went to a group", "it was closed") is chance.
 */
function nameWordsNeeded(words: string[]): number {
  return words.length > 4 ? 2 : 1;
}

/** A room found shut ("it was closed", "its closed now", "estaba cerrada"): no want for closed meetings. */
const WAS_CLOSED = / (?:was|were|is|its|been|are|now|got|estaba|estaban|esta|estan) (?:\w+ )?(?:closed|cerrad[oa]s?) /;

/**
 * "my first meeting", "first time", "mi primera vez", "do i need to call first": the texter's first, no meeting's. Also
 * "first" as the order of the texter's own questions (probe 35: "first i want to know if its free" at a list showed
 * meeting 1): "first off", "first of all", "first i (want|need) to know|ask", "primero quiero saber". Not "first one".
 */
const FIRST_OF_THE_TEXTER =
  / (?:my|mi|our|your) (?:first|1st|primer|primera|primero) | (?:first|1st|primera|primero) (?:time|timer|vez|thing) | \w+ (?:call|go|ask|register|sign up|check) first $|^ ?(?:ok |so |but |well )?(?:first|firstly|primero) (?:off|of all|things first|question|of|lo primero|que nada|(?:i|we) (?:just )?(?:want|wanna|wanted|need|needed|gotta|have|would like|d like|like) (?:to )?(?:know|ask|check|find out|make sure|a question|question)|(?:quiero|quisiera|necesito|queria) (?:saber|preguntar))\b/;

/** Whole-word phrase test on plain words padded with spaces. */
function says(plain: string, phrase: string): boolean {
  return plain.includes(` ${phrase} `);
}

/**
 * Words right before a way to meet that turn it down or say it is lacked: "i dont have zoom", "cant do zoom", "no
 * zoom", "no tengo zoom". The way is then no choice of it (the nineteenth session's probe: "i cant do zoom" at a
 * phone list listed Zoom meetings).
 */
const WAY_LACKED =
  /\b(?:dont|doesnt|cant|cannot|wont|not|no|without|never|havent)(?: (?:have|do|use|get|got|like|want|tengo|uso|puedo|usar|hacer))? $/;

/** Whether the text names a way to meet (`phrase`) other than as turned down or lacked. */
function saysWay(plain: string, phrase: string): boolean {
  for (let at = plain.indexOf(` ${phrase} `); at >= 0; at = plain.indexOf(` ${phrase} `, at + 1)) {
    if (!WAY_LACKED.test(plain.slice(Math.max(0, at - 24), at + 1))) return true;
  }
  return false;
}

function found(plain: string, table: Record<string, string[]>): string[] {
  return Object.keys(table).filter((key) => table[key].some((w) => says(plain, w)));
}

/**
 * Words after an opening "na" that make it "nah", a no to the meetings shown: "na this one is too far", "na those are
 * too early", "na im good" (the thirty-sixth probe searched NA at an AA list).
 */
const AFTER_NAH: ReadonlySet<string> = new Set(
  'this that those these it its thats i im too thanks thx ty nothing none never no nope ok lol just maybe'.split(' '),
);
/** What "na this" may ask NA for: "na this weekend", "na this saturday". */
const THIS_TIME: ReadonlySet<string> = new Set(
  'weekend wknd week morning afternoon evening monday tuesday wednesday thursday friday saturday sunday sat sun'.split(
    ' ',
  ),
);

/** Whether the text opens with "na" said as "nah" (AFTER_NAH next), with no other "na" in it. */
function nahOpening(plain: string): boolean {
  const words = plain.trim().split(' ');
  if (words[0] !== 'na' || !AFTER_NAH.has(words[1]) || words.indexOf('na', 1) >= 0) return false;
  return !(words[1] === 'this' && THIS_TIME.has(words[2]));
}

/** Words before a word that turn it down: "not lubbock", "no la de lubbock". */
const TURNED_DOWN = new Set(['not', 'no', 'nor']);

/**
 * The meeting an answer points at, 1-based: a number ("2", "#2", "no. 2"), an ordinal ("the 2nd
 * one", "the last one"), or the best match for a shown meeting's name; undefined when none.
 */
export function itemIn(text: string, shownNames: string[]): number | undefined {
  const plain = ` ${plainWords(text)} `;
  const count = shownNames.length;
  if (count === 0) return undefined;
  const digits = /(?:^|[\s#(]|no\.?\s*|num(?:ber)?\.?\s*)([1-9])(?:st|nd|rd|th)?(?=$|[\s?.!,)])/i.exec(text.trim());
  if (digits && !/\d{2,}/.test(text) && !COUNTED.test(text.trim().slice(digits.index + digits[0].length))) {
    const n = Number(digits[1]);
    return n <= count ? n : undefined;
  }
  for (const [word, n] of Object.entries(ORDINALS)) {
    if (says(plain, word) && n <= count && !COUNTED.test(plain.slice(plain.indexOf(` ${word} `) + word.length + 2)))
      if (n !== 1 || !FIRST_OF_THE_TEXTER.test(plain)) return n;
  }
  if (LAST_POINTER.test(plain.trim())) return count;
  // "not lubbock, levelland": a word turned down names no meeting (the place after it is the answer), nor does the
  // "not" itself ("not rochester, canandaigua" is no "The Not Yet Group").
  // "after school", "before church": a time said, never a name's word ("NA The Morning After", "Church St").
  const words = plain
    .trim()
    .split(' ')
    .filter(
      (w, k, all) =>
        w.length > 1 &&
        !FILLER.has(w) &&
        !TURNED_DOWN.has(w) &&
        !TURNED_DOWN.has(all[k - 1] ?? '') &&
        !startsATime(all, k) &&
        !startsATime(all, k - 1),
    );
  if (words.length === 0) return undefined;
  let best: number | undefined;
  let bestScore = 0;
  let tie = false;
  shownNames.forEach((name, i) => {
    const nameWords = new Set(plainWords(name).split(' '));
    const score = words.filter((w) => nameWords.has(w) || nameWordWithTypo(w, nameWords)).length;
    if (score > bestScore) [best, bestScore, tie] = [i + 1, score, false];
    // The same group at the same place on two days ("El Buen Camino" Thursday and Friday) is one answer: the first.
    else if (score === bestScore && score > 0 && name !== shownNames[(best ?? 0) - 1]) tie = true;
  });
  return bestScore >= nameWordsNeeded(words) && !tie ? best : undefined;
}

/** Words that put a time before the word after them: "after school", "before work", "till close", "despues de". */
const TIME_RELATIONS = new Set(['after', 'before', 'till', 'til', 'until', 'despues', 'antes']);

/**
 * Whether the word at `k` starts a time said relative to something ("after school", "before church"): a word of time
 * relation with a word after it that is no filler ("the morning after one" still names "The Morning After").
 */
function startsATime(words: readonly string[], k: number): boolean {
  if (!TIME_RELATIONS.has(words[k] ?? '')) return false;
  const next = words[k + 1];
  return next !== undefined && !FILLER.has(next);
}

/**
 * Whether a long word is one typo from a word of a meeting's name: "esperanza" for the feed's "Esperenza", "serentiy"
 * for "Serenity". Short words must match as written ("hope" is not "hops").
 */
function nameWordWithTypo(word: string, nameWords: ReadonlySet<string>): boolean {
  if (word.length < TYPO_MIN_LENGTH) return false;
  for (const n of nameWords) if (n.length >= TYPO_MIN_LENGTH && closeEnough(word, n)) return true;
  return false;
}

/**
 * A meeting as the texter may name it back: its name and its street ("the one on hughes street"), the street's
 * bare house number left out so a ZIP or a count said again points at no meeting.
 */
export function nameAndStreet(m: Meeting | undefined): string {
  if (!m) return '';
  const street = (m.address ?? '').replace(/\b\d+\b/g, ' ');
  return `${m.name} ${street}`;
}

/**
 * Reads an answer to a list of meetings: which meeting it points at, or how to narrow or widen
 * the search. Undefined when it says nothing this reader knows.
 */
export function readResultAnswer(text: string, shownNames: string[]): ResultAnswer | undefined {
  if (typeof text !== 'string' || !text.trim()) return undefined;
  const plain = ` ${plainWords(text)} `;
  const answer: ResultAnswer = {};
  const time = whenWordsIn(withTimeTypos(text, plain));
  // "any day but wednesday": the day is dropped, never narrowed to the one left out.
  const words = textWords(text);
  // "ill go to the one tomorrow", "voy a ir hoy": when the texter will go, no day to narrow to (plannedGoing.ts).
  const promised = promisesToGoAt(words);
  if (leavesTimeOut(words)) answer.anyTime = true;
  else if (!promised) {
    if (time.when) answer.when = time.when;
    if (time.part) answer.part = time.part;
  }
  // "it was closed", "estaba cerrada": what the texter found at the door, not closed meetings asked for.
  const wants = found(plain, WANT_WORDS).filter((w) => w !== 'closed' || !WAS_CLOSED.test(plain));
  if (wants.length) answer.wants = wants;
  const programs = found(plain, PROGRAM_WORDS).filter((p) => p !== 'na' || !nahOpening(plain));
  if (programs.length) answer.programs = programs;
  const mode = (Object.keys(MODE_WORDS) as Array<NonNullable<ResultAnswer['mode']>>).find((m) =>
    MODE_WORDS[m].some((w) => saysWay(plain, w)),
  );
  if (mode) answer.mode = mode;
  if (!answer.when && !answer.part && ANY_TIME.some((w) => says(plain, w))) answer.anyTime = true;
  if (!answer.wants && ANY_KIND.some((w) => says(plain, w))) answer.anyKind = true;
  const narrows = Object.keys(answer).length > 0;
  const item = itemIn(text, shownNames);
  // "where is the 2nd one" points at a meeting; "saturday" or "women" narrows the search.
  if (
    item !== undefined &&
    (!narrows || /\d|first|second|third|last|1st|2nd|3rd|where|address|direction|donde/i.test(text))
  )
    return { item };
  return narrows ? answer : undefined;
}

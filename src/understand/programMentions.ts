/**
 * A program named as the one something happened with, not the one asked for: "the NA people said im not
 * clean", "my AA sponsor told me", "got kicked out of NA", "NA didnt work for me", "los de AA me dijeron". A
 * texter hurt or let down by a program is not asking for its meetings first; the usual programs for their
 * situation are offered instead, the others among them.
 */

/** Who in a program does or says something: "the NA people", "my AA sponsor", "los de AA me". */
const PROGRAM_PEOPLE = new Set([
  'people',
  'members',
  'folks',
  'guys',
  'guy',
  'lady',
  'sponsor',
  'sponser',
  'sponsors',
  'oldtimers',
  'they',
  'someone',
  'somebody',
  'everyone',
  'a',
  'gente',
  'padrino',
  'madrina',
  'miembros',
  'me',
  'nos',
  'no',
  'never',
  'nunca',
  'just',
]);

/** What a program, or someone in it, did: "said", "told", "judged", "didnt work", "me dijeron", "no me sirvio". */
const DONE_BY_PROGRAM = new Set([
  'said',
  'say',
  'says',
  'told',
  'tell',
  'tells',
  'think',
  'thinks',
  'thought',
  'judge',
  'judges',
  'judged',
  'judging',
  'kicked',
  'banned',
  'treated',
  'made',
  'makes',
  'wont',
  'didnt',
  'doesnt',
  'dont',
  'isnt',
  'wasnt',
  'aint',
  'hasnt',
  'wouldnt',
  'worked',
  'dijo',
  'dijeron',
  'dicen',
  'decian',
  'juzgan',
  'juzgaron',
  'funciono',
  'funciona',
  'sirvio',
  'sirve',
  'trataron',
  'corrieron',
  'sacaron',
]);

/** What the texter did with a program before: "kicked out of NA", "quit AA", "tried AA", "me corrieron de NA". */
const DONE_WITH_PROGRAM = new Set([
  'kicked',
  'thrown',
  'banned',
  'quit',
  'left',
  'hate',
  'hated',
  'tried',
  'corrieron',
  'sacaron',
  'echaron',
  'expulsaron',
  'deje',
  'odio',
]);

/** Up to how many people words may stand between a program and what it did: "the NA people said". */
const PEOPLE_BETWEEN = 2;
/** How far back a texter's past doing with a program may be: "got kicked out of NA". */
const DONE_BEFORE = 3;

/**
 * Whether the program named by the words from `start` to `end` is only told of, something it or its people did
 * or the texter did with it ("the NA people said", "kicked out of NA"), rather than asked for. What the texter did is
 * looked for from `from` on, the start of the name's clause: in "tried AA, hated the god stuff" the trying is AA's,
 * and the wish for no god stuff (SMART Recovery) is still asked for.
 */
export function isToldOf(words: readonly string[], start: number, end: number, from = 0): boolean {
  for (let j = end; j < words.length && j <= end + PEOPLE_BETWEEN; j++) {
    if (DONE_BY_PROGRAM.has(words[j])) return true;
    if (!PROGRAM_PEOPLE.has(words[j])) break;
  }
  for (let j = Math.max(from, start - DONE_BEFORE); j < start; j++) if (DONE_WITH_PROGRAM.has(words[j])) return true;
  return false;
}

/**
 * Words that ask what a program is, said right before its name: "what is", "whats", "que es". Written as said, with
 * the apostrophe gone ("what's" is "whats") or split off ("what s").
 */
const ASKS_WHAT = [
  ['what', 'is'],
  ['whats'],
  ['what', 's'],
  ['wats'],
  ['wat', 'is'],
  ['what', 'exactly', 'is'],
  ['que', 'es'],
  ['q', 'es'],
  ['que', 'significa'],
  ['que', 'quiere', 'decir'],
];

/** Words that end a question about the name ("what does al anon mean", "is smart for families"), by the lead. */
const ASKS_MEANING: ReadonlyArray<[lead: string[], after: string]> = [
  [['what', 'does'], 'mean'],
  [['what', 'do'], 'mean'],
  [['is'], 'for'],
  [['es'], 'para'],
];

/** An article between the question and the name: "what is an AA", "que es el al-anon". */
const ARTICLES = new Set(['a', 'an', 'the', 'el', 'la', 'un', 'una']);

/** What may follow the name in a question about it: nothing, or "about", "for" ("what is smart about?"). */
const AFTER_NAME = new Set([
  'about',
  'exactly',
  'anyway',
  'again',
  'really',
  'like',
  'for',
  'mean',
  'means',
  'exactamente',
]);

/** Whether `words` from `at` on are `lead`. */
function saidAt(words: readonly string[], at: number, lead: readonly string[]): boolean {
  return at >= 0 && lead.every((word, k) => words[at + k] === word);
}

/**
 * Whether the program named by the words from `start` to `end` is asked about, what it is, rather than asked for:
 * "whats al anon", "what is smart recovery?", "what does MARA mean", "is nar anon for me", "que es al-anon". A
 * texter asking what something is wants to know; "i want al anon" or "al anon meetings" still choose it.
 */
export function isAskedAbout(words: readonly string[], start: number, end: number): boolean {
  const name = ARTICLES.has(words[start - 1]) ? start - 1 : start;
  // "na and" heard as one phrase ("the difference between NA and AA"): the joining word ends it, so it is the next
  // (the twentieth session's probe kept "NA meetings" and "about alcohol" from the question).
  const next = end - start > 1 && COMPARED_WITH.has(words[end - 1]) ? words[end - 1] : words[end];
  // A name heard with the word joining it to the first ("and na") is the second.
  if (inDifferenceQuestion(words, COMPARED_WITH.has(words[name]) ? name + 1 : name, next)) return true;
  for (const [lead, after] of ASKS_MEANING) {
    if (next === after && saidAt(words, name - lead.length, lead) && (lead.length > 1 || name - 1 === 0)) return true;
  }
  if (next !== undefined && !AFTER_NAME.has(next)) return false;
  // A name the flow takes only as a whole text ("=smart") is listed with its question too ("que es smart").
  if (ASKS_WHAT.some((lead) => saidAt(words, start, lead))) return true;
  return ASKS_WHAT.some((lead) => saidAt(words, name - lead.length, lead));
}

/**
 * "difference", "differences", "diferencia", and as they are misspelt ("diffrence", "diference", "differance": the
 * twenty-ninth session's probe took "whats the diffrence between aa and na" for a wish for both, about alcohol).
 */
const DIFFERENCE = /^dif+e?r[ae]n(?:ce|ces|se|ses|cia|cias|sia|sias)$/;
/** The word after it: "between", "entre", as texted short. */
const BETWEEN = new Set(['between', 'btwn', 'btw', 'entre']);

/** Whether the two words ending right before `at` ask how two programs differ: "the difference between". */
function differenceLeadBefore(words: readonly string[], at: number): boolean {
  return at >= 2 && DIFFERENCE.test(words[at - 2]) && BETWEEN.has(words[at - 1]);
}
/** Words between the two programs compared: "al anon and alateen", "aa vs na", "aa y na". */
const COMPARED_WITH = new Set(['and', 'vs', 'versus', 'or', 'y', 'o', '&']);
/** How many words the first program's name may take, between the lead and the word joining them. */
const COMPARED_NAME_MAX = 4;

/**
 * Whether the name at `name` is one of two programs whose difference is asked ("whats the difference between al anon
 * and alateen", "aa vs na?", "diferencia entre aa y na"): the first right after the lead, the second after the word
 * joining them. `next` is the word after the name.
 */
function inDifferenceQuestion(words: readonly string[], name: number, next: string | undefined): boolean {
  // The first, right after the lead: then the word joining it to the second, or the end.
  if (differenceLeadBefore(words, name)) return next === undefined || COMPARED_WITH.has(next) || AFTER_NAME.has(next);
  // The first of "aa vs na".
  if (next === 'vs' || next === 'versus') return true;
  // The second, whatever follows it ("... and alateen, my son drinks"): after the joining word, with the lead before.
  if (!COMPARED_WITH.has(words[name - 1] ?? '')) return false;
  if ((words[name - 1] === 'vs' || words[name - 1] === 'versus') && name - 1 <= COMPARED_NAME_MAX) return true;
  for (let at = name - 2; at >= 0 && at >= name - 1 - COMPARED_NAME_MAX; at--) {
    if (differenceLeadBefore(words, at)) return true;
  }
  return false;
}

/**
 * Words that ask whether a program fits, before the name: "is al anon for me", "would NA be right for me", "es AA
 * para mi". With NAME_FIT_LEADS after it instead: "do you think aa is for me", "al anon es para mi?".
 */
const FIT_LEADS = new Set(['is', 'isnt', 'would', 'could', 'will', 'might', 'es', 'seria', 'sera']);
/** Words after the name that ask whether it fits: "aa is for me", "al anon es para mi", "na would be right for me". */
const NAME_FIT_LEADS = new Set(['is', 'es', 'seria', 'sera', 'would', 'could', 'might']);
/** Words that make what follows a question, said before the name: "do you think", "i wonder if", "crees que". */
const ASKING_WORDS = new Set(['think', 'wonder', 'if', 'whether', 'sure', 'crees', 'cree', 'piensas', 'si']);
/** How far back an asking word may be: "do you think al anon is for me". */
const ASKING_BEFORE = 4;
/** Words of fitting between the name and "for me": "be right", "a good fit", "lo indicado", "bueno". */
const FIT_WORDS = new Set([
  'be',
  'right',
  'good',
  'ok',
  'okay',
  'meant',
  'helpful',
  'a',
  'the',
  'fit',
  'place',
  'one',
  'program',
  'group',
  'ser',
  'bueno',
  'buena',
  'lo',
  'indicado',
  'adecuado',
  'algo',
]);
/** How many fitting words may stand between the name and "for me". */
const FIT_WORDS_MAX = 3;
/** "for me", "para mi": the end of a question whether a program fits. */
const FOR_ME: ReadonlyArray<readonly string[]> = [
  ['for', 'me'],
  ['para', 'mi'],
];

/**
 * Where the "for me" of a question whether a program fits the texter ends, for the program named by the words from
 * `start` to `end`: "is al anon for me", "would NA be right for me", "do you think aa is for me", "al-anon es para
 * mi?" (`asks`: the text has a question mark). Undefined when it is no such question: "i need aa for me".
 */
export function fitQuestionEnd(
  words: readonly string[],
  start: number,
  end: number,
  asks: boolean,
): number | undefined {
  const name = ARTICLES.has(words[start - 1]) ? start - 1 : start;
  let j = end;
  // "is al anon for me": the question before the name; "al anon es para mi?": after it, as a question.
  if (!FIT_LEADS.has(words[name - 1] ?? '')) {
    if (!NAME_FIT_LEADS.has(words[j] ?? '')) return undefined;
    const asking = words.slice(Math.max(0, name - ASKING_BEFORE), name).some((x) => ASKING_WORDS.has(x));
    if (!asks && !asking) return undefined;
    j++;
  }
  for (let k = 0; k < FIT_WORDS_MAX && FIT_WORDS.has(words[j] ?? ''); k++) j++;
  const forMe = FOR_ME.find((pair) => saidAt(words, j, pair));
  return forMe ? j + forMe.length : undefined;
}

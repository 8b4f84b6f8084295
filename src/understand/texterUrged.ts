import type { SaidWords } from './heardWords';
import type { LanguageLexicon } from './lexicon';

/**
 * "my boyfriend wants me to go to meetings", "my wife keeps telling me to get help", "my PO says i have to go",
 * "mi esposa me pide que vaya a juntas": someone close urges the texter. The one named is who sent them, not whom the
 * help is for: the help is the texter's own. Without this the line heard "boyfriend" and asked about his drinking.
 */

/** Words of urging someone, said of the one who urges: "wants me to", "told me to", "is making me go". */
const URGING = new Set([
  'want',
  'wants',
  'wanted',
  'told',
  'tells',
  'tell',
  'telling',
  'asked',
  'asks',
  'asking',
  'ordered',
  'orders',
  'made',
  'makes',
  'making',
  'forced',
  'forces',
  'forcing',
  'pushed',
  'pushes',
  'pushing',
  'begged',
  'begs',
  'begging',
  'needs',
  'expects',
  'suggested',
  'suggests',
  'sent',
  'sends',
  'sending',
  'got',
  'gets',
]);

/** Words of thinking or saying something of the texter: "says i drink too much", "thinks im an addict". */
const SAYING = new Set(['says', 'said', 'saying', 'thinks', 'think', 'thought', 'worries', 'worried', 'feels', 'told']);

/** Words between the one who urges and the urging: "keeps telling me", "is making me", "has been begging me". */
const BETWEEN = new Set(['keeps', 'keep', 'kept', 'always', 'really', 'just', 'is', 'has', 'have', 'been', 'also']);

/**
 * What follows "me" when the urging is to do something: "wants me to", "made me go", "got me going", "made me text
 * this" (the eighteenth session's probe read "my mom made me text this" as help for the mom).
 */
const AFTER_ME = new Set([
  'to',
  'go',
  'going',
  'get',
  'getting',
  'try',
  'find',
  'attend',
  'quit',
  'stop',
  'i',
  'text',
  'texting',
  'call',
  'contact',
  'reach',
  'message',
  'write',
]);

/** Words of passing the line on to the texter: "my friend gave me this number", "my sister sent me this line". */
const GIVING = new Set([
  'gave',
  'give',
  'gives',
  'giving',
  'sent',
  'passed',
  'shared',
  'forwarded',
  'texted',
  'showed',
]);
/** What was passed on, up to two words after "me": "gave me this number", "sent me your number", "gave me the link". */
const THE_LINE = new Set(['number', 'line', 'link', 'info', 'textline', 'hotline', 'contact', 'site', 'website']);

/** Whether the word at `at` passes the line on to the texter: "gave me this number", "sent me the link". */
function passesLineOn(lx: LanguageLexicon, words: readonly string[], at: number): boolean {
  if (!GIVING.has(words[at] ?? '') || !lx.selfWords.has(words[at + 1] ?? '')) return false;
  return THE_LINE.has(words[at + 2] ?? '') || THE_LINE.has(words[at + 3] ?? '');
}

/** What follows a word of saying when it is said of the texter: "says i", "thinks im", "said that i". */
const TEXTER_AS_SUBJECT = new Set(['i', 'im', 'ive']);

/** Spanish: "me dice que", "me pide que", "me obliga a", "me manda a", "me exige que". */
const URGING_ES = new Set(['dice', 'dijo', 'pide', 'pidio', 'obliga', 'obligo', 'manda', 'mando', 'exige', 'insiste']);

/** Reaching the texter, before asking after them: "keeps texting me asking", "calls me asking", "hits me up asking". */
const REACHING = new Set([
  'texting',
  'texts',
  'texted',
  'calling',
  'calls',
  'called',
  'messaging',
  'messages',
  'hitting',
]);
/** Asking, before "if|whether" and the texter: "asking if im sober", "asks me whether i drank", "wants to know". */
const ASKING = new Set(['asking', 'asks', 'asked', 'ask', 'wondering', 'checking']);
/** "if", "whether": what is asked comes next. */
const IF_WORDS = new Set(['if', 'whether']);

/**
 * Whether the words at `at` ask after the texter: "keeps texting me asking if im sober", "asks me if i drank",
 * "calls me asking whether im using", "checking if im ok" (M1 of the thirtieth session's probe read an ex's nagging
 * as help for the ex). What is asked must be of the texter ("if i", "if im"): "asking if he can", "asked me for
 * help" are not.
 */
function asksAfterTexter(lx: LanguageLexicon, w: WrittenWords, at: number): boolean {
  const { words } = w;
  let j = at;
  // "texting me asking", "hitting me up asking": reaching the texter first.
  if (REACHING.has(words[j] ?? '') && lx.selfWords.has(words[j + 1] ?? '')) j += words[j + 2] === 'up' ? 3 : 2;
  if (!ASKING.has(words[j] ?? '') && !(words[j] === 'wants' && words[j + 1] === 'to' && words[j + 2] === 'know'))
    return false;
  j += ASKING.has(words[j] ?? '') ? 1 : 3;
  if (lx.selfWords.has(words[j] ?? '')) j++;
  if (!IF_WORDS.has(words[j] ?? '') || !TEXTER_AS_SUBJECT.has(words[j + 1] ?? '')) return false;
  // Asked of the texter's own use: "if im sober", "if ive been drinking". Not "if i want a drink" (an offer), "if i
  // know any na meetings" (for the one asking), "if i can buy vodka for her".
  return words.slice(j + 2, j + 5).some((x) => OWN_USE.has(x));
}

/** The texter's use or sobriety, asked after: "sober", "drinking", "using", "high", "clean", "relapsed". */
const OWN_USE = new Set(
  'sober drinking drunk drank using used high clean relapsed relapsing wasted buzzed loaded smoking'.split(' '),
);

/** The words of a message, corrected and as written (`said`), with their clause numbers. */
export interface WrittenWords extends SaidWords {
  said: readonly string[];
}

/** Before someone else who only comes along: "wants me to go to meetings with him" is still the texter's help. */
const COMPANY = new Set(['with', 'con']);

/**
 * Whether the family word ending at `end` (exclusive) urges the texter to go or to get help, or says something of
 * the texter: "my boyfriend wants me to go to meetings", "my mom keeps telling me i drink too much". Not when someone
 * else is named after it in its clause ("my son told me he uses", "my dad wants me to find him a meeting").
 */
export function urgesTexter(lx: LanguageLexicon, w: WrittenWords, end: number): boolean {
  const { words, clause } = w;
  // Read as written too: the typo step takes a word it does not list for a near one ("making" for "taking").
  const isIn = (set: ReadonlySet<string>, j: number) => set.has(words[j] ?? '') || set.has(w.said[j] ?? '');
  let at = end;
  while (at < end + 2 && isIn(BETWEEN, at) && clause[at] === clause[end]) at++;
  const next = words[at + 1] ?? '';
  const urged =
    (isIn(URGING, at) && lx.selfWords.has(next) && isIn(AFTER_ME, at + 2)) ||
    (isIn(SAYING, at) && (TEXTER_AS_SUBJECT.has(next) || (next === 'that' && isIn(TEXTER_AS_SUBJECT, at + 2)))) ||
    (words[at] === 'me' && isIn(URGING_ES, at + 1)) ||
    passesLineOn(lx, words, at) ||
    asksAfterTexter(lx, w, at);
  if (!urged && comesAlong(words, at) && clause[at] === clause[end]) return !someoneElseAfter(lx, w, at);
  if (!urged || clause[at] !== clause[end]) return false;
  return !someoneElseAfter(lx, w, at);
}

/** Words of wanting or being able, before coming along: "wants to come", "will come", "can join". */
const WILLING = new Set(['wants', 'want', 'wanna', 'will', 'can', 'may', 'might', 'would', 'is', 'quiere', 'puede']);
/** Coming along with the texter: "come", "join", "tag along", "venir", "acompanarme". */
const COMING = new Set(['come', 'join', 'tag', 'coming', 'venir', 'acompanarme', 'acompanar']);

/**
 * "open aa meeting my wife wants to come", "my husband will come with me": someone close comes along to the
 * texter's meeting; they are company, not whom the help is for.
 */
function comesAlong(words: readonly string[], at: number): boolean {
  if (!WILLING.has(words[at] ?? '')) return false;
  const to = words[at + 1] === 'to' || words[at + 1] === 'a' ? at + 2 : at + 1;
  return COMING.has(words[to] ?? '') && (words[at] !== 'is' || words[to] === 'coming');
}

/** Someone else named after the urging, in its clause, not as company: "told me he drinks", "wants me to take him". */
function someoneElseAfter(lx: LanguageLexicon, w: SaidWords, at: number): boolean {
  for (let j = at + 1; j < w.words.length && w.clause[j] === w.clause[at]; j++) {
    if (lx.otherWords.has(w.words[j]) && !COMPANY.has(w.words[j - 1] ?? '')) return true;
  }
  return false;
}

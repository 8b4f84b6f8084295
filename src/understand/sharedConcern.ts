import { offeredToTexter } from './drinkOffered';
import type { HeardPhrase, SaidWords } from './heardWords';
import { isFamilyAt, type LanguageLexicon } from './lexicon';
import { personStart } from './coParent';
import { wereMeansWeAre } from './medicationNotYet';
import { useOwnedBy } from './whoseUse';

/**
 * "me and my husband both drink", "i drink and so does my wife", "mi esposo y yo tomamos": the texter and
 * someone close to them share the trouble. The help is then for the texter (their own program, their
 * medication), and the family program is pointed to as well, since they live with someone who drinks or uses.
 */

/** What the message says of the person who shares the trouble: their family word, when one word names them. */
export interface SharedConcern {
  relation?: string;
}

/** Words joining two people: "me and my husband", "me n my bf", "yo y mi esposo". */
const AND_WORDS = new Set(['and', 'n', 'y', 'e']);
const POSSESSIVES = new Set(['my', 'our', 'mi', 'mis', 'nuestro', 'nuestra']);
/** "too", "also", "tambien": the other person does it as well ("so does", "as well" are read as pairs). */
export const ALSO_WORDS: ReadonlySet<string> = new Set(['too', 'also', 'tambien', 'igual']);
/** After "too" it means "overly", not "also": "drinks too much", "uses too many pills", "drinks too often". */
// "is it too late for me to get help", "am i too old": how the texter feels about it, not a use of their own as well.
const TOO_AS_OVERLY = new Set(
  ['much', 'many', 'often', 'hard', 'heavily', 'bad', 'badly', 'far', 'long', 'young', 'late', 'old', 'early'].concat([
    'soon',
    'scared',
    'afraid',
    'ashamed',
    'embarrassed',
    'tired',
    'nervous',
    'busy',
    'weak',
  ]),
);
/** A number before "too" is an age shared ("im 16 too"), not a use. */
const AN_AGE = /^\d{1,2}$/;
/** Words that start a text as more of what came before: "and meth", "plus pills", "y tambien mota". */
const ADDING_FIRST = new Set(['and', 'plus', 'y', 'also', 'tambien', 'ademas']);

/**
 * Whether a text adds to what was said before: "i also use meth", "pills too", "and meth", "coke as well", "tambien
 * fumo mota". Not "too" as "overly" ("i drink too much").
 */
export function addsToBefore(words: readonly string[]): boolean {
  if (ADDING_FIRST.has(words[0] ?? '')) return true;
  return words.some(
    (x, k) =>
      (ALSO_WORDS.has(x) && !(x === 'too' && TOO_AS_OVERLY.has(words[k + 1] ?? ''))) ||
      (x === 'as' && words[k + 1] === 'well') ||
      x === 'ademas',
  );
}

/** After "so": "so does my husband", "so do i", "so am i". */
const AFTER_SO = new Set(['does', 'do', 'did', 'am', 'is', 'are']);
/** "we both", "both of us", "ambos" ("los dos" is read apart): said of two people, one of them the texter. */
const BOTH_WORDS = new Set(['both', 'ambos', 'ambas']);
/** "we", "us", "nosotros": the texter among others (texterImplied.ts reads a use said of them as the texter's too). */
export const WE_WORDS: ReadonlySet<string> = new Set(['we', 'us', 'nosotros', 'nosotras']);
/** Words before a use that put it in the past: "yo antes tomaba", "solia tomar". */
const PAST_WORDS = new Set(['solia', 'antes']);
/** Past only with "to" after them: "i used to drink" ("use to", as often typed), not "we both use meth". */
const PAST_BEFORE_TO = new Set(['used', 'use']);
/** Slots that say someone drinks, uses or gambles. */
const USE_SLOTS = new Set(['concern', 'concern_weak']);

/** Whose a use is, and the word that says so. */
type Owner = { who: 'self' | 'family'; at: number };

/**
 * The nearest "I" or family word before a use, in its own clause ("my husband ... drinks"); with `others`,
 * "he" or "she" counts as family too. The one reading of whose a drink or drug is (audience.ts's ownerOf too).
 */
export function ownerAt(
  lx: LanguageLexicon,
  w: SaidWords,
  hit: HeardPhrase,
  others = false,
  memo?: OwnerMemo,
): Owner | undefined {
  const clause = w.clause[hit.start];
  // The positions this scan passes, each given what it finds (with `memo`): a scan from any of them finds the same.
  const passed: number[] = [];
  let found: Owner | null = null;
  for (let j = hit.end - 1; j >= 0 && w.clause[j] === clause; j--) {
    const known = memo?.[j];
    if (known !== undefined) {
      found = known;
      break;
    }
    if (memo) passed.push(j);
    const owner = ownerOfWord(lx, w, j, others);
    if (owner === SKIP_TWO) j--;
    else if (owner !== undefined) {
      found = owner;
      break;
    }
  }
  for (const j of passed) (memo as OwnerMemo)[j] = found;
  return found ?? undefined;
}

/**
 * What scans back from each word found, per text and for one `others`, shared by ownerAt's scans (null: no owner):
 * the uses of one long clause each scanned back to its start, quadratic in a text of many (the twenty-eighth
 * session's storm of "aa na ").
 */
export type OwnerMemo = Array<Owner | null | undefined>;

/** ownerOfWord's answer for "of mine": the two words are passed over. */
const SKIP_TWO = 'skip two';

/**
 * What the word at `j` says of whose a use after it is: an owner, none at all (null: "found" stops the scan), the
 * two words of "of mine" to pass over, or undefined to read the word before.
 */
function ownerOfWord(
  lx: LanguageLexicon,
  w: SaidWords,
  j: number,
  others: boolean,
): Owner | null | typeof SKIP_TWO | undefined {
  const word = w.words[j];
  // "a family member of mine drinks", "a friend of mine uses": whose the one named is, not who drinks.
  if ((word === 'mine' || word === 'ours') && w.words[j - 1] === 'of') return SKIP_TWO;
  if (isFamilyAt(lx, w.words, j)) return { who: 'family', at: j };
  // "do they allow suboxone in NA": "they" who allow it are the meeting's people, not someone who uses.
  if (others && lx.otherWords.has(word) && !ALLOWING.has(w.words[j + 1] ?? '')) return { who: 'family', at: j };
  // "mi papa me grita cuando esta borracho", "mi tio me cuida y toma": "me" right after them is whom they do it to.
  if (lx.lang === 'es' && word === 'me' && isFamilyAt(lx, w.words, j - 1)) return { who: 'family', at: j - 1 };
  // "my son lives with me and uses": "me" after a preposition is where the use is, not who uses.
  if (
    lx.selfWords.has(word) &&
    !(OBJECT_ME.has(word) && AROUND_ME.has(w.words[j - 1] ?? '')) &&
    word !== 'conmigo' &&
    !(lx.lang === 'es' && VERB_AS_NOUN_AFTER.has(w.words[j - 1] ?? ''))
  )
    return { who: 'self', at: j };
  // "i found pills in his room": what the texter found is not theirs.
  if (FOUND_WORDS.has(word)) return null;
  return undefined;
}

/**
 * Words before a Spanish "I" verb that make it a noun: "adicto al juego" (gambling, not "I gamble"), "el uso", "su
 * consumo" (the twenty-first session's probe: "mi esposo es adicto al juego" was read as both of them).
 */
const VERB_AS_NOUN_AFTER: ReadonlySet<string> = new Set(['al', 'el', 'del', 'su', 'sus', 'un', 'tu', 'ese', 'este']);

/** What a meeting's people may do about a medicine or a use: "do they allow suboxone", "will they let me". */
const ALLOWING: ReadonlySet<string> = new Set([
  'allow',
  'allows',
  'let',
  'lets',
  'accept',
  'accepts',
  'welcome',
  'mind',
  'care',
  'judge',
  'permit',
  'dejan',
  'aceptan',
  'permiten',
]);

/** The texter as the object of a preposition: "with me", "around me". */
const OBJECT_ME: ReadonlySet<string> = new Set(['me', 'mi']);
/** Prepositions that make "me" a place or company, not the one who drinks: "lives with me", "drinks around me". */
const AROUND_ME: ReadonlySet<string> = new Set([
  'with',
  'w',
  'around',
  'near',
  'behind',
  'against',
  'at',
  'to',
  'from',
  'con',
]);

/**
 * Verbs of finding something out about someone ("i found pills in his room", "we discovered vodka bottles"):
 * the thing found is theirs, not the finder's. Read back from the drink or drug, "i found myself drinking"
 * names the texter before the verb is reached. Not "caught": "i got caught drinking" is the texter's.
 */
const FOUND_WORDS: ReadonlySet<string> = new Set([
  'found',
  'find',
  'finding',
  'discovered',
  'smelled',
  'noticed',
  'encontre',
  'encontramos',
  'halle',
]);

/** The family word joined to the owner of a use: "me and my husband", "my husband and i". */
function joinedFamily(lx: LanguageLexicon, w: SaidWords, owner: Owner): number | undefined {
  const { words } = w;
  if (owner.who === 'family') {
    // "me and my husband both drink": the texter, "and", then the family word.
    const start = personStart(w, owner.at);
    const k = POSSESSIVES.has(words[start - 1] ?? '') ? start - 2 : start - 1;
    return AND_WORDS.has(words[k] ?? '') && lx.selfWords.has(words[k - 1] ?? '') ? owner.at : undefined;
  }
  // "my husband and i drink": the family word, "and", then the texter.
  if (!AND_WORDS.has(words[owner.at - 1] ?? '')) return undefined;
  return isFamilyAt(lx, words, owner.at - 2) ? owner.at - 2 : undefined;
}

/** The texter named as themselves beside someone: "me", "i", "myself", "yo" (not "im", "tengo"...). */
export const TEXTER_NAMED: ReadonlySet<string> = new Set(['me', 'i', 'myself', 'yo']);

/**
 * Where the family word is when the texter and someone close to them are named together and nothing else is said
 * of them: "me and my wife", "my husband and i", "for myself and my family", "yo y mi esposo" (the seventeenth
 * session's probe: "for your wife", and the drinker offered only Al-Anon). Undefined when they are not.
 */
function namedTogether(
  lx: LanguageLexicon,
  w: SaidWords,
  namesWhomFor: (index: number) => boolean,
): number | undefined {
  const { words } = w;
  let found: number | undefined;
  for (let j = 1; j < words.length - 1 && found === undefined; j++) {
    if (!AND_WORDS.has(words[j]) || w.clause[j - 1] !== w.clause[j + 1]) continue;
    const after = POSSESSIVES.has(words[j + 1]) ? j + 2 : j + 1;
    if (TEXTER_NAMED.has(words[j - 1]) && isFamilyAt(lx, words, after) && namesWhomFor(after)) found = after;
    else if (TEXTER_NAMED.has(words[j + 1]) && isFamilyAt(lx, words, j - 1) && namesWhomFor(j - 1)) found = j - 1;
  }
  // "me and my wife are worried about our son": a third person named is whom the two speak of.
  const others = words.some((_, k) => k !== found && isFamilyAt(lx, words, k) && namesWhomFor(k));
  return others ? undefined : found;
}

/**
 * The first word after `from` that `is` takes with "too", "so does", "tambien" beside it: the other person
 * does it as well ("i drink and my wife too", "my husband drinks and so do i").
 */
function alsoAfter(w: SaidWords, from: number, is: (index: number) => boolean): number | undefined {
  for (let j = from; j < w.words.length; j++) {
    if (!is(j)) continue;
    // The "too" must be said with the person, in their clause: "my mom is on methadone and she drinks too, im 14" is
    // the mom's "too" and the teen's age (probe 35 read "for you and your mom", with MARA and AA for the teen).
    const around = w.words.slice(Math.max(from, j - 3), j + 4).map((x, k) => {
      const at = Math.max(from, j - 3) + k;
      return w.clause[at] === w.clause[j] ? x : '';
    });
    const pair = (x: string, k: number) =>
      (x === 'so' && AFTER_SO.has(around[k + 1] ?? '')) || (x === 'as' && around[k + 1] === 'well');
    // "my husband drinks too much, i live in lubbock": that "too" is how much he drinks, not the texter as well.
    // "my best friend is 16 and drinks, im 16 too": the same age, not the drinking as well (the twentieth probe).
    const also = (x: string, k: number) =>
      ALSO_WORDS.has(x) &&
      !(x === 'too' && TOO_AS_OVERLY.has(around[k + 1] ?? '')) &&
      !AN_AGE.test(around[k - 1] ?? '');
    if (around.some((x, k) => also(x, k) || pair(x, k))) return j;
  }
  return undefined;
}

/** Whether a clause says "both" of two people, the texter among them: "we both", "both of us", "ambos". */
function bothInClause(lx: LanguageLexicon, w: SaidWords, clause: number): boolean {
  const words = w.words.filter((_, j) => w.clause[j] === clause);
  const both = words.some(
    (x, j) => BOTH_WORDS.has(x) || (x === 'dos' && (words[j - 1] === 'los' || words[j - 1] === 'las')),
  );
  // Spanish says "we" in the verb: "los dos tomamos", "ambos bebemos".
  const we = (x: string) => WE_WORDS.has(x) || lx.selfWords.has(x) || (lx.lang === 'es' && /[aei]mos$/.test(x));
  // "my wife and i, we're both on subs": "we're" texted without its apostrophe (medicationNotYet.ts).
  const wereAt = w.words.indexOf('were');
  return both && (words.some(we) || (wereAt >= 0 && w.clause[wereAt] === clause && wereMeansWeAre(w, wereAt)));
}

/** Whether a use is told as past ("i used to drink", "yo antes tomaba"). */
export function isPast(w: SaidWords, hit: HeardPhrase): boolean {
  for (let j = Math.max(0, hit.start - 3); j < hit.start; j++) {
    const word = w.words[j];
    if (PAST_WORDS.has(word) || (PAST_BEFORE_TO.has(word) && w.words[j + 1] === 'to')) return true;
  }
  return false;
}

/**
 * Whether the texter and someone close to them share the trouble the message names, and who that is.
 * `namesWhomFor` says whether the family word at an index names a living person the help could be for;
 * `relationWordAt` what the family word at an index is said back as (the word, or "childs_father" for "baby daddy").
 */
/** Whether a use heard is a medicine for recovery taken ("on methadone"): the medication's own words, not negated. */
export function medicineTaken(hits: readonly HeardPhrase[], h: HeardPhrase): boolean {
  return hits.some(
    (m) =>
      m.entry.slot === 'medication' && m.entry.value === 'true' && !m.negated && m.start <= h.start && h.end <= m.end,
  );
}

export function sharedConcern(
  lx: LanguageLexicon,
  w: SaidWords,
  hits: readonly HeardPhrase[],
  namesWhomFor: (index: number) => boolean,
  relationWordAt: (index: number) => string = (index) => w.words[index],
): SharedConcern | undefined {
  // A medicine taken for recovery is no use shared: "im on methadone and my husband drinks" is her recovery and his
  // drinking, so the help is for him (Al-Anon), not "for you and your husband" with AA for her (twenty-third probe).
  // Nor is a drink offered to the texter ("my wife pushes drinks on me and she drinks all day": hers alone).
  const uses = hits.filter(
    (h) =>
      USE_SLOTS.has(h.entry.slot) &&
      !h.negated &&
      !isPast(w, h) &&
      !medicineTaken(hits, h) &&
      !(h.entry.slot === 'concern' && offeredToTexter(lx, w, h)),
  );
  const relationAt = (j: number): SharedConcern => (namesWhomFor(j) ? { relation: relationWordAt(j) } : {});
  // "me and my wife", "my husband and i" with no drink or drug said (the answer to "Who is the help for?"), or one
  // only wished away ("me and my brother want to quit drinking"): both.
  if (!uses.length) {
    const together = namedTogether(lx, w, namesWhomFor);
    return together === undefined ? undefined : relationAt(together);
  }
  let selfUse: HeardPhrase | undefined;
  let familyUse: HeardPhrase | undefined;
  // Many uses in one clause ("aa na aa na ...") share their scans back and their clause's "both" (OwnerMemo).
  const owners: OwnerMemo = [];
  const both = new Map<number, boolean>();
  const bothIn = (clause: number): boolean => {
    let said = both.get(clause);
    if (said === undefined) both.set(clause, (said = bothInClause(lx, w, clause)));
    return said;
  };
  for (const use of uses) {
    // "my husband and i fight about his gambling": his alone, though "and i" stands beside him (whoseUse.ts).
    if (useOwnedBy(w, use) === 'family') continue;
    const owner = ownerAt(lx, w, use, false, owners);
    const joined = owner && joinedFamily(lx, w, owner);
    if (joined !== undefined && namesWhomFor(joined)) return relationAt(joined);
    // "we both drink", "both of us", "los dos tomamos": two people, the texter one of them. Not when the use is
    // someone else's alone ("my husband and i are both worried about our son's drinking").
    if (owner?.who !== 'family' && bothIn(w.clause[use.start])) {
      const family = w.words.findIndex((_, j) => isFamilyAt(lx, w.words, j) && namesWhomFor(j));
      return family >= 0 ? relationAt(family) : {};
    }
    if (owner?.who === 'self') selfUse ??= use;
    else if (owner && namesWhomFor(owner.at)) familyUse ??= use;
  }
  const family = () => w.words.findIndex((_, j) => isFamilyAt(lx, w.words, j) && namesWhomFor(j));
  // "i drink and my husband drinks too": each names a use of their own.
  if (selfUse && familyUse) return family() >= 0 ? relationAt(family()) : {};
  if (selfUse) {
    const also = alsoAfter(w, selfUse.end, (j) => isFamilyAt(lx, w.words, j));
    return also !== undefined && namesWhomFor(also) ? relationAt(also) : undefined;
  }
  // "my husband drinks and so do i", "mi esposo toma y yo tambien".
  if (familyUse && alsoAfter(w, familyUse.end, (j) => lx.selfWords.has(w.words[j])) !== undefined)
    return relationAt(family());
  return undefined;
}

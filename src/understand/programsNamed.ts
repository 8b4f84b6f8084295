import { MEETING_NOUNS } from '../text/meetingWords';
import type { LanguageLexicon } from './lexicon';
import { fitQuestionEnd, isAskedAbout, isToldOf } from './programMentions';
import { listedNames, type ListedNames, type OtherProgramMention } from './otherPrograms';
import { BEHAVIOR_CONCERN } from '../flow/understandSlots';
import { allValues, hasGap, type Hit, liesWithin, type Words } from './messageWords';
import type { Reading } from './reading';

/**
 * The programs a text names: asked for ("na buffalo", "smart lubbock", "NA tonight"), only told of ("kicked out of
 * AA"), asked about ("whats al anon"), and programs the line does not list ("i go to cocaine anonymous"), with what
 * they imply where the text says nothing of it.
 */

/**
 * The programs a text names: those asked for, those only told of ("the NA people said im not clean", "kicked
 * out of AA": programMentions), which are no wish for their meetings but still say whom the help is for and what about,
 * and those asked about ("whats al anon", "que es smart"), which say neither.
 */
export function readPrograms(
  text: string,
  w: Words,
  hits: readonly Hit[],
  town?: string,
  state?: string,
): { asked: string[]; told: string[]; about: string[]; fitEnds: number[] } {
  const named = hits.filter((h) => h.entry.slot === 'programs');
  // One program's name inside another's is that other: "SMART Recovery Family and Friends" is not SMART too. Not
  // one in a phrase's gap: "want aa and na" (NA's "want ... na") names AA as well.
  // In the order the names end, where a gap's name is: "want aa and na" is AA, then NA.
  const outer = named.filter((h) => !named.some((o) => liesWithin(h, o) && !hasGap(o)));
  if (outer.length > 1) outer.sort((a, b) => a.end - b.end);
  // "is al anon for me", "would NA be right for me": what the program is, asked to see whether it fits.
  const asks = /[?¿]/.test(text);
  const fitEnds: number[] = [];
  const asksFit = (start: number, end: number) => {
    const fit = fitQuestionEnd(w.said, start, end, asks);
    if (fit !== undefined) fitEnds.push(fit);
    return fit !== undefined;
  };
  const aboutHits = outer.filter((h) => asksFit(h.start, h.end) || isAskedAbout(w.said, h.start, h.end));
  // The words as written as well as corrected: "worked" is one letter from a listed "worker".
  // From the start of the name's clause: "tried it, hated the god stuff" did nothing with the god stuff.
  const told = (start: number, end: number) => {
    let from = start;
    while (from > 0 && w.clause[from - 1] === w.clause[start]) from--;
    return isToldOf(w.said, start, end, from) || isToldOf(w.words, start, end, from);
  };
  const toldHits = outer.filter((h) => !aboutHits.includes(h) && told(h.start, h.end));
  const asked = allValues(
    outer.filter((h) => !toldHits.includes(h) && !aboutHits.includes(h)),
    'programs',
  );
  const toldOf = allValues(toldHits, 'programs').filter((id) => !asked.includes(id));
  const about = allValues(aboutHits, 'programs').filter((id) => !asked.includes(id));
  // "NA" in capitals is Narcotics Anonymous; "na" in lower case is as often "nah", but not before a meeting word
  // ("na mtg near plainview") or after "what is".
  const naAsked = (j: number) => w.said[j] === 'na' && (asksFit(j, j + 1) || isAskedAbout(w.said, j, j + 1));
  const namesNa =
    /(?:^|[^A-Za-z.])N\.?A\.?(?![A-Za-z])/.test(text) ||
    w.said.some((x, j) => x === 'na' && (MEETING_NOUNS.has(w.said[j + 1]) || naAsked(j))) ||
    leadsToMeetings(w.said, 'na', town) ||
    naAfterTown(w.said, town, state);
  // "smart lubbock", "smart 79101": "smart" alone is everyday English, but not first before a place or a time.
  if (leadsToMeetings(w.said, 'smart', town) && ![...asked, ...toldOf, ...about].includes('smart')) asked.push('smart');
  if (namesNa && ![...asked, ...toldOf, ...about].includes('na')) {
    if (w.said.some((_x, j) => naAsked(j))) about.push('na');
    else (w.said.some((x, j) => x === 'na' && told(j, j + 1)) ? toldOf : asked).push('na');
  }
  return { asked, told: toldOf, about, fitEnds };
}

/** Words after a leading "na" that make it the program, not "nah": "na please", "na tonight", "na sunday". */
const AFTER_LEADING_NA = new Set([
  'please',
  'pls',
  'plz',
  'tonight',
  'today',
  'tomorrow',
  'tmrw',
  'now',
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  // As texted (the thirty-sixth probe: "na tmrw nite geneva ny" was NA, "na tonite geneva ny" was not).
  ...['tonite', '2nite', 'tmr', 'tomorow', '2morrow', 'weekend', 'wknd'],
]);

/**
 * "na buffalo", "na 14607", "na please", "smart lubbock": a text led by a program's short name ("na", "smart") and
 * then a place, a ZIP, a time or a "please" asks for its meetings. "nah" said as an answer ("na", "na im good") has
 * none of these after it.
 */
function leadsToMeetings(said: readonly string[], name: string, town: string | undefined): boolean {
  if (said[0] !== name || said.length < 2) return false;
  const next = said[1];
  if (/^\d{5}$/.test(next) || AFTER_LEADING_NA.has(next)) return true;
  // "na late nite geneva ny", "na sat morning canyon": words of a time, then the town read.
  let j = 1;
  while (j < said.length - 1 && TIME_BEFORE_TOWN.has(said[j])) j++;
  return town?.toLowerCase().split(' ')[0] === said[j];
}

/** Words of a time a leading "na" and the town after it may hold between them (leadsToMeetings). */
const TIME_BEFORE_TOWN: ReadonlySet<string> = new Set([
  ...AFTER_LEADING_NA,
  ...['late', 'early', 'this', 'next', 'night', 'nite', 'nights', 'morning', 'mornings', 'evening', 'afternoon'],
  ...['am', 'pm', 'sat', 'sun', 'weekends', 'wkend'],
]);

/** Words for the texter that may stand between a town and the "na" after it: "watertown me na no meds". */
const SELF_BEFORE_NA: ReadonlySet<string> = new Set(['me', 'myself', 'yo']);

/**
 * Whether "na" comes right after the town read, its state's code, or a "me" right after it: "odessa na", "odessa, na",
 * "savannah ga na", "watertown me na no meds" ask for NA there, as "na odessa" does; "nah" is said to a question, not
 * after one's town (the twenty-sixth session's probe dropped NA from "clean 2 years, odessa, na").
 */
function naAfterTown(said: readonly string[], town: string | undefined, state?: string): boolean {
  if (!town) return false;
  const last = town.toLowerCase().split(' ').pop();
  const code = state?.toLowerCase();
  for (let j = said.indexOf('na'); j > 0; j = said.indexOf('na', j + 1)) {
    let k = SELF_BEFORE_NA.has(said[j - 1]) ? j - 2 : j - 1;
    // "savannah ga na", "portland or na": the town's state code between them (probe 38 lost NA there).
    if (code && said[k] === code) k--;
    if (k >= 0 && said[k] === last) return true;
  }
  return false;
}

/** Per compiled language, the flow's own program names ending in "anonymous" (otherPrograms' listedNames). */
const namesByLexicon = new WeakMap<LanguageLexicon, ListedNames>();

/** The flow's own program names of a language as words, made on the first text that needs them. */
export function programNamesOf(lx: LanguageLexicon): ListedNames {
  let names = namesByLexicon.get(lx);
  if (!names) {
    const written = lx.entries.filter((e) => e.slot === 'programs').map((e) => e.written);
    namesByLexicon.set(lx, (names = listedNames(written)));
  }
  return names;
}

/** Slots a program's name may hold words of that are no wish: "women for sobriety" asks for no women's meetings. */
const NAME_ONLY_SLOTS: ReadonlySet<string> = new Set(['wants', 'mode', 'when', 'part']);

/** Whether a phrase heard lies inside the name of a program the line does not list, as a word of it. */
export function insideOtherProgram(h: Hit, others: readonly OtherProgramMention[]): boolean {
  return NAME_ONLY_SLOTS.has(h.entry.slot) && others.some((m) => m.start <= h.start && h.end <= m.end);
}

/**
 * A reading with the programs named that the line does not list (`otherPrograms`), and what the first one that
 * implies anything implies where the text says nothing of it: "cocainomanos anonimos" is drugs, "overeaters
 * anonymous" another behavior (food), "adult children of alcoholics" someone close. Implied only, so an answer
 * given earlier stands (learnFromText).
 */
export function withOtherPrograms(reading: Reading, others: readonly OtherProgramMention[]): void {
  reading.otherPrograms = others.map((m) => m.program);
  const u = reading.understood;
  const implied = new Set(reading.implied);
  const concern = others.find((m) => m.concern || m.behavior);
  if (u.concern === null && concern) {
    u.concern = concern.concern ?? BEHAVIOR_CONCERN;
    if (concern.behavior) reading.behavior = concern.behavior;
    implied.add('concern');
  }
  const family = others.find((m) => m.audience);
  if (u.audience === null && family?.audience) {
    u.audience = family.audience;
    implied.add('audience');
  }
  if (implied.size) reading.implied = [...implied];
}

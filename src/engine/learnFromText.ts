import { plainWords } from '../directory/plainWords';
import { milesAsked } from '../text/milesAsked';
import type { MeetingDirectory, Place, PlaceLookup } from '../directory/types';
import type { FlowVars } from '../flow/flowText';
import { TWELVE_STEP, type Reading } from '../understand/understand';
import { FAMILY_GROUPS, OWN_GROUPS } from '../understand/otherSidesGroups';
import { askedClock, clockIsBefore } from './askedClock';
import { daysSaidTogether, everyDayBut } from './severalDays';
import type { WhenWord } from '../directory/parseWhen';
import { DAY_ENDS, MORNING_ENDS } from '../text/workingHours';
import { hourMissedVars } from './actions/hourMissed';
import { ambiguousTownVars } from './compile/routeMatching';
import { homeNamesake, inHomeState } from './homeStateTown';
import { ownStateNotTheCity } from '../directory/stateNeighbours';
import { stateName } from '../directory/placeIndex';
import { plainLower, wordsOfPlain } from '../text/textWords';
import { meansHomeState, twoLetterCityIn } from '../understand/shortCityNames';

/**
 * Turns what the understanding step read in one text into conversation variables, with the names
 * the flow uses (audience, concern, medication, teen, mode, place, when, part, wants, programs,
 * item): newest wins, so "no, it's for my son" corrects an earlier answer.
 */

/** What one text taught the conversation. */
export interface Learned {
  /** Variables to set (only the slots this text spoke to). */
  vars: FlowVars;
  /** The place, resolved in the directory, when the text named one it knows. */
  place?: Place;
  /**
   * A town the text named that is in several states ("in Springfield"): kept, with `town` and
   * `states` in vars, so the place question asks only which state.
   */
  pendingTown?: string;
  /** Slot names this text filled, in the summary's order. */
  filled: string[];
  /**
   * The family word the texter used ("husband", "hijo"), for "for your husband"; with `also_family`, the one who
   * shares the trouble ("for you and your husband").
   */
  relation?: string;
  /** Slots filled from what a named program implies, not said: never over an answer already given. */
  inferred: string[];
  /** Set when `programs` is the secular one offered because the text turned a twelve-step program down ("not AA"). */
  instead?: true;
  /**
   * Set when the text asks support for the texter as the family of someone whose trouble was told ("its for me" after
   * "my son uses meth"): whom the help is for stays as known, and `relation` is the known one (texterAsFamily.ts).
   */
  asFamily?: true;
}

/** Slots the summary names, in the order it names them. */
export const SUMMARY_ORDER = [
  'audience',
  'concern',
  'medication',
  'teen',
  'programs',
  'mode',
  'when',
  'part',
  'clock',
  'wants',
  'place',
  'state',
] as const;

function placeOf(
  reading: Reading,
  directory: MeetingDirectory,
  said: string | undefined,
  homeState: string | undefined,
  searchState?: string,
): PlaceLookup | undefined {
  const p = reading.understood.place;
  if (!p) return zipWithoutItsZero(directory, said, homeState);
  // "meetings in LA" from a Louisiana number: the texter's own state, not Los Angeles (the place is then asked).
  const short =
    homeState && said && p.postal_code === null ? twoLetterCityIn(said, wordsOfPlain(plainLower(said))) : undefined;
  if (short && meansHomeState(short, homeState)) return undefined;
  const text = p.postal_code ?? (p.town && p.state ? `${p.town}, ${p.state}` : p.town);
  if (!text) return undefined;
  // A town in several states named at a list is first the one in the state being searched ("what about columbus"
  // from an Ohio list), then the one in the number's state.
  const found = directory.lookupPlace(text);
  // "washington" from a Washington number: the state, not Washington, DC (the place question asks which town).
  if (said && ownStateNotTheCity(said, found, homeState)) return undefined;
  if (reading.townAlone) return townOfHomeState(directory, homeNamesake(directory, found, said, homeState), homeState);
  const there = inHomeState(
    directory,
    searchState ? inHomeState(directory, found, searchState) : found,
    homeState,
    true,
  );
  return homeNamesake(directory, there, said, homeState, searchState);
}

/**
 * A town said bare among terse answers ("son meth ocala": Reading's townAlone) as the one of the texter's own state,
 * or undefined: with no "in" or state said, many everyday words are some far town's name ("alcohol hurt" is no Hurt,
 * VA from Texas), and the town a texter names so is their own. The place question asks as before otherwise.
 */
function townOfHomeState(
  directory: MeetingDirectory,
  found: PlaceLookup,
  homeState: string | undefined,
): PlaceLookup | undefined {
  const there = homeState ? inHomeState(directory, found, homeState) : undefined;
  return there?.kind === 'found' && there.place.label.endsWith(`, ${homeState}`) ? there : undefined;
}

/** A whole text that is four digits, as a ZIP that lost its leading zero: "1940", "zip 1940", "my zip is 2134". */
const ZIP_WITHOUT_ZERO = /^\s*(?:(?:my\s+)?zip(?:\s*code)?(?:\s+is)?\s*:?\s*)?(\d{4})\s*[.!]?\s*$/i;

/**
 * A ZIP of the number's own state written without its leading zero, as spreadsheets and some phones drop it ("1940"
 * from a Massachusetts number is 01940, Lynnfield; the twenty-first session's probe was asked for 5 digits again).
 * Only a whole text of four digits, and only when that ZIP is in the number's state: the place is said back, so a
 * wrong guess is seen at once.
 */
function zipWithoutItsZero(
  directory: MeetingDirectory,
  said: string | undefined,
  homeState: string | undefined,
): PlaceLookup | undefined {
  const m = said && homeState ? ZIP_WITHOUT_ZERO.exec(said) : null;
  if (!m) return undefined;
  const found = directory.lookupPlace(`0${m[1]}`);
  return found.kind === 'found' && found.place.label.endsWith(`, ${homeState}`) ? found : undefined;
}

/**
 * The situation a named program implies when the text did not say it: "NA" is for oneself, about
 * drugs; "MARA" for oneself, on medication; "Alateen" for a teen.
 */
function fromPrograms(
  vars: FlowVars,
  programs: readonly string[],
  directory: MeetingDirectory,
  filled: string[],
): string[] {
  const before = new Set(filled);
  for (const id of programs) {
    const serves = directory.program(id)?.for;
    if (!serves) continue;
    if (vars.audience === undefined && serves.audience.length === 1) {
      vars.audience = serves.audience[0];
      filled.push('audience');
    }
    // "online al anon meeting tonight?": Al-Anon says alcohol (its `named_for`), though it takes drug users' families.
    const concerns = serves.concerns.filter((c) => c !== 'unsure');
    const concern = serves.namedFor ?? (concerns.length === 1 ? concerns[0] : undefined);
    if (vars.concern === undefined && concern) {
      vars.concern = concern;
      filled.push('concern');
    }
    if (vars.teen === undefined && serves.teens) {
      vars.teen = true;
      filled.push('teen');
    }
    // Asking for MARA says the texter takes medication for recovery: it is not asked.
    if (vars.medication === undefined && serves.medicationAssisted && vars.audience === 'self') {
      vars.medication = true;
      filled.push('medication');
    }
    break;
  }
  return filled.filter((slot) => !before.has(slot));
}

/** Twelve-step programs for the family: turned down ("not al anon"), SMART Family & Friends is offered instead. */
export const FAMILY_STEPS: ReadonlySet<string> = FAMILY_GROUPS;
/** Twelve-step programs for oneself, and the steps as a whole: turned down, SMART Recovery is offered instead. */
export const OWN_STEPS: ReadonlySet<string> = new Set([...OWN_GROUPS, TWELVE_STEP]);

/** The texter's own wish: "i want", "we need", "im looking for", "i'd prefer", "for me", "quiero", "busco". */
const OWN_WISH =
  /(?:^| )(?:(?:i|we) (?:want|need|would like|d like|prefer|am looking|m looking)|im looking|id like|id prefer|for me|quiero|queremos|busco|buscamos|prefiero|para mi)(?: |$)/;

/**
 * The secular program to offer when a text turns the twelve steps down and names no program it wants ("anything
 * besides AA? im an atheist" names SMART itself; "i need a non 12 step group" does not): SMART Recovery, or SMART
 * Family & Friends when what was turned down is a family group; none when someone close turned their own down.
 */
function secularInstead(reading: Reading): string | undefined {
  const refused = reading.turnedDown;
  if (!refused || reading.understood.programs.length) return undefined;
  if (refused.some((id) => FAMILY_STEPS.has(id))) return 'smart_family';
  if (!refused.some((id) => OWN_STEPS.has(id))) return undefined;
  // "my wife hates aa": her program turned down, not the texter's own groups (Al-Anon stays first for them).
  return reading.understood.audience === 'family' && !reading.shared ? undefined : 'smart';
}

/** Words of the texter's own recovery: "recovering", "in recovery", "sober", "clean", "en recuperacion", "sobrio". */
const OWN_RECOVERY =
  /\b(?:recovering|in recovery|sober|clean|en recuperacion|me estoy recuperando|sobrio|sobria|limpio|limpia)\b/;

/** Whether programs were named and each is for family and friends alone (Al-Anon, Nar-Anon), by the catalogue. */
function onlyFamilyPrograms(programs: readonly string[], directory: MeetingDirectory): boolean {
  return (
    programs.length > 0 &&
    programs.every((id) => {
      const serves = directory.program(id)?.for?.audience;
      return serves?.length === 1 && serves[0] === 'family';
    })
  );
}

/**
 * The `when` to keep for a reading's day: "tuesday or thursday night" keeps both days ("tuesday,thursday"), when
 * the day the reading took is one of the days said together; any other day, or none, as read.
 */
function severalDaysOr(when: string | null, text: string | undefined): string | null {
  if (when === null || text === undefined) return when;
  const days = daysSaidTogether(text);
  return days.includes(when as WhenWord) ? days.join(',') : when;
}

/** Someone close to the texter, or "she"/"he" of them: the one who wants a group of their own. */
const CLOSE_ONE =
  '(?:she|he|they|wife|husband|hubby|mom|mother|mum|dad|father|parents|girlfriend|boyfriend|gf|bf|partner|fiance|' +
  'fiancee|sister|brother|family|ella|el|ellos|esposa|esposo|mama|papa|madre|padre|padres|novia|novio|pareja|' +
  'hermana|hermano|familia)';

/** "she needs a group", "my mom wants to go to a group", "mi esposa necesita un grupo", "quiere ir a un grupo". */
const CLOSE_ONE_WANTS_A_GROUP = new RegExp(
  `\\b${CLOSE_ONE} (?:really |also |too |tambien )?(?:needs|need|wants|want|would like|is looking for|could use|` +
    'necesita|necesitan|quiere|quieren|busca|buscan)(?: to go to| to join| to find| ir a| unirse a| encontrar)? ' +
    '(?:a |an |some |her own |his own |their own |un |una |algun |algo de )?(?:group|groups|meeting|meetings|' +
    'support|support group|grupo|grupos|reunion|reuniones|apoyo)\\b',
);

/** "a group for parents", "un grupo para familias": a group for the family, asked for beside the texter's own. */
const GROUP_FOR_FAMILY =
  /\b(?:group|groups|meeting|meetings|grupo|grupos|reuniones) (?:for|para) (?:parents|families|family|spouses|wives|husbands|moms|dads|loved ones|padres|familias|familiares|esposas|esposos|mamas)\b/;

/** Whether a texter with a trouble of their own says someone close to them wants a group for themselves. */
function familyWantsAGroup(text: string): boolean {
  const plain = plainWords(text);
  return CLOSE_ONE_WANTS_A_GROUP.test(plain) || GROUP_FOR_FAMILY.test(plain);
}

/**
 * What a reading teaches the conversation; `directory` resolves places and what named programs imply, the
 * `text` read gives a clock time to meet at ("tomorrow at 7"), which the understanding's slots do not hold, and
 * `homeState` (the texter's number's) picks a town named in several states (homeStateTown.ts), after `searchState`
 * (the state of the place searched, at a list); a state said alone is named in `lang`, the reply's.
 */
export function learnFromText(
  reading: Reading,
  directory: MeetingDirectory,
  text?: string,
  homeState?: string,
  lang?: string,
  searchState?: string,
): Learned {
  const u = reading.understood;
  const vars: FlowVars = {};
  const filled: string[] = [];
  const take = (name: string, value: string | number | boolean | null) => {
    if (value === null) return;
    vars[name] = value;
    filled.push(name);
  };
  // "i need a meeting for al anon": a texter who asks for a family group alone is family, whatever "i need" says.
  // "im a recovering alcoholic and now my daughter is drinking, i need al-anon": so is one whose own trouble is
  // recovery (the twenty-sixth session's probe asked them about methadone); "we both drink, al anon?" stays both.
  const asksFamilyGroups =
    u.audience === 'self' &&
    (!reading.shared || (text !== undefined && OWN_RECOVERY.test(plainLower(text)))) &&
    onlyFamilyPrograms(u.programs, directory);
  take('audience', asksFamilyGroups ? 'family' : u.audience);
  take('concern', u.concern);
  // "drinks and gambles": both concerns, kept beside `unsure` so each one's groups are offered (a concern said
  // later clears them: understandStep's onlyNew).
  if (u.concern === 'unsure' && reading.concerns) vars.concerns = reading.concerns.join(',');
  // "addicted to video games": gambling's menu answer, but another behavior, kept so the programs and the summary
  // say it (situation.ts, understoodSummary). A concern said without one clears it (understandStep's onlyNew).
  if (reading.behavior) vars.behavior = reading.behavior;
  take('medication', u.medication);
  take('teen', u.teen);
  take('mode', u.mode);
  // "any day but wednesday": every other day, not any day (the understanding reads no day to look on).
  take('when', severalDaysOr(u.when, text) ?? everyDayBut(reading.daysLeftOut));
  // "anything but mornings", "i cant make noon": the hour or part ruled out leaves the clock that is left, before
  // the time the text names is read as one to meet at ("noon" was "at 12pm": the twenty-sixth session's probe).
  const clock = text !== undefined ? (clockLeftBy(text, reading) ?? askedClock(text, reading)) : undefined;
  // "i work monday nights": the nights are when the texter is busy, not a part of the day to meet in.
  // "79101 before noon", "before 6pm": the part of the day read from the bound's own time ("noon" the afternoon,
  // "6pm" the evening) is the one meetings must start before, not one to meet in.
  const partPassed = clock !== undefined && clock !== DAY_ENDS && clockIsBefore(clock);
  // "i work mornings": the mornings are when the texter is busy, as the nights of "i work nights".
  const busyPart = clock === DAY_ENDS ? 'evening' : clock === MORNING_ENDS ? 'morning' : undefined;
  if (u.part !== busyPart && !partPassed) take('part', u.part);
  if (clock) take('clock', clock);
  if (u.wants.length) take('wants', u.wants.join(','));
  if (u.programs.length) take('programs', u.programs.join(','));
  // "aa isnt for me", "i need a non 12 step group for drinking": SMART Recovery first, not AA.
  const instead = secularInstead(reading);
  if (instead) take('programs', instead);
  // What was turned down stays out of the groups offered, not only behind the one asked for (situation.ts).
  // Faith turned down by someone close ("my husband is an atheist and drinks") leaves the texter's own groups be.
  const family = u.audience === 'family' && !reading.shared;
  // Steps turned down by someone close are theirs ("my husband is an atheist"); a wish the texter says is their own
  // ("my son uses heroin, i want something not 12 step": the twenty-fifth session's probe got Nar-Anon first).
  const ownWish = text !== undefined && OWN_WISH.test(plainWords(text));
  const declined = (reading.turnedDown ?? []).filter((id) => !(family && id === TWELVE_STEP && !ownWish));
  if (declined.length) vars.declined = declined.join(',');
  take('item', u.item);
  // "something closer" at the results: no slot of the issue's own, kept for the search as `closer`.
  if (reading.heard.some((h) => h.slot === 'refine' && h.value === 'closer' && !h.negated)) take('closer', true);
  // "within 5 miles", "i can drive 30 min": how far the search may look, kept for this conversation's searches.
  const miles = text !== undefined ? milesAsked(text) : undefined;
  if (miles !== undefined) take('miles', miles);
  // A distance to go is a room to go to: "aa meetings within 5 miles of 79101" is in person.
  if (miles !== undefined && u.mode === null) take('mode', 'in_person');
  // A program only told of ("the NA people said") says who and what, as one asked for does, but sets no `programs`.
  // The program offered instead says whom as one asked for does: "aa is not my thing" is the texter's own.
  const named = instead ? [...u.programs, instead] : u.programs;
  const inferred = fromPrograms(vars, [...named, ...(reading.toldOf ?? [])], directory, filled);
  // "yes, suboxone" after "alcohol": the medication suggests drugs, but never over a concern given.
  for (const slot of reading.implied ?? []) if (slot in vars && !inferred.includes(slot)) inferred.push(slot);
  const lookup = placeOf(reading, directory, text, homeState, searchState);
  const place = lookup?.kind === 'found' ? lookup.place : undefined;
  if (place) filled.push('place');
  let pendingTown: string | undefined;
  if (lookup?.kind === 'ambiguous') {
    Object.assign(vars, ambiguousTownVars(lookup));
    pendingTown = lookup.town;
    filled.push('town');
  }
  // "i live in kansas": no town yet, but the state the place question then asks a town in ("which town in Kansas?").
  if (!place && !pendingTown && reading.stateSaid) {
    const name = stateName(reading.stateSaid, lang);
    if (name) {
      // `state_said` takes the place question to "which town?" once (see takeState).
      Object.assign(vars, { in_state: reading.stateSaid, state_name: name, state_said: reading.stateSaid });
      filled.push('state');
    }
  }
  const relation = reading.relation ?? reading.shared?.relation;
  // Kept, so "no, it's for my daughter" after "my son" is news even though both are family.
  if (relation) vars.relation = relation;
  // "parents of addicts group", "someone i love is on meth": the texter told, in their own words, that they are the
  // family of someone with a trouble, though no family word names that one. Kept apart from the menu's "2 A family
  // member or friend", after which "no its for me" is a correction (the thirty-first session's probe, M5: "me" after
  // "parents of addicts group haverhill" became the texter's own drug use, and NA none within 100 mi).
  else if (vars.audience === 'family' && u.audience === 'family' && u.concern !== null && !reading.shared)
    vars.family_told = true;
  // "me and my husband both drink": the texter's own help, and the family program pointed to beside it.
  if (reading.shared) {
    vars.also_family = true;
    filled.push('also_family');
  }
  // "i drink and my wife is sick of it, she needs a group", "my mom wants to go to a group for parents": the texter's
  // own help, and the family group for the one close to them beside it (the twenty-first session's probe: only the
  // texter's own groups).
  if (!reading.shared && vars.audience === 'self' && text !== undefined && familyWantsAGroup(text)) {
    vars.also_family = true;
    filled.push('also_family');
  }
  // "im her dad": kept quietly (no summary, no news), so a women's meeting comes after the others (laterTags.ts).
  if (reading.texterGender) vars.texter_gender = reading.texterGender;
  // "my husband wants to quit": his own program's meetings, with the family group beside them.
  if (reading.forThem) {
    vars.for_them = true;
    filled.push('for_them');
  }
  const ordered: string[] = SUMMARY_ORDER.filter((slot) => filled.includes(slot));
  for (const extra of ['item', 'closer', 'miles', 'town', 'also_family', 'for_them'])
    if (filled.includes(extra)) ordered.push(extra);
  const learned: Learned = {
    vars,
    place,
    filled: ordered,
    relation,
    inferred,
    ...(pendingTown ? { pendingTown } : {}),
  };
  if (instead) learned.instead = true;
  return learned;
}

/** The `clock` an hour or part of the day ruled out leaves ("anything but mornings": "12:00+"), if any. */
function clockLeftBy(text: string, reading: Reading): string | undefined {
  // The understanding step read whether an hour is ruled out: most texts rule none out and read nothing more here.
  if (!reading.hourRuledOut) return undefined;
  const clock = hourMissedVars(text, {})?.clock;
  return typeof clock === 'string' ? clock : undefined;
}

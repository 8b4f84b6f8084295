import { texterOwnPlace } from './texterOwnPlace';
import { MAX_SMS_BODY_CHARS } from '../sms/smsLimits';
import { partsOfList, plainLower, wordsOfPlain } from '../text/textWords';
import type { LanguageLexicon, Lexicon } from './lexicon';
import { statedAge } from './numbers';
import { findPlace, meetingsAskedInTown, nearTownAmongAnswers, townAfterLeadIn, type PlaceReader } from './places';
import { withoutNewToAPlace } from './newToAPlace';
import { wantsOwnHelp } from './ownHelpWanted';
import { otherParentUsing } from './coParent';
import { stateSaidIn } from './stateSaid';
import { behaviorOf } from './behavior';
import { otherProgramsNamed } from './otherPrograms';
import { daysLeftOut } from './daysLeftOut';
import { hourRuledOutIn, withHourRuledOut } from './hourRuledOut';
import { teenNeedsOwnGroup } from './teenBeside';
import { isEverydayWordTown } from './everydayTownNames';
import { beforeSignedName } from './signOffName';
import { withoutTobaccoConcerns } from './tobaccoOnly';
import { withoutPrescribedConcerns } from './prescribedPills';
import { withoutMedicineForms } from './medicationForms';
import { asksIfMedicationWelcome } from './medicationWelcome';
import { ageOfThem } from './ageOfThem';
import { asksMeaning } from './meaningAsked';
import { withoutSaidInPassing } from './saidInPassing';
import type { Understanding } from './slots';
import type { Reading, UnderstandOptions } from './reading';
import { firstValue, heardOf, splitWords, wantsOf, type Hit, type Words } from './messageWords';
import { hear } from './hear';
import { TIME_SLOTS } from './heardWords';
import { partsAfterTurn, readIntents, readItem, readTeen, readWhen, readYes } from './slotReaders';
import {
  elsewhereThan,
  insideTownName,
  misspeltListedWords,
  onlyTownCorrected,
  stateAfterTown,
  stateCodeSaid,
  turnedDownElsewhere,
} from './placeMeant';
import { insideOtherProgram, programNamesOf, readPrograms, withOtherPrograms } from './programsNamed';
import { naDisliked, turnedDown } from './programsTurnedDown';
import {
  concernOnlyFromNames,
  concernOnlyImplied,
  concernStarts,
  readConcerns,
  withoutLossConcerns,
  withoutProgramConcerns,
} from './concerns';
import { selfUnsaid } from './selfUnsaid';
import { texterTakesMedicine } from './texterTakesMedicine';
import { texterAParent } from './texterAParent';
import { texterGender } from './texterGender';
import { texterKinToTheOne } from './texterKinToTheOne';
import { ownUseBesideRole, readAudience, readShared, US_AS_AN_ANSWER, whomForHits } from './audience';
import { readMedication, withoutAskedMedication } from './medicationTaken';
import { modeAmongAnswers, modeThenReason, readMode } from './wayToMeet';
import { ownerIndex, relationOf } from './relation';
import { asksCostOrTalking } from './costOrTalkAsked';
import { asksAboutKidsNearby, isChildNearby } from './kidsNearbyAsked';
import { namesNewcomers, worriesAboutFirstMeeting } from './firstMeetingWorry';
import { dateSaid } from './dateSaid';
import { townAmidTerseAnswers } from './terseTown';
import { bareNoAmongAnswers } from './noAmongAnswers';
import { audienceOfTerseList } from './selfInTerseList';
import { withoutTimeZones } from './timeZoneSaid';
import { asksIfSoberNeeded } from './soberToGo';
import { FAMILY_GROUPS, otherSidesGroups, ownGroupsAskedForFamily } from './otherSidesGroups';
import { asksOwnSupport } from './supportForTexter';

// The entry's public shapes and names live in their own modules; re-exported here, where callers import them.
export type { Heard, Reading, UnderstandOptions } from './reading';
export { TWELVE_STEP } from './programsTurnedDown';

/**
 * The understanding step: reads one text message, in any state of the conversation, and fills
 * every slot its words speak to. Pure: no I/O; the lexicon comes from the flow, places from the
 * directory's offline tables.
 *
 * This file is the entry: readMessage runs the readers in order, each in a module of its own. The words are split
 * (messageWords.ts) and the listed phrases heard (hear.ts, negation.ts); then the place (placeMeant.ts), the programs
 * named or turned down (programsNamed.ts, programsTurnedDown.ts), the concern (concerns.ts), whom the help is for
 * (audience.ts, familyWhomFor.ts, texterImplied.ts) and the family word said back (relation.ts), the medication
 * (medicationTaken.ts), the way to meet (wayToMeet.ts) and the short slots (slotReaders.ts). reading.ts holds the
 * shapes handed back.
 */

/** Longer texts are cut here (the longest SMS body): an emoji storm costs no more than one SMS worth of reading. */
const MAX_CHARS = MAX_SMS_BODY_CHARS;

/** Reads one message: what it says, and which listed phrases said it. */
export function readMessage(
  text: string,
  lang: string,
  lexicon: Lexicon,
  places: PlaceReader,
  options: UnderstandOptions = {},
): Reading {
  const clipped = typeof text === 'string' ? text.slice(0, MAX_CHARS) : '';
  const lx = lexicon.forLanguage(lang);
  const plain = plainLower(clipped);
  const w = splitWords(plain, lx);
  // "i cant make noon": an hour ruled out, no MORE and no noon asked for (hourRuledOut.ts).
  const ruledOut = hourRuledOutIn(w.said);
  const heardAll = withHourRuledOut(ruledOut, hear(lx, w));
  const intents = readIntents(clipped, heardAll, options);
  const misspelt = misspeltListedWords(w, heardAll);
  // "cerca de dumas" names Dumas, TX: a town written after "in" or "cerca de" is no typo of "damas".
  // "corning" alone names Corning, NY: a text that is only a town's name is no typo of "morning" (places.ts).
  for (let j = 0; j < w.said.length; j++)
    if (misspelt.has(w.said[j]) && townAfterLeadIn(w.said, j, places)) misspelt.delete(w.said[j]);
  const isWord = (word: string) =>
    lx.vocabulary.has(word) || lx.selfWords.has(word) || lx.negation.has(word) || misspelt.has(word);
  // A phrase heard only by correcting a town's own name ("corning" as "morning") leaves the text a town alone.
  const heardSaid = heardAll.filter((h) => !onlyTownCorrected(w, h, misspelt));
  // A text may be only a town when nothing in it is heard and no word of it is the line's; or, nothing heard, when it
  // is two words or more: then it must name a town exactly (exactTown), and a name of two everyday words ("big
  // spring", "round rock") is the town at any question, as at the where-question (the twenty-third session's probe
  // got "Sorry" at "How would you like to meet?"). One word alone ("rock", "happy") stays the word.
  const nothingHeard = heardSaid.length === 0;
  const unknownWords = !w.said.some(isWord) && !w.said.every((x) => lx.known.has(x));
  // "Thank you, Margaret": a name signed at the end is no town (signOffName.ts).
  const signed = beforeSignedName(clipped);
  // "what time is that in central": the zone is no town (timeZoneSaid.ts); the place is read from the other words.
  const zoneless = signed ? undefined : withoutTimeZones(w.said);
  const found = signed
    ? findPlace(signed, splitWords(plainLower(signed), lx).said, places, isWord, false)
    : zoneless
      ? findPlace(zoneless.join(' '), zoneless, places, isWord, nothingHeard && unknownWords)
      : findPlace(clipped, w.said, places, isWord, nothingHeard && (unknownWords || w.said.length >= 2));
  // "trabajo en el campo" is farm work, not El Campo, TX (everydayTownNames.ts); "not in lubbock, in amarillo" means
  // Amarillo (placeTurnedDown.ts).
  const everyday = isEverydayWordTown(found, clipped, w.said);
  const meant = everyday ? elsewhereThan(found, w, places, isWord) : turnedDownElsewhere(found, w, places, isWord);
  // "vive en odessa pero yo vivo en midland": the texter's own town (texterOwnPlace.ts).
  const place = texterOwnPlace(meant, w, places, isWord);
  const inTown = heardAll.filter(
    (h) =>
      !(place?.town && (insideTownName(w, h, place.town) || stateAfterTown(w, h, place))) &&
      !stateCodeSaid(w, h, place),
  );
  const others = otherProgramsNamed(
    plain,
    w.said,
    () => inTown.filter((h) => h.entry.slot === 'programs'),
    () => programNamesOf(lx),
  );
  // "women for sobriety" names a program, and wishes for no women's meetings.
  const named = withoutLossConcerns(others.length ? inTown.filter((h) => !insideOtherProgram(h, others)) : inTown);
  // "i vape nicotine": tobacco, no drug (tobaccoOnly.ts); "blood pressure pills": medicine (prescribedPills.ts);
  // "whats suboxone?": a medicine asked about, neither taken nor a drug; "naltrexone pills", "tomo naltrexona": the
  // pills and the taking are the medicine's (medicationForms.ts).
  // "im new to lubbock": new to the town, not to recovery (newToAPlace.ts).
  // "jk about the pills", "i od'd on netflix this weekend": a trouble taken back, a time of something done
  // (saidInPassing.ts).
  const heardHits = withoutSaidInPassing(
    w,
    withoutNewToAPlace(
      w.said,
      withoutMedicineForms(
        w,
        withoutAskedMedication(w, withoutPrescribedConcerns(w, withoutTobaccoConcerns(w, named))),
      ),
      place?.town,
    ),
  );
  // "me alcohol no in person 79101": the bare "no" answers medication, and in person stands (noAmongAnswers.ts).
  const bareNo = bareNoAmongAnswers(lx, w, heardHits);
  const hits = bareNo.hits;
  // "son meth ocala", "husband drinks dayton": a town said bare among terse answers, kept by the engine only in the
  // texter's own state (terseTown.ts).
  // "sober, odesa, evenings": a near spelling of a town as one answer of a list is taken so too (places.ts).
  const bareTown = found
    ? null
    : (townAmidTerseAnswers(lx, w, hits, places) ?? nearTownAmongAnswers(signed ?? clipped, places, isWord));
  const terseTown = bareTown && !isEverydayWordTown(bareTown, clipped, w.said) ? bareTown : null;
  const programs = readPrograms(
    clipped,
    w,
    hits,
    place?.town ?? terseTown?.town ?? undefined,
    (place?.town ? place.state : terseTown?.state) ?? undefined,
  );
  // "anything besides AA?": AA named, and turned down.
  const refused = turnedDown(w, hits);
  // "tried NA, hated it": "NA" is read apart from the listed words (readPrograms), and turned down as they are.
  if (naDisliked(w, programs) && !refused.includes('na')) refused.push('na');
  if (refused.length) programs.asked = programs.asked.filter((id) => !refused.includes(id));
  // "aa vs na", "the difference between al anon and alateen": programs compared say nothing of the texter's trouble.
  // "not AA, something else": "something else" beside other programs asked for is another program, not a trouble not
  // listed (with "not AA" it made an alcohol-only texter's "more than one thing": the twenty-fourth session's probe).
  const concernHits = (programs.about.length > 1 ? withoutProgramConcerns(hits) : hits).filter(
    (h) => !(intents.includes('other_programs') && h.entry.slot === 'concern' && h.entry.value === 'unsure'),
  );
  const concerns = readConcerns(w, concernHits);
  // "my husband drinks and my daughter is 15 and needs a group too": Alateen for her beside Al-Anon for the texter;
  // her need ("necesita ayuda tambien") is not the texter's own drinking.
  const teenBeside = concerns.concern === 'alcohol' && teenNeedsOwnGroup(lx, w, hits);
  // "my wife drinks, should i go to aa": AA asked about by her husband, whose drinking it tells none of (AA is heard as
  // alcohol too, which made "for you and your wife"); whom the help is for is read without the name's own drinking.
  const goers = ownGroupsAskedForFamily(lx, w, hits);
  const whomHits = goers.length
    ? hits.filter((h) => !(h.entry.slot === 'concern' && goers.some((g) => g.start <= h.start && h.end <= g.end)))
    : hits;
  // "im not sure if my husband is an alcoholic": the doubt is a family member's, not a trouble shared with him.
  const shared =
    teenBeside || intents.includes('loved_ones_doubts')
      ? undefined
      : (readShared(lx, w, whomHits) ??
        ownUseBesideRole(lx, w, whomHits) ??
        (US_AS_AN_ANSWER.has(plain.trim()) ? {} : undefined));
  // "any day but mon, wed or fri": Friday is left out with the others, not the one day to look on (before readWhen).
  const leftOut = daysLeftOut(w.words, hits);
  const whomTold = whomForHits(w, whomHits, programs.fitEnds);
  const understood: Understanding = {
    audience: readAudience(lx, w, whomTold, plain, shared),
    concern: concerns.concern,
    medication: readMedication(w, hits) ?? subsAmongAnswers(plain, concerns.concern),
    teen: readTeen(w, hits),
    // "NA meetings in Lubbock" asks for meetings held there: in person, as "meetings near" does.
    // "what do you mean by phone": a way asked about, not chosen (meaningAsked.ts).
    mode: asksMeaning(plain)
      ? null
      : (modeThenReason(plain) ??
        readMode(w, hits, (place ?? terseTown) !== null) ??
        modeAmongAnswers(plain) ??
        (place && meetingsAskedInTown(w.said, isWord) ? 'in_person' : null) ??
        ((place ?? terseTown) && programAndPlaceOnly(w.said, hits, programs.asked) ? 'in_person' : null)),
    place: place ?? terseTown,
    when: readWhen(lx, w, hits),
    part: (firstValue(partsAfterTurn(w, hits), 'part') as Understanding['part']) ?? null,
    wants: wantsOf(hits),
    programs: programs.asked,
    // "i want na not aa", "i meant na not aa": the program asked for is the answer, not a list of the others (the
    // twenty-sixth session's probe offered SMART alone).
    intents: programs.asked.length && intents.includes('other_programs') ? withoutOtherPrograms(intents) : intents,
    yes: readYes(hits, w),
    item: readItem(hits, plain, w, intents.includes('details')),
  };
  // "im not sure if my husband is an alcoholic": the "im" is the doubt's, and the help is for the husband's drinking.
  const familyNamed = hits.some((h) => h.entry.slot === 'audience' && h.entry.value === 'family' && !h.negated);
  if (understood.audience === 'self' && familyNamed && intents.includes('loved_ones_doubts'))
    understood.audience = 'family';
  // "hes 16" after "my son": someone else's age tells of the one the help is for, someone close (ageOfThem.ts).
  if (understood.audience === null && ageOfThem(w.words) !== undefined) understood.audience = 'family';
  // "Im 34, alcoholic, no meds": the texter's own age beside a trouble, no one else named, is the texter's own.
  const nobodyNamed = !hits.some((h) => h.entry.slot === 'audience');
  if (
    understood.audience === null &&
    understood.concern !== null &&
    nobodyNamed &&
    statedAge(w.words, w.clause) !== undefined
  )
    understood.audience = 'self';
  // "im a veteran, drinking too much since I got out", "im in logan wv, been shooting up, ready to get clean": a
  // trouble told in a text that speaks as "I" and names no one else is the texter's own (the twenty-sixth session's
  // probe asked "Who is the help for?"). Said back ("Got it: for you"), so a wrong guess is corrected next.
  // Not with a family group named ("what is al-anon, is it for me"), which its own reading weighs (otherSidesGroups).
  // "sports betting on my phone every night, lost 20k, wife doesnt know": one named only as who may find out is
  // no one the help could be for (whomForHits), and "my phone" speaks as the texter too (the twenty-sixth probe).
  const nobodyWhomFor = !whomTold.some((h) => h.entry.slot === 'audience');
  if (understood.audience === null && understood.concern !== null && nobodyWhomFor && speaksAsTexter(lx, w, understood))
    understood.audience = 'self';
  // "alcohol dayton oh in person", "1, alcohol, no, in person, 79101": a terse list of answers naming no one is the
  // texter's own, implied only (selfInTerseList.ts).
  const listAudience = audienceOfTerseList(lx, w, hits, understood, nobodyNamed);
  if (listAudience) understood.audience = listAudience;
  if (teenBeside && understood.audience === 'family') {
    for (const id of ['alanon', 'alateen']) if (!understood.programs.includes(id)) understood.programs.push(id);
  }
  // "im on methadone and my husband drinks": the help is for him (Al-Anon), and the medicine is hers, not his: it is
  // not kept as his. Her own groups are not offered beside (the family groups come first; she may ask for MARA).
  if (understood.audience === 'family' && texterTakesMedicine(hits)) understood.medication = null;
  // "me alcohol no in person": the "no" between the trouble and the way to meet is the medication question's answer.
  if (bareNo.answersNo && understood.medication === null && understood.audience === 'self')
    understood.medication = false;
  // "i need help as a parent": the texter's own role, so the help is for their child.
  const aParent = understood.audience === null && texterAParent(w, hits);
  if (aParent) understood.audience = 'family';
  let relation =
    understood.audience === 'family'
      ? (relationOf(w, hits, ownerIndex(lx, w, hits)) ?? (aParent ? 'child' : undefined))
      : undefined;
  // "is it ok if my kids are in the room during the meeting": a child beside the texter at a meeting, asked about (the
  // flow's `kids_nearby`), is not whom the help is for (kidsNearbyAsked.ts; the thirtieth session started over for
  // the kids). A husband told with it still is: "my husband drinks, can my baby be on my lap during zoom".
  if (asksAboutKidsNearby(plain)) {
    if (!understood.intents.includes(KIDS_NEARBY)) understood.intents.push(KIDS_NEARBY);
    if (understood.audience === 'family' && (relation === undefined || isChildNearby(relation))) {
      // "my kids" also says the texter is no teen; with the kids no help's subject, that is no answer either.
      understood.audience = null;
      understood.teen = null;
      relation = undefined;
    }
  }
  // "my 15 year old is drinking", "my teen": a texter whose child it is, a parent, is no teen (not asked so).
  if (relation === 'child' && understood.teen === null) understood.teen = false;
  // "im his mother" at "Are you a teen?": a parent says no (the twenty-fifth session's probe asked again).
  if (aParent && understood.teen === null) understood.teen = false;
  // "its for me, im the parent", "para mi, soy su esposa": a parent or a wife of the one who uses, told with "for me"
  // (family by texterKinToTheOne.ts), is no teen either.
  if (understood.audience === 'family' && understood.teen === null && texterKinToTheOne(w, hits)?.grown)
    understood.teen = false;
  // "i drink too much, can i go to al-anon", "is there alateen for my son, hes 15 and drinking", "my wife drinks,
  // should i go to aa": a program of the other side is answered with what it is; the texter's own side's groups are
  // looked for (otherSidesGroups.ts).
  const otherSide = [
    ...(understood.audience === 'family' ? goers.map((g) => g.id) : []),
    ...otherSidesGroups(lx, w, hits, {
      audience: understood.audience,
      shared: shared !== undefined,
      relation,
      teenBeside,
      asked: understood.programs,
    }),
  ];
  if (otherSide.length) {
    understood.programs = understood.programs.filter((id) => !otherSide.includes(id));
    for (const id of otherSide) if (!programs.about.includes(id)) programs.about.push(id);
  }
  const heard = hits.map((h) => heardOf(w, h));
  const reading: Reading = relation ? { understood, heard, relation } : { understood, heard };
  if (shared) reading.shared = shared;
  // "its for me", "me, the mom": help for the texter, no trouble of their own told (supportForTexter.ts).
  if (asksOwnSupport(lx, w, hits, understood.audience, shared !== undefined)) reading.ownSupport = true;
  // "a group for my kids? their dad is an alcoholic": the group is for the kids, never the other parent's own.
  const childsParent = relation !== undefined && otherParentUsing(w, concernStarts(hits)) !== undefined;
  if (understood.audience === 'family' && !childsParent && wantsOwnHelp(lx, w)) reading.forThem = true;
  if (programs.told.length) reading.toldOf = programs.told;
  // "im her dad", "soy su mama": kept quietly, so a women's meeting comes after the others for a man (probe 35).
  const gender = texterGender(plain);
  if (gender) reading.texterGender = gender;
  if (programs.about.length) reading.askedAbout = programs.about;
  // "can i go to NA if im on suboxone?": yes, and MARA is made for it (the flow's `medication_welcome`), beside what
  // the text told (medicationWelcome.ts).
  const namedAny = programs.asked.length + programs.told.length + programs.about.length + refused.length > 0;
  if (asksIfMedicationWelcome(clipped, w.said, understood.medication === true, namedAny)) {
    if (!understood.intents.includes(MEDICATION_WELCOME)) understood.intents.push(MEDICATION_WELCOME);
    // "is it ok to go to AA on methadone": asking after AA tells no drinking; said only by a program's name, the
    // concern is implied, so one given earlier stands.
    if (understood.concern !== null && concernOnlyFromNames(w, hits)) reading.implied = ['concern'];
  }
  // "does it cost anything??", "do i gotta say anything at these": what a first meeting is like, answered by the
  // flow's `first_meeting` (costOrTalkAsked.ts).
  if (asksCostOrTalking(plain)) {
    if (!understood.intents.includes(FIRST_MEETING)) understood.intents.push(FIRST_MEETING);
    // "what happens at the first one": a first meeting, not the first of a list (the thirtieth session's probe).
    if (
      understood.item === 1 &&
      /\bwhat (?:happens|goes on|is it like) (?:at|in) (?:the |my )?(?:first|1st)\b/.test(plain)
    )
      understood.item = null;
  }
  // "first time going, is that ok": a first meeting worried about, answered (the flow's `first_meeting`), and no wish
  // for newcomers' meetings unless named so ("any beginner meetings? its my first time, im nervous").
  if (worriesAboutFirstMeeting(clipped)) {
    if (!understood.intents.includes(FIRST_MEETING)) understood.intents.push(FIRST_MEETING);
    if (!namesNewcomers(clipped)) understood.wants = understood.wants.filter((want) => want !== 'newcomer');
  }
  // "can i go if i've been drinking today": whether one must be sober to go (the flow's `sober_to_go`); the drinking
  // and its day are no concern or day to search by (soberToGo.ts).
  if (asksIfSoberNeeded(plain, clipped)) {
    if (!understood.intents.includes(SOBER_TO_GO)) understood.intents.push(SOBER_TO_GO);
    understood.when = null;
    understood.part = null;
    // "is the 1st one ok if ive used today": the answer is the same for every meeting, and before a list the "1st"
    // would answer the menu.
    understood.item = null;
    if (understood.concern !== null) reading.implied = [...(reading.implied ?? []), 'concern'];
  }
  // "dec 10", "12/10", "on the 10th": a date, made a day of the week by the engine; "the 10th" is then no meeting
  // of the list.
  const date = understood.when === null ? dateSaid(plain, w.said) : undefined;
  if (date) {
    reading.dateSaid = date;
    if (understood.item === date.day) understood.item = null;
  }
  // "i live in kansas", "aa meetings in texas": no town to search, but the state to ask which town in.
  const inState = place || terseTown ? undefined : stateSaidIn(w.said);
  if (inState) reading.stateSaid = inState;
  if (concerns.concern === 'unsure' && concerns.several.length > 1) reading.concerns = concerns.several;
  if (leftOut.length) reading.daysLeftOut = leftOut;
  if (ruledOut) reading.hourRuledOut = true;
  if (found?.town && !place && !everyday) reading.placeTurnedDown = true;
  if (terseTown) reading.townAlone = true;
  if (understood.concern !== null && concernOnlyImplied(hits)) reading.implied = ['concern'];
  // "tried NA, hated it": NA turned down still says drugs, as "kicked out of NA" does, implied only.
  if (understood.concern === null && refused.includes('na') && naDisliked(w, programs)) {
    understood.concern = 'drugs';
    reading.implied = ['concern'];
  }
  if (listAudience) reading.implied = [...(reading.implied ?? []), 'audience'];
  // "yes methadone" after "its for my wife": the texter only by default, so whom the help is for stays hers.
  if (understood.audience === 'self' && !shared && selfUnsaid(lx, w, hits))
    reading.implied = [...(reading.implied ?? []), 'audience'];
  const behavior = understood.concern !== null ? behaviorOf(hits) : undefined;
  if (behavior) reading.behavior = behavior;
  if (others.length) withOtherPrograms(reading, others);
  if (refused.length) reading.turnedDown = refused;
  return reading;
}

/** The intent of a texter on a medicine for recovery asking whether meetings will have them (medicationWelcome.ts). */
const MEDICATION_WELCOME = 'medication_welcome';

/** The intent of a first meeting worried about (firstMeetingWorry.ts). */
const FIRST_MEETING = 'first_meeting';

/** The intent of asking whether one must be sober to go (soberToGo.ts). */
const SOBER_TO_GO = 'sober_to_go';

/** The intent of asking whether a child may be beside the texter at a meeting (kidsNearbyAsked.ts). */
const KIDS_NEARBY = 'kids_nearby';

/** What a text message says, slot by slot (null or [] where it says nothing); see readMessage. */
export function understand(
  text: string,
  lang: string,
  lexicon: Lexicon,
  places: PlaceReader,
  options?: UnderstandOptions,
): Understanding {
  return readMessage(text, lang, lexicon, places, options).understood;
}

/** How many words a program and a place alone may take: "aa 30601", "na lubbock tx", "al anon flint mi saturday". */
const PROGRAM_AND_PLACE_WORDS = 6;

/**
 * Whether a terse text names only a program and a place (and perhaps a day): "aa 30601", "aa flint", "Lexington ky AA
 * saturday morning". Meetings of a program asked near a place are in person, as "AA meetings in Lubbock" are (the
 * twenty-fourth session's probe asked such texters how they would like to meet). Words of a time heard are not
 * counted: "aa meetings every day at noon amarillo" is as terse as "aa meetings amarillo" (the thirty-sixth probe).
 */
function programAndPlaceOnly(said: readonly string[], hits: readonly Hit[], programs: readonly string[]): boolean {
  if (!programs.length) return false;
  // Words of a time add no sentence to a terse text ("aa on my lunch break tmrw amarillo").
  const timed = new Set<number>();
  for (const h of hits) if (TIME_SLOTS.has(h.entry.slot)) for (let j = h.start; j < h.end; j++) timed.add(j);
  return said.length - timed.size <= PROGRAM_AND_PLACE_WORDS;
}

/** The intents without `other_programs`, for a text that names the program it wants beside the one turned down. */
function withoutOtherPrograms(intents: readonly string[]): string[] {
  return intents.filter((i) => i !== 'other_programs');
}

/** "subs" (Suboxone) and its kin as one answer of a list: alone they are sandwiches or stand-ins too. */
const SUBS_AS_AN_ANSWER: ReadonlySet<string> = new Set(['subs', 'on subs', 'yes subs', 'subs yes', 'strips', 'bupe']);

/**
 * "i use heroin, subs, in person, 79101": "subs" as one part of a list beside a drug said is Suboxone taken, a yes to
 * the medication question (the twenty-sixth session's probe read nothing). Null when no part is only that.
 */
function subsAmongAnswers(plain: string, concern: Understanding['concern']): true | null {
  if (concern !== 'drugs') return null;
  return partsOfList(plain).some((part) => SUBS_AS_AN_ANSWER.has(wordsOfPlain(part).join(' '))) ? true : null;
}

/** Whether a text speaks as the texter ("i", "im", "me": the lexicon's `self_words`) and names no family group. */
function speaksAsTexter(lx: LanguageLexicon, w: Words, understood: Understanding): boolean {
  if (understood.programs.some((p) => FAMILY_GROUPS.has(p))) return false;
  return w.words.some((x, j) => lx.selfWords.has(x) || ((x === 'my' || x === 'mi') && OWN_THINGS.has(w.words[j + 1])));
}

/**
 * Things of the texter's own after "my", "mi": "on my phone", "my paycheck", "mi sueldo". Said beside a trouble with no
 * one named, the text speaks as the texter, as an "I" does ("my" alone is no sign: "my son").
 */
const OWN_THINGS: ReadonlySet<string> = new Set([
  'phone',
  'laptop',
  'computer',
  'paycheck',
  'check',
  'savings',
  'money',
  'rent',
  'car',
  'truck',
  'job',
  'house',
  'account',
  'card',
  'credit',
  'retirement',
  'wallet',
  'license',
  'telefono',
  'celular',
  'cheque',
  'sueldo',
  'dinero',
  'ahorros',
  'renta',
  'carro',
  'trabajo',
]);

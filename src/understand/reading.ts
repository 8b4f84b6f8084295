import type { CrisisWords } from '../text/crisisDetector';
import type { SharedConcern } from './sharedConcern';
import type { OtherProgram } from './otherPrograms';
import type { WhenWord } from '../directory/parseWhen';
import type { Understanding } from './slots';
import type { DateSaid } from './dateSaid';

/**
 * What the understanding step hands back for one text: the slots understood (slots.ts), the listed phrases heard
 * ("my husband" as audience family), and what the slots cannot hold: whom the help is for as a family word
 * ("husband"), a trouble shared ("me and my wife both drink"), programs only told of or asked about, days left out.
 */

/** One listed phrase found in a message, for `chat --explain` and the eval's misses. */
export interface Heard {
  slot: string;
  value: string;
  /** The words of the message it matched. */
  words: string;
  /** True when a negation just before turned it around ("no meds", "not me"). */
  negated: boolean;
  /** Set when it is a phrase of another language of the flow ("my husband" in a Spanish text). */
  borrowed?: boolean;
  /** The behaviour a concern phrase names, when it was listed under `behavior` ("video games": gaming). */
  behavior?: string;
}

/** What understand() found, and which listed phrases it heard to find it. */
export interface Reading {
  understood: Understanding;
  heard: Heard[];
  /**
   * The family word of the person the help is for ("husband", "hijo"), for "Got it: for your
   * husband"; undefined when none is named, or only ones who have died ("my mom died of an overdose").
   */
  relation?: string;
  /**
   * Set when the texter and someone close to them share the trouble ("me and my husband both drink"): the
   * audience is then the texter, and this names the other person ("husband") when one family word does.
   */
  shared?: SharedConcern;
  /**
   * Set when the person the help is about wants help themselves ("my husband wants to quit drinking", "a meeting
   * for my son"): their own program's meetings are looked for, with the family group beside them (ownHelpWanted.ts).
   */
  forThem?: boolean;
  /**
   * Set when the text asks help for the texter themselves and tells no trouble of their own ("its for me", "to help me
   * cope", "me, the mom"): after a relative's trouble, support for the texter as family (supportForTexter.ts).
   */
  ownSupport?: true;
  /**
   * Programs named only as told of ("the NA people said", "kicked out of AA"): no wish for their meetings, but they
   * say whom the help is for and what about when the text does not ("got kicked out of NA": the texter, drugs).
   */
  toldOf?: string[];
  /**
   * Programs a text asks what they are ("whats al anon", "que es smart"): no wish for their meetings, and nothing
   * about whom the help is for or what about. The line answers with the program's own line (`program_about`).
   */
  askedAbout?: string[];
  /**
   * Whether the texter says they are a man or a woman ("im her dad", "soy su mama": texterGender.ts): never said
   * back, only to set meetings for the other sex after the rest (laterTags.ts).
   */
  texterGender?: 'man' | 'woman';
  /** The state the texter says they are in, when the text names no town ("i live in kansas"): its code. */
  stateSaid?: string;
  /** Days of the week the text leaves out of when the texter can go ("any day but wednesday"), Monday first. */
  daysLeftOut?: WhenWord[];
  /**
   * Set when the text rules an hour or a part of the day out ("i cant make noon", "anything but mornings"): the
   * engine then reads the clock that is left (learnFromText), where most texts need no such reading.
   */
  hourRuledOut?: true;
  /**
   * A calendar date said as when to go ("dec 10", "12/10", "on the 10th"; dateSaid.ts): the engine, which knows
   * today, makes it a day of the week. Set only when the text names no day itself.
   */
  dateSaid?: DateSaid;
  /**
   * Set when the place is a town said bare among terse answers ("son meth ocala": terseTown.ts), with no "in", state
   * or meeting word: the engine keeps it only as a town of the texter's own state.
   */
  townAlone?: true;
  /** Set when the text turns a town down and names no other ("i'm not in lubbock"): the place searched is wrong. */
  placeTurnedDown?: true;
  /**
   * Programs named that the understanding does not know as the catalogue's ("i go to cocaine anonymous",
   * "celebrate recovery", "neuroticos anonimos"): the engine checks the catalogue, and says the line does not list
   * their meetings (`program_not_listed`) when it does not. What they imply is read into the slots, as implied.
   */
  otherPrograms?: OtherProgram[];
  /**
   * The concerns named when a text names more than one ("my husband drinks and gambles"), whose `concern` is then
   * `unsure`: the conversation keeps them, so each one's groups are offered (Al-Anon and Gam-Anon), not unsure's.
   */
  concerns?: string[];
  /**
   * Slots read only from what another answer implies, not said: "suboxone" suggests drugs. The
   * conversation takes them only when it does not already know them ("alcohol", then "yes, suboxone").
   */
  implied?: string[];
  /**
   * A behaviour named that is no gambling ("addicted to video games": `gaming`), heard with concern `gambling`
   * (menu's "another behavior"): the conversation keeps it, so SMART Recovery is offered, not Gam-Anon.
   */
  behavior?: string;
  /**
   * Programs the text turns down ("not AA", "aa isnt for me", "anything besides AA?"), and `twelve_step` for the
   * twelve steps turned down as a whole ("a non 12 step group"): the conversation offers a secular one instead.
   */
  turnedDown?: string[];
}

/** Extra context: crisis words staff added in the flow. */
export interface UnderstandOptions {
  crisisWords?: CrisisWords;
}

import { milesBetween } from '../directory/placeIndex';
import type { Place } from '../directory/types';
import type { FlowVars } from '../flow/flowText';
import type { FlowRoute } from '../flow/flowSchema';
import { containsAnyWord } from '../text/answerMatch';
import { plainLower, textWords } from '../text/textWords';
import { addsToBefore } from '../understand/sharedConcern';
import { cachedStateCode } from '../understand/places';
import type { CompiledFlow } from './flowCompiler';
import type { Learned } from './learnFromText';
import type { TextRead } from './understandStep';

/**
 * What a text teaches in the light of what the conversation already holds and the question at hand: a concern said
 * as one more ("i also use meth"), someone close named only as company at a place ("at my sisters in lubbock"), a
 * program turned down where its other programs are listed, a place given where the way to meet is asked. The
 * understanding reads each text alone; these say what it adds to this conversation.
 */

/** The concerns a conversation may keep several of (`concerns`, beside `unsure`). */
const NAMED_CONCERNS = new Set(['alcohol', 'drugs', 'gambling']);

/** The concerns a conversation holds: the one given, or the several kept beside `unsure`. */
function concernsKnown(known: Readonly<FlowVars>): string[] {
  if (typeof known.concern === 'string' && NAMED_CONCERNS.has(known.concern)) return [known.concern];
  return typeof known.concerns === 'string' ? known.concerns.split(',').filter((c) => NAMED_CONCERNS.has(c)) : [];
}

/**
 * "i drink", then "i also use meth" (the eighteenth session's probe: NA alone, and no group within 100 mi): a concern
 * said as one more, by the same person, is added to the one known, as "i drink and use meth" in one text is, not put
 * in its place. "actually its meth" (no "also") still replaces it. Any other text is returned as it is.
 */
export function withConcernAlso(known: Readonly<FlowVars>, learned: Learned, text: string): Learned {
  const said = learned.vars.concern;
  if (typeof said !== 'string' || learned.vars.behavior !== undefined) return learned;
  if (learned.vars.audience !== undefined && learned.vars.audience !== known.audience) return learned;
  const before = concernsKnown(known);
  if (!before.length) return learned;
  const now =
    said === 'unsure' && typeof learned.vars.concerns === 'string' ? learned.vars.concerns.split(',') : [said];
  if (!now.every((c) => NAMED_CONCERNS.has(c)) || now.every((c) => before.includes(c))) return learned;
  if (!addsToBefore(textWords(text))) return learned;
  const all = [...new Set([...before, ...now])];
  const vars: FlowVars = { ...learned.vars, concern: 'unsure', concerns: all.join(',') };
  return Object.assign({}, learned, { vars });
}

/** Words that say the help is now for someone else: "for my son", "not me", "its my husband", "para mi hijo". */
const NOW_FOR_THEM =
  /\b(?:for|para)\s+(?:my|mi|mis|our)\b|\bnot\s+(?:me|for me)\b|\bits\s+(?:my|mi)\b|\bno\s+(?:es\s+)?para\s+mi\b/;
/** What a family word said beside a place sets about whom the help is for. */
const WHOM_SLOTS = ['audience', 'relation', 'also_family', 'for_them'];
/**
 * Words that put someone close with the texter's place: "at my sisters", "with my dad", "near my daughters school",
 * "my wife and i live in". Not a family word beside a place alone ("79101 my son" may say whom; the regression probe).
 */
const PLACE_COMPANY =
  /\b(?:at|with|near|by|visiting|staying with|living with)\s+(?:my|mi|mis)\b|\b(?:and i|y yo)\s+(?:live|are|stay|am)\b/;

/**
 * "at my girlfriends in lubbock", "im with my dad in plainview", "near my daughters school", "my wife and i live in
 * midland" (the eighteenth session's places probe: "for your girlfriend", Al-Anon only, none within 100 mi): someone
 * close named with the place says where the texter is, once whom the help is for is answered; it answers that again
 * only with a trouble ("my son drinks, in lubbock") or in so many words ("its for my son"). Any other text is returned
 * as it is.
 */
export function withoutPlaceCompany(known: Readonly<FlowVars>, learned: Learned, text: string): Learned {
  if (known.audience === undefined || known.audience === '') return learned;
  if (!learned.place && !learned.pendingTown && !learned.filled.includes('state')) return learned;
  if (!WHOM_SLOTS.some((k) => k in learned.vars) || learned.vars.concern !== undefined) return learned;
  const said = plainLower(text);
  if (NOW_FOR_THEM.test(said) || !PLACE_COMPANY.test(said)) return learned;
  const vars: FlowVars = { ...learned.vars };
  for (const k of WHOM_SLOTS) delete vars[k];
  // A teen's "no" read from the family word ("near my daughters school": a parent) goes with it.
  if (vars.teen === false) delete vars.teen;
  const filled = learned.filled.filter((slot) => !WHOM_SLOTS.includes(slot) && !(slot === 'teen' && !('teen' in vars)));
  return Object.assign({}, learned, { vars, filled, relation: undefined });
}

/**
 * What a text at a question with an `other_programs` route ("other groups", "something besides AA" at the results)
 * teaches: not the secular program offered for the program turned down (learnFromText's `instead`), since that route
 * lists the other programs; at any other question the offer stands ("aa isnt for me" at "Who is the help for?").
 */
export function withoutInsteadAtOthers(
  flow: CompiledFlow,
  node: string | undefined,
  learned: Learned,
  read: TextRead,
): Learned {
  if (!learned.instead || !read.reading.understood.intents.includes('other_programs')) return learned;
  if (!flow.flow.nodes[node ?? '']?.routes?.some((r) => r.intent === 'other_programs')) return learned;
  const { programs: _programs, ...vars } = learned.vars;
  const filled = learned.filled.filter((slot) => slot !== 'programs');
  return Object.assign({}, learned, { vars, filled, instead: undefined });
}

/**
 * A place given where the question asks how to meet ("79101", "he lives in 10025" at "How would you like to meet?"):
 * meeting in person near it is what it most likely means (the eighteenth session's probe: the place was said back
 * and the question asked again). A way said with it ("79101 online") stands, and "online instead" at the list
 * changes it. Only where the question has an in-person answer to take.
 */
export function withPlaceMeaningInPerson(
  question: { asked: ReadonlySet<string>; routes: readonly FlowRoute[] },
  known: Readonly<FlowVars>,
  news: Learned,
  text: string,
): Learned {
  if ((!news.place && !news.pendingTown) || news.vars.mode !== undefined || known.mode !== undefined) return news;
  const { asked, routes } = question;
  if (!asked.has('mode') || !routes.some((r) => r.set?.mode === IN_PERSON)) return news;
  // "phone 79101", "2 79101", "79101 3", "not in person, 79101": the way is said (or turned down) in the question's
  // own words or numbers, which answer it (the regression probe: these were put in person).
  if (MENU_DIGIT.test(text) || routes.some((r) => r.words !== undefined && containsAnyWord(text, r.words))) return news;
  return Object.assign({}, news, { vars: { ...news.vars, mode: IN_PERSON }, filled: [...news.filled, 'mode'] });
}

/** The `mode` of meeting in a room, as the flow's how question sets it. */
const IN_PERSON = 'in_person';
/** A one-digit number on its own beside the place: a menu answer ("2 79101", "79101 3"). */
const MENU_DIGIT = /(?:^|[\s,.])\d(?=$|[\s,.])/;

/**
 * US towns named by an everyday English or Spanish word a texter may send alone to a list of meetings ("christmas",
 * "happy", "nothing", "why", "hope", "welcome"): Christmas, FL; Happy, TX; Nothing, AZ; Why, AZ. At a list, such a
 * word is no move, unless it is said as a place (see saidAsPlace). The nineteenth session's probe: "christmas" at
 * the list searched around Christmas, FL. A town whose name is no everyday word ("lubbock", "dumas") still moves.
 */
const EVERYDAY_WORD_TOWNS = new Set([
  // Feelings, wishes and greetings.
  'christmas',
  'happy',
  'hope',
  'paradise',
  'friendship',
  'ideal',
  'welcome',
  'joy',
  'harmony',
  'unity',
  'liberty',
  'freedom',
  'victory',
  'comfort',
  'faith',
  'charity',
  'mercy',
  'grace',
  'peace',
  'love',
  'loving',
  'success',
  'surprise',
  'protection',
  'justice',
  'independence',
  'triumph',
  'blessing',
  'goodnight',
  'humble',
  'nice',
  'cool',
  'normal',
  'boring',
  'early',
  'energy',
  'industry',
  'commerce',
  'progress',
  'mission',
  'story',
  'tell',
  'plain',
  'center',
  'alert',
  'content',
  'relief',
  'rescue',
  'trust',
  'truth',
  'promise',
  'patience',
  'amity',
  'concord',
  'accord',
  'advance',
  'enterprise',
  'opportunity',
  'prosperity',
  'reliance',
  'security',
  'superior',
  'universal',
  'smile',
  'sunshine',
  'mobile',
  'why',
  'nothing',
  'okay',
  'ok',
  'eureka',
  'bliss',
  // Spanish.
  'esperanza',
  'amistad',
  'paz',
  'alegre',
  'dolores',
  'bonita',
  'gracias',
  'bueno',
  'nada',
  'socorro',
  'salud',
]);

/** Words before a town that say it is a place: "in christmas", "near hope", "what about happy", "en esperanza". */
const PLACE_BEFORE = /(?:^|\s)(?:in|near|around|by|to|from|visiting|outside|about|en|cerca de|por)\s+$/;

/**
 * Whether the town read from a text is said as a place: with a ZIP, its state after it ("christmas fl"), or a word
 * that says where before it ("in christmas", "what about hope").
 */
function saidAsPlace(text: string, town: string): boolean {
  const said = plainLower(text);
  if (/\d{5}/.test(said)) return true;
  const at = said.indexOf(town);
  if (at < 0) return true;
  if (PLACE_BEFORE.test(said.slice(0, at))) return true;
  // A state after the town: "christmas fl", "hope, arkansas".
  const after = textWords(said.slice(at + town.length));
  return after.some(
    (w, i) => cachedStateCode(w) !== undefined || cachedStateCode(`${w} ${after[i + 1]}`) !== undefined,
  );
}

/** The vars a town of several states sets (`town`, `states`), which go with it. */
const PENDING_TOWN_VARS = ['town', 'states'];

/** How near the place searched an everyday word's town must be to be the one meant. */
const NEARBY_MILES = 100;

/**
 * "christmas", "happy", "nothing" alone at a list of meetings (`atList`: the question has an `other_programs` route,
 * as the results' do): an everyday word, not a move to the town of that name, unless said as a place. Any other
 * text is returned as it is.
 */
export function withoutEverydayWordPlace(
  flow: CompiledFlow,
  node: string | undefined,
  learned: Learned,
  text: string,
  searched?: Place,
): Learned {
  // The town of the label ("Christmas, FL"), or of several states.
  const town = (learned.place?.label.split(',')[0] ?? learned.pendingTown)?.toLowerCase();
  if (!town || !EVERYDAY_WORD_TOWNS.has(town)) return learned;
  if (!flow.flow.nodes[node ?? '']?.routes?.some((r) => r.intent === 'other_programs')) return learned;
  if (saidAsPlace(text, town)) return learned;
  // A town near the one searched is meant ("post" at a list around Lubbock: Post, TX; the regression probe).
  if (learned.place && searched && milesBetween(learned.place, searched) <= NEARBY_MILES) return learned;
  const vars: FlowVars = { ...learned.vars };
  if (learned.pendingTown) for (const k of PENDING_TOWN_VARS) delete vars[k];
  const filled = learned.filled.filter((slot) => slot !== 'place' && slot !== 'town');
  return Object.assign({}, learned, { vars, filled, place: undefined, pendingTown: undefined });
}

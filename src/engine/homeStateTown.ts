import { labelState } from './placeIdentity';
import type { MeetingDirectory, PlaceLookup } from '../directory/types';
import { neighbouringState } from '../directory/stateNeighbours';
import { stateAfterATown, stateCode } from '../directory/placeIndex';
import { plainWords } from '../directory/plainWords';
import type { ConversationContext } from './flowCompiler';
import type { Live } from './liveConversation';

/**
 * A town in several states ("Hereford": TX, AZ, CO, OR, PA) named by a texter whose number is from one of them is
 * the one in that state: a rural texter near Amarillo is not asked "which state?" for their own town. With `nextDoor`,
 * else the one in the one state of them next door ("hobbs" from Texas is Hobbs, NM, not Hobbs, IN: stateNeighbours.ts).
 * The place is said back ("near Hereford, TX"), so someone away from home sees it and can name another. Without a home
 * state (a number from abroad, the chat without --state), or a town in neither, the lookup stands as it was.
 */
export function inHomeState(
  directory: MeetingDirectory,
  found: PlaceLookup,
  homeState: string | undefined,
  nextDoor = false,
): PlaceLookup {
  if (found.kind !== 'ambiguous' || !homeState) return found;
  // Next door only for the number's own state: a town far from the state searched is still asked about.
  const own = found.states.includes(homeState) ? homeState : undefined;
  // Next door only for a town of two states ("hobbs": NM or IN): one of many ("knoxville", "jackson") next door is
  // seldom the one meant, and a small one there is a dead end (the nineteenth session's regression probe).
  const state = own ?? (nextDoor && found.states.length === 2 ? neighbouringState(found.states, homeState) : undefined);
  if (!state) return found;
  const there = directory.lookupPlace(`${found.town}, ${state}`);
  return there.kind === 'found' ? there : found;
}

/**
 * The state of the place a conversation has ("Worcester, MA" -> "MA"), or undefined: a town in several states named
 * later ("what about concord") is first looked for there, not in the state of the texter's number (the sixteenth
 * session's probe: "concord" from a Massachusetts list went to Concord, TX).
 */
export function stateSearched(live: Live | undefined): string | undefined {
  return labelState((live?.snapshot.context as ConversationContext | undefined)?.place?.label);
}

/**
 * A town named bare, that the tables take for a larger namesake in another state ("washington": Washington, DC;
 * "dayton": Dayton, OH), as the one of that name in the texter's number's state when there is one: "washington" from
 * an Iowa number is Washington, IA (the twenty-sixth session's probe searched DC). Not when the text names the
 * namesake's state ("dayton ohio"), holds a ZIP, or the namesake is in `searchState`, the state searched at a list
 * ("what about columbus" at an Ohio list). The place is said back, so a texter away from home sees it.
 */
export function homeNamesake(
  directory: MeetingDirectory,
  found: PlaceLookup,
  said: string | undefined,
  homeState: string | undefined,
  searchState?: string,
): PlaceLookup {
  if (found.kind !== 'found' || !homeState || said === undefined || /\d/.test(said)) return found;
  const label = found.place.label;
  const state = labelState(label);
  if (!state || state === homeState || state === searchState) return found;
  const town = label.slice(0, label.lastIndexOf(','));
  const rest = wordsBesideTown(plainWords(said).split(' '), plainWords(town).split(' '));
  if (!rest) return found;
  // "albany or na" from a New York number: "or" there may join the town to a program, so the texter's own Albany,
  // unless Oregon's is the one the name means by itself ("portland or na" from Texas stays Portland, OR).
  const orJoins = state === 'OR' && orMayJoin(said) && !oregonsByName(directory, town, homeState);
  if (namesState(orJoins ? rest.filter((w) => w !== 'or') : rest, state)) return found;
  const there = directory.lookupPlace(`${town}, ${homeState}`);
  return there.kind === 'found' && there.place.label === `${town}, ${homeState}` ? there : found;
}

/**
 * Whether the texter's "or" may be the word and not Oregon's code: in small letters, no comma before it ("albany, or"),
 * and a word after it ("albany or na", "albany or schenectady"); "albany or" ending the text, "ALBANY OR" stay Oregon.
 */
function orMayJoin(said: string): boolean {
  return /(?:^|[^,\s])\s+or\s+[a-z0-9]/.test(said) && !/\bOR\b/.test(said);
}

/**
 * Whether a town's name said by itself means Oregon's one before the one in `homeState`: the tables' pick for the bare
 * name, or Oregon's listed first among the namesakes (those with meetings, largest first): Portland, Salem, Eugene.
 */
function oregonsByName(directory: MeetingDirectory, town: string, homeState: string): boolean {
  const bare = directory.lookupPlace(town);
  if (bare.kind === 'found') return labelState(bare.place.label) !== homeState;
  if (bare.kind !== 'ambiguous') return true;
  const home = bare.states.indexOf(homeState);
  return home < 0 || bare.states.indexOf('OR') < home;
}

/** The words of a text beside a town's name in it ("washington dc": ["dc"]), or undefined when it is not named so. */
function wordsBesideTown(words: readonly string[], town: readonly string[]): string[] | undefined {
  for (let i = 0; i + town.length <= words.length; i++) {
    if (town.every((w, k) => words[i + k] === w)) return [...words.slice(0, i), ...words.slice(i + town.length)];
  }
  return undefined;
}

/**
 * Whether a word or two of these name the state of this code ("dc", "ohio", "new mexico"), as the tables read a state
 * after a town ("miss", "oregan").
 */
function namesState(words: readonly string[], code: string): boolean {
  const names = (w: string) => (stateCode(w) ?? stateAfterATown(w)) === code;
  return words.some((w, i) => names(w) || (i > 0 && stateCode(`${words[i - 1]} ${w}`) === code));
}

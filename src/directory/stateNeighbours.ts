import type { Place, PlaceLookup } from './types';
import { stateCode } from './placeIndex';
import { plainWords } from './plainWords';

/**
 * Which states border which, for a town several states have, named by a texter whose number's state has none of
 * them: the one in a state next door is likeliest ("hobbs" from a Texas number is Hobbs, NM, 4 miles from the line,
 * not Hobbs, IN). Land borders of the 48 states and DC (corners that only touch, as Utah and New Mexico, are none).
 */
const BORDERS: Readonly<Record<string, string>> = {
  AL: 'FL GA MS TN',
  AZ: 'CA CO NM NV UT',
  AR: 'LA MO MS OK TN TX',
  CA: 'AZ NV OR',
  CO: 'AZ KS NE NM OK UT WY',
  CT: 'MA NY RI',
  DE: 'MD NJ PA',
  DC: 'MD VA',
  FL: 'AL GA',
  GA: 'AL FL NC SC TN',
  ID: 'MT NV OR UT WA WY',
  IL: 'IA IN KY MO WI',
  IN: 'IL KY MI OH',
  IA: 'IL MN MO NE SD WI',
  KS: 'CO MO NE OK',
  KY: 'IL IN MO OH TN VA WV',
  LA: 'AR MS TX',
  ME: 'NH',
  MD: 'DC DE PA VA WV',
  MA: 'CT NH NY RI VT',
  MI: 'IN OH WI',
  MN: 'IA ND SD WI',
  MS: 'AL AR LA TN',
  MO: 'AR IA IL KS KY NE OK TN',
  MT: 'ID ND SD WY',
  NE: 'CO IA KS MO SD WY',
  NV: 'AZ CA ID OR UT',
  NH: 'MA ME VT',
  NJ: 'DE NY PA',
  NM: 'AZ CO OK TX',
  NY: 'CT MA NJ PA VT',
  NC: 'GA SC TN VA',
  ND: 'MN MT SD',
  OH: 'IN KY MI PA WV',
  OK: 'AR CO KS MO NM TX',
  OR: 'CA ID NV WA',
  PA: 'DE MD NJ NY OH WV',
  RI: 'CT MA',
  SC: 'GA NC',
  SD: 'IA MN MT ND NE WY',
  TN: 'AL AR GA KY MO MS NC VA',
  TX: 'AR LA NM OK',
  UT: 'AZ CO ID NV WY',
  VT: 'MA NH NY',
  VA: 'DC KY MD NC TN WV',
  WA: 'ID OR',
  WV: 'KY MD OH PA VA',
  WI: 'IA IL MI MN',
  WY: 'CO ID MT NE SD UT',
};

/** The borders as sets, made once. */
const NEIGHBOURS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(BORDERS).map(([state, list]) => [state, new Set(list.split(' '))]),
);

/** The states that border `state` (two-letter codes); none for one without land borders or unknown. */
export function neighboursOf(state: string): ReadonlySet<string> {
  return NEIGHBOURS.get(state) ?? new Set();
}

/**
 * The one state of `states` (a town's, see PlaceLookup `ambiguous`) that borders the texter's `homeState`, or
 * undefined when none does, or more than one (then the line asks which state, as before).
 */
export function neighbouringState(states: readonly string[], homeState: string | undefined): string | undefined {
  if (!homeState) return undefined;
  const next = neighboursOf(homeState);
  const bordering = states.filter((s) => next.has(s));
  return bordering.length === 1 ? bordering[0] : undefined;
}

/**
 * Whether a text that is only a state's full name ("washington") is the texter's own state, though the place found
 * for it is a city of that name in another state (Washington, DC): from a Washington number it is the state, too
 * wide to search, and the line asks which town in it. "new york" from New York stays the city, which is in it.
 */
export function ownStateNotTheCity(text: string, found: PlaceLookup, homeState: string | undefined): boolean {
  if (!homeState || found.kind !== 'found' || placeState(found.place) === homeState) return false;
  const said = plainWords(text).replace(/^(?:im in|i m in|in|im|i live in|state of) /, '');
  return said.length > 2 && stateCode(said) === homeState;
}

/** The state code a place's label ends with ("Washington, DC": DC). */
function placeState(place: Place): string | undefined {
  return /, ([A-Z]{2})$/.exec(place.label)?.[1];
}

import { plainWords } from '../directory/plainWords';
import { toGsm7 } from '../sms/gsm7';
import type { Meeting } from '../directory/types';

/**
 * A question at a list about the kind of building meetings are in: "is there a meeting at a church", "any meetings
 * not at a church", "any at a hospital", "hay una en una iglesia". Answered from the listings' own building names
 * (the feeds' `location`, "First Baptist Church"), which many leave out: the meetings shown that are in one, by
 * number, else that the lists don't say (the twentieth session's probe got "Sorry").
 */

/** The longest `buildings`: three meetings, each "2 AA Clean Air: First Baptist Church", so the answer fits. */
export const BUILDINGS_MAX = 200;
/** The longest meeting name and building name said in it. */
const NAME_MAX = 30;
const PLACE_MAX = 36;

/** The kinds of building asked about, the words that ask, and the words of a listing's building that say it. */
const KINDS: ReadonlyArray<{ asked: RegExp; listed: RegExp }> = [
  {
    asked: / (?:church|churches|chapel|iglesia|iglesias|templo|parish|parroquia) /,
    listed:
      /church|chapel|iglesia|templo|parish|parroquia|cathedral|episcopal|methodist|baptist|lutheran|luthern|presbyterian|catholic|ministr|congregation|synagogue|saint|shalom/i,
  },
  {
    asked: / (?:hospital|hospitals|clinic|clinics|clinica|medical center|treatment center) /,
    listed: /hospital|clinic|clinica|medical|health|treatment center|counseling|mhmr/i,
  },
  { asked: / (?:school|schools|escuela|college|university) /, listed: /school|escuela|college|university/i },
  { asked: / (?:library|libraries|biblioteca) /, listed: /library|biblioteca/i },
  { asked: / (?:community center|rec center|centro comunitario) /, listed: /community center|centro comunitario/i },
];

/** Words that make the text a question or wish about where meetings meet, not a remark ("i hate church"). */
const ASKS =
  / (?:is|are|any|anything|one|ones|meeting|meetings|group|groups|hay|alguna|alguno|reunion|reuniones|junta|juntas|at a|in a|en una|en un|not at|not in|no en) /;

/** Cheap first test: a text without one of these is no building question. */
const MAY_ASK =
  /church|chapel|iglesia|templo|parish|parroquia|hospital|clinic|school|escuela|college|library|biblioteca|center|centro/i;

/**
 * A building named as a time, not a place: "anything after church today", "before school", "despues de la escuela"
 * (the thirtieth session's probe, M8: "after church" at a list got the answer that the lists don't name buildings).
 * The time is read by the understanding; taken out here, the rest of the text may still ask of a building.
 */
const AS_A_TIME =
  / (?:after|before|b4|till|til|until|from|right after|despues de|antes de|saliendo de|al salir de)(?: the| la| el| my| mi)? (?:church|chapel|iglesia|templo|school|escuela|college|class|clase)(?= )/g;

/** The kind of building a text asks meetings to be in, or not in; undefined for any other text. */
function kindAsked(text: string): (typeof KINDS)[number] | undefined {
  if (!MAY_ASK.test(text)) return undefined;
  const plain = ` ${plainWords(text)} `.replace(AS_A_TIME, '');
  const kind = KINDS.find((k) => k.asked.test(plain));
  return kind && ASKS.test(plain) ? kind : undefined;
}

/** Whether a text asks about the buildings meetings are in ("any not at a church": no "no" to the list). */
export function asksOfBuildings(text: string): boolean {
  return kindAsked(text) !== undefined;
}

/** How a meeting shown is said in the answer: its number, name and building ("2 Clean Air: First Baptist Church"). */
function saidOf(n: number, m: Meeting): string {
  // "Polk Street Methodist Church, Room #105": the building, without the room.
  const place = toGsm7((m.location ?? '').split(',')[0])
    .trim()
    .slice(0, PLACE_MAX);
  const name = `${n} ${toGsm7(m.name).slice(0, NAME_MAX)}`;
  return place ? `${name}: ${place}` : name;
}

/**
 * The meetings shown (`shown`, in the list's order) in a building of the kind a text asks about, said as the flow's
 * `buildings` ("" for none the lists name), or undefined when the text asks no such thing.
 */
export function buildingsAsked(text: string, shown: ReadonlyArray<Meeting | undefined>): string | undefined {
  const kind = kindAsked(text);
  if (!kind) return undefined;
  const inOne = shown.flatMap((m, i) =>
    m?.modes.includes('in_person') && kind.listed.test(`${m.location ?? ''} ${m.name}`) ? [saidOf(i + 1, m)] : [],
  );
  let buildings = '';
  for (const said of inOne) {
    const longer = buildings ? `${buildings}; ${said}` : said;
    if (longer.length > BUILDINGS_MAX) break;
    buildings = longer;
  }
  return buildings;
}

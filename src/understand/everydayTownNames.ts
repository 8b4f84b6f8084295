import { cachedStateCode } from './places';
import type { UnderstoodPlace } from './slots';

/**
 * Towns named by an everyday Spanish word or phrase: "trabajo en el campo" is farm work (not El Campo, TX), "vivo en
 * el campo" the countryside, "socorro" a cry for help (not Socorro, NM), "dale" an ok (not Dale, IN), "hay" is
 * "there is" (not Hay, WA), "ola" a "hola" typed fast (not Ola, AR); English verbs ("to cope", "cant deal"); drugs'
 * street names ("bud", "snow", "rock"), a greeting ("happy friday") and "fine" ("zoom is fine").
 * Such a town is only meant when its state is said with it ("el campo tx") or its name is written with capitals
 * ("El Campo").
 */
const EVERYDAY_TOWNS = new Set([
  'el campo',
  'socorro',
  'dale',
  'hay',
  'una',
  'mas',
  'ola',
  'solo',
  'pool',
  // English verbs said of drinking (the seventeenth session's probe: "i drink to cope. need meetings" was Cope, CO).
  'cope',
  'deal',
  // Street names of drugs and a greeting (the twenty-second session's probe: "bud" at "What is it about?" was Bud, WV;
  // "snow" Snow, OK; "happy friday! need a meeting" searched Happy, TX).
  'bud',
  'snow',
  'rock',
  'china',
  'white',
  'jack',
  'happy',
  // How a choice suits (the thirtieth session's probe, M2: "zoom is fine" was said back "online, near Fine, NY").
  'fine',
]);

/**
 * Towns named as a holiday is (Christmas, FL; Independence, MO): "what about christmas eve", "independence day" at a
 * list name the day, not the town (the twenty-first session's probe searched Christmas, FL), however it is written.
 */
const HOLIDAY_TOWNS = new Set(['christmas', 'independence']);
/** Words after a holiday's name that make it the day: "christmas eve", "independence day". */
const HOLIDAY_AFTER = new Set(['eve', 'day', 'morning', 'night', 'weekend', 'break']);

/** Whether a place read from a text is only an everyday word that happens to be a town's name. */
export function isEverydayWordTown(place: UnderstoodPlace | null, raw: string, said: readonly string[]): boolean {
  const town = place?.town?.toLowerCase();
  if (town && HOLIDAY_TOWNS.has(town) && said.some((w, i) => w === town && HOLIDAY_AFTER.has(said[i + 1] ?? '')))
    return true;
  if (!town || place?.postal_code || !EVERYDAY_TOWNS.has(town)) return false;
  // Its own state said: "el campo tx", "socorro new mexico".
  const state = place?.state?.toLowerCase();
  const ofState = (name: string) => state !== undefined && cachedStateCode(name)?.toLowerCase() === state;
  if (said.some((w, i) => w === state || (w.length > 2 && ofState(w)) || ofState(`${said[i - 1]} ${w}`))) return false;
  // Written as a name: each word capitalised, as "El Campo" or "Socorro".
  const capitalised = town
    .split(' ')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
  return !raw.includes(capitalised);
}

/**
 * "what time is that in central", "is that eastern time", "a que hora es en hora del centro": a time zone named in a
 * question of time, which is no place (the twenty-fourth session's probe: "in central" became a town called Central
 * and the state was asked; "in eastern" moved the search to Eastern, KY). The zone's words are left out of the words
 * the place is read from; the rest of the text is read as it is.
 */

/**
 * The US zones as texters name them: their own names, English and Spanish ("central" also in "hora central", "este" in
 * "hora del este"), and their short names, said of time only ("is that est or cst"; ct and mt are states' codes too,
 * see STATE_LIKE_CODES). One table, so the words read as zones and the zone each one names never disagree.
 */
const ZONES: ReadonlyArray<{ zone: string; names: readonly string[]; codes: readonly string[] }> = [
  { zone: 'America/New_York', names: ['eastern', 'este', 'oriental'], codes: ['est', 'edt', 'et'] },
  { zone: 'America/Chicago', names: ['central', 'centro'], codes: ['cst', 'cdt', 'ct'] },
  { zone: 'America/Denver', names: ['mountain', 'montana'], codes: ['mst', 'mdt', 'mt'] },
  { zone: 'America/Los_Angeles', names: ['pacific', 'pacifico'], codes: ['pst', 'pdt', 'pt'] },
  { zone: 'America/Anchorage', names: ['alaska'], codes: ['akst'] },
  { zone: 'Pacific/Honolulu', names: ['hawaii'], codes: ['hst'] },
  { zone: 'America/Puerto_Rico', names: ['atlantic'], codes: [] },
];

/** The zones' own names. */
const ZONE_NAMES: ReadonlySet<string> = new Set(ZONES.flatMap((z) => z.names));

/** The zones' short names. */
const ZONE_CODES: ReadonlySet<string> = new Set(ZONES.flatMap((z) => z.codes));

/** Each zone's words, names and short names, and its IANA zone: what `zoneNamed` reads. */
const ZONE_OF_WORD: ReadonlyMap<string, string> = new Map(
  ZONES.flatMap((z) => [...z.names, ...z.codes].map((word) => [word, z.zone] as const)),
);

/** Codes that are also states' (Connecticut, Montana): a zone only with "time" after them ("ct time"). */
const STATE_LIKE_CODES: ReadonlySet<string> = new Set(['ct', 'mt']);

/** Words after a zone's name that make it one: "central time", "eastern standard time", "pacific timezone". */
const ZONE_AFTER: ReadonlySet<string> = new Set(['time', 'timezone', 'zone', 'standard', 'daylight', 'std', 'tz']);

/** Spanish words before a zone's name that make it one: "hora del centro", "horario central", "zona del pacifico". */
const ZONE_BEFORE_ES: ReadonlySet<string> = new Set(['hora', 'horario', 'tiempo', 'zona']);

/** Small words between the Spanish word and the zone: "hora del este", "hora de la montana". */
const ES_LINKS: ReadonlySet<string> = new Set(['del', 'de', 'la']);

/** Words of a question of time: a zone's bare name in such a text ("what time is that in central") is the zone. */
const ASKS_A_TIME =
  /^(?:time|times|hora|horas|when|cuando|clock|oclock|start|starts|begin|begins|\d{1,2}(?::?\d\d)?(?:am|pm)?|am|pm)$/;

/** Words a bare zone name follows in a question of time: "in central", "that eastern", or ending the text. */
const BEFORE_BARE_ZONE: ReadonlySet<string> = new Set(['in', 'en', 'for', 'that', 'thats', 'is', 'its', 'my', 'the']);

/** English zone names that may stand bare in a question of time (Spanish ones need "hora" before them). */
const BARE_ZONES: ReadonlySet<string> = new Set(['eastern', 'central', 'mountain', 'pacific', 'atlantic']);

/** How many words from `i` on say a zone: "central time" 2, "eastern standard time" 3, "est" 1; 0 for none. */
function zoneLengthAt(said: readonly string[], i: number, timeAsked: boolean): number {
  const word = said[i];
  if (ZONE_CODES.has(word)) {
    if (STATE_LIKE_CODES.has(word)) return said[i + 1] === 'time' ? 2 : 0;
    return said[i + 1] === 'time' ? 2 : 1;
  }
  if (ZONE_BEFORE_ES.has(word)) {
    let j = i + 1;
    while (ES_LINKS.has(said[j]) && j - i < 3) j++;
    return ZONE_NAMES.has(said[j]) ? j - i + 1 : 0;
  }
  if (!ZONE_NAMES.has(word)) return 0;
  let j = i + 1;
  while (ZONE_AFTER.has(said[j])) j++;
  if (j > i + 1) return j - i;
  // A bare name: only in a question of time, after "in"/"that" or ending the text ("what time is it in eastern").
  const bare = BARE_ZONES.has(word) && timeAsked && (i === said.length - 1 || BEFORE_BARE_ZONE.has(said[i - 1]));
  return bare && (said[i + 1] === undefined || ASKS_A_TIME.test(said[i + 1]) || said[i + 1] === 'or') ? 1 : 0;
}

/**
 * The words of a text without the time zones it names ("what time is that in central" without "central"), or
 * undefined when it names none, so the place is read from the words as they are.
 */
export function withoutTimeZones(said: readonly string[]): string[] | undefined {
  const timeAsked = said.some((w) => ASKS_A_TIME.test(w));
  const kept: string[] = [];
  let dropped = false;
  for (let i = 0; i < said.length; i++) {
    const length = zoneLengthAt(said, i, timeAsked);
    if (length === 0) kept.push(said[i]);
    else {
      dropped = true;
      i += length - 1;
    }
  }
  return dropped ? kept : undefined;
}

/** Words that are a zone only after "hora", "zona" (Spanish "este" is also "this", "centro" a town's centre). */
const ZONE_ONLY_AFTER_HORA: ReadonlySet<string> = new Set(['este', 'oriental', 'centro', 'montana', 'pacifico']);

/**
 * The IANA zone a text about time names by the zone's own name ("is that central", "is this eastern time", "en hora
 * del pacifico", "is that est"), for a text the flow's `time_zone` words already took; undefined when it names none,
 * or two ("is that eastern or central": which one is meant is no sure thing).
 */
export function zoneNamed(said: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < said.length; i++) {
    const zone = ZONE_OF_WORD.get(said[i]);
    if (!zone) continue;
    if (STATE_LIKE_CODES.has(said[i]) && said[i + 1] !== 'time') continue;
    if (ZONE_ONLY_AFTER_HORA.has(said[i]) && !spanishZoneBefore(said, i)) continue;
    if (found && found !== zone) return undefined;
    found = zone;
  }
  return found;
}

/** Words that join two zones asked between: "hora del este o del pacifico". */
const ZONES_JOINED: ReadonlySet<string> = new Set(['o', 'u', 'y', 'or']);

/**
 * Whether "hora", "horario" or "zona" comes before word `i` with only small words between ("hora del este"), or
 * zones joined by "o" ("hora del este o del pacifico": both are zones).
 */
function spanishZoneBefore(said: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 6; j--) {
    if (ZONE_BEFORE_ES.has(said[j])) return true;
    if (!ES_LINKS.has(said[j]) && !ZONES_JOINED.has(said[j]) && !ZONE_OF_WORD.has(said[j])) return false;
  }
  return false;
}

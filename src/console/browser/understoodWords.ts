/**
 * What the simulator's "Understood" says, in plain words staff read instead of the engine's JSON. Pure (no DOM),
 * so it is tested in Node as well as on the page. The console's pages are in English, so these words are too,
 * whatever language the pretend texter wrote in: the words they wrote are shown beside each value.
 */

/** One line of what the line understood: a plain name, its value in words, and the words that told it. */
export interface UnderstoodLine {
  term: string;
  value: string;
  /** The texter's own words that gave this value (from the engine's `heard`), when it names any. */
  from?: string;
}

/** What the engine reports it understood (POST /console/flows/simulate's `understood`). */
export interface Understood {
  values?: Record<string, unknown>;
  heard?: Array<{ slot: string; value: string; words: string; negated?: boolean }>;
}

const YES_NO = (v: unknown) => (v === true ? 'yes' : v === false ? 'no' : undefined);

/**
 * The slots the flow fills, in the order staff think of a request (who, what, how, where, when), each with its
 * plain name and, for the values it can take, their words. A slot not listed here is still shown, by its own name.
 */
const SLOTS: Array<{
  key: string;
  term: string;
  words?: Record<string, string>;
  say?: (v: unknown) => string | undefined;
}> = [
  { key: 'audience', term: 'For', words: { self: 'the texter', family: 'a family member' } },
  {
    key: 'concern',
    term: 'Trouble',
    words: { alcohol: 'alcohol', drugs: 'drugs', gambling: 'gambling', unsure: 'not sure yet' },
  },
  { key: 'medication', term: 'Takes medication', say: YES_NO },
  { key: 'teen', term: 'A teenager', say: YES_NO },
  { key: 'mode', term: 'Meet', words: { in_person: 'in person', online: 'online', phone: 'by phone', any: 'any way' } },
  { key: 'place', term: 'Place', say: placeWords },
  { key: 'when', term: 'When' },
  { key: 'part', term: 'Time of day' },
  { key: 'programs', term: 'Programs named', say: (v) => listWords(v, programName) },
  { key: 'wants', term: 'Wants' },
  { key: 'intents', term: 'Asking for' },
  { key: 'yes', term: 'Answered', say: YES_NO },
  { key: 'item', term: 'Picked from the list', say: (v) => (typeof v === 'number' ? `number ${v}` : undefined) },
];

/** Slots the simulator never shows on their own but a word list fills: their plain names. */
const OTHER_TERMS: Record<string, string> = {
  concern_weak: 'Trouble (a weaker hint)',
  behavior: 'Behavior',
  refine: 'Narrowing the results',
};

/**
 * A slot and one of its values in plain words, as the simulator says them ("Trouble", "drugs"; "Meet", "in person"):
 * how the word lists of `understand.slots` are named in the console.
 */
export function slotValueName(key: string, value: string): { term: string; value: string } {
  const slot = SLOTS.find((s) => s.key === key);
  const term = slot?.term ?? OTHER_TERMS[key] ?? plain(key);
  const yesNo = value === 'true' ? 'yes' : value === 'false' ? 'no' : undefined;
  const said = slot?.words?.[value] ?? (key === 'programs' ? programName(value) : undefined) ?? yesNo ?? plain(value);
  return { term, value: said };
}

/** "AA", "NA", "smart recovery": short program ids are acronyms, longer ones words. */
function programName(id: string): string {
  return id.length <= 3 ? id.toUpperCase() : id.replace(/_/g, ' ');
}

/** A place as the texter gave it: "79101 (Amarillo, TX)", "Amarillo, TX", or just what is known. */
function placeWords(v: unknown): string | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const { postal_code: zip, town, state, ...rest } = v as Record<string, unknown>;
  const where = [town, state].filter((p) => typeof p === 'string' && p).join(', ');
  const main = typeof zip === 'string' && zip ? (where ? `${zip} (${where})` : zip) : where;
  const others = Object.entries(rest).filter(([, value]) => !isEmpty(value));
  return [main, ...others.map(([k, value]) => `${k}: ${anyWords(value)}`)].filter(Boolean).join(', ') || undefined;
}

function listWords(v: unknown, name: (s: string) => string = plain): string | undefined {
  return Array.isArray(v) ? v.map((x) => name(String(x))).join(', ') : undefined;
}

/** An engine code as words: `in_person` becomes "in person". */
function plain(code: string): string {
  return code.replace(/_/g, ' ');
}

/** Any value, however shaped, in words: nothing the engine reports is left out. */
function anyWords(v: unknown): string {
  if (Array.isArray(v)) return v.map(anyWords).join(', ');
  if (v && typeof v === 'object')
    return Object.entries(v)
      .filter(([, x]) => !isEmpty(x))
      .map(([k, x]) => `${plain(k)}: ${anyWords(x)}`)
      .join(', ');
  return YES_NO(v) ?? (typeof v === 'string' ? plain(v) : String(v));
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

/**
 * The texter's words behind a slot's value ("husband"), each once, from what the engine heard; a weaker reading of
 * the slot (`concern_weak`: "toma") counts as its own.
 */
function heardFor(u: Understood, key: string): string | undefined {
  const words = new Set(
    (u.heard ?? []).filter((h) => (h.slot === key || h.slot.startsWith(`${key}_`)) && !h.negated).map((h) => h.words),
  );
  return words.size ? [...words].map((w) => `“${w}”`).join(', ') : undefined;
}

/**
 * The lines the simulator shows under a reply, known slots first in SLOTS's order, then any other as "name: value";
 * empty values (null, "", []) are left out, as the engine reports every slot whether the text said it or not.
 */
export function understoodLines(u: Understood | undefined): UnderstoodLine[] {
  if (!u) return [];
  const values = Object.entries(u.values ?? {}).filter(([, v]) => !isEmpty(v));
  const known = new Map(SLOTS.map((s) => [s.key, s]));
  const line = (key: string, v: unknown): UnderstoodLine => {
    const slot = known.get(key);
    const value =
      (slot?.say ? slot.say(v) : typeof v === 'string' ? slot?.words?.[v] : undefined) ??
      (Array.isArray(v) ? listWords(v) : undefined) ??
      anyWords(v);
    const from = heardFor(u, key);
    return { term: slot?.term ?? key, value, ...(from ? { from } : {}) };
  };
  const order = (key: string) => {
    const i = SLOTS.findIndex((s) => s.key === key);
    return i < 0 ? SLOTS.length : i;
  };
  return values.sort(([a], [b]) => order(a) - order(b)).map(([k, v]) => line(k, v));
}

/** The engine's label for a text (`start`, `crisis`...) as the simulator says it; undefined for a plain answer. */
export function kindWords(kind: string | undefined): string | undefined {
  if (!kind || kind === 'answer') return undefined;
  const words: Record<string, string> = {
    start: 'the start of a conversation',
    flow_changed: 'a fresh start: the conversation began on a flow since changed',
    restart: 'a wish to start over',
    start_again: 'a wish to start over',
    resume: 'a wish to pick up where they left off',
    crisis: 'a crisis: the line answered with help numbers',
    stop: 'an opt-out (STOP): no more texts',
    opt_out: 'a wish to stop getting texts',
    help: 'a request for help with the line (HELP)',
    language: 'a change of language',
    check_in: 'a check-in',
    error: 'a text the line could not handle: it sent its “having trouble” reply',
    duplicate: 'the same text again: the earlier reply was sent again',
    rate_limited: 'one text too many this minute: not answered',
    rate_limit_notice: 'one text too many this minute',
  };
  return words[kind] ?? plain(kind);
}

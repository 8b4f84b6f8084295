import type { Understanding } from './slots';

/**
 * Scores understanding against labelled texts in the format of the shared utterances set
 * (`{"lang","text","expect":{...}}`): only the keys under `expect` are checked, and all must hold.
 */

/** One labelled text. */
export interface LabelledText {
  lang: string;
  text: string;
  expect: Record<string, unknown>;
}

/** One key of one text that did not hold. */
export interface SlotMiss {
  key: string;
  expected: unknown;
  got: unknown;
}

const EQUAL_KEYS = ['audience', 'concern', 'medication', 'teen', 'mode', 'when', 'part', 'yes', 'item'] as const;
const LIST_KEYS = ['programs', 'wants', 'intents'] as const;
const ABSENT_KEYS: Record<string, 'intents' | 'wants'> = { intents_absent: 'intents', wants_absent: 'wants' };

function plain(value: unknown): string {
  return String(value ?? '')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim();
}

/** The keys of `expect` that the understanding gets wrong; empty when the text is fully right. */
export function missesOf(expect: Record<string, unknown>, got: Understanding): SlotMiss[] {
  const misses: SlotMiss[] = [];
  for (const [key, expected] of Object.entries(expect)) {
    let ok: boolean;
    if ((EQUAL_KEYS as readonly string[]).includes(key)) ok = got[key as (typeof EQUAL_KEYS)[number]] === expected;
    else if ((LIST_KEYS as readonly string[]).includes(key)) {
      const have = got[key as (typeof LIST_KEYS)[number]];
      ok = Array.isArray(expected) && expected.every((v) => have.includes(String(v)));
    } else if (key in ABSENT_KEYS) {
      const have = got[ABSENT_KEYS[key]];
      ok = Array.isArray(expected) && !expected.some((v) => have.includes(String(v)));
    } else if (key === 'place') {
      if (expected === null) ok = got.place === null;
      else {
        const want = expected as Record<string, unknown>;
        ok =
          got.place !== null &&
          Object.entries(want).every(
            ([f, v]) => plain((got.place as unknown as Record<string, unknown>)[f]) === plain(v),
          );
      }
    } else ok = false; // an unknown key is a labelling mistake worth seeing
    if (!ok)
      misses.push({
        key,
        expected,
        got: key in ABSENT_KEYS ? got[ABSENT_KEYS[key]] : (got as unknown as Record<string, unknown>)[key],
      });
  }
  return misses;
}

/** Per-key and overall results of a labelled set. */
export interface Score {
  items: number;
  fullyRight: number;
  perKey: Record<string, { checked: number; right: number }>;
  /** Texts labelled crisis where none was found, and texts labelled not-crisis where one was. */
  crisisMissed: string[];
  crisisFalseAlarms: string[];
}

/** Scores every labelled text with `read`, returning the totals and each text's misses. */
export function scoreTexts(
  texts: readonly LabelledText[],
  read: (t: LabelledText) => Understanding,
): { score: Score; misses: { text: LabelledText; got: Understanding; misses: SlotMiss[] }[] } {
  const score: Score = { items: texts.length, fullyRight: 0, perKey: {}, crisisMissed: [], crisisFalseAlarms: [] };
  const all: { text: LabelledText; got: Understanding; misses: SlotMiss[] }[] = [];
  for (const t of texts) {
    const got = read(t);
    const misses = missesOf(t.expect, got);
    for (const key of Object.keys(t.expect)) {
      const k = (score.perKey[key] ??= { checked: 0, right: 0 });
      k.checked++;
      if (!misses.some((m) => m.key === key)) k.right++;
    }
    if (misses.length === 0) score.fullyRight++;
    else all.push({ text: t, got, misses });
    const crisis = got.intents.includes('crisis');
    if ((t.expect.intents as unknown[] | undefined)?.includes('crisis') && !crisis) score.crisisMissed.push(t.text);
    if ((t.expect.intents_absent as unknown[] | undefined)?.includes('crisis') && crisis)
      score.crisisFalseAlarms.push(t.text);
  }
  return { score, misses: all };
}

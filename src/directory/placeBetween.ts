import type { Place, PlaceLookup } from './types';

/**
 * A place between two towns: "somewhere between amarillo and lubbock", "halfway from dallas to houston", "entre
 * lubbock y midland". A rural texter often lives out between two towns and names both; the search starts halfway,
 * where meetings in either direction are as near, instead of at the first town named. Said back as "halfway from
 * Amarillo to Lubbock, TX", which reads again as the same place (the line looks a place up again from its label).
 */

/** Words that start the two towns. */
const BETWEEN_WORDS: ReadonlySet<string> = new Set(['between', 'halfway', 'midway', 'entre']);
/** Words after "halfway" before the first town: "halfway from", "midway between". */
const AFTER_BETWEEN: ReadonlySet<string> = new Set(['from', 'between', 'de']);
/** Words that join the two towns: "and", "to", "y", "n" ("amarillo n lubbock"), "or". */
const JOINS: ReadonlySet<string> = new Set(['and', 'to', 'y', 'n', 'or', 'a']);
/** Farther apart than this, halfway is nowhere in particular: the first town is searched, as before. */
const MAX_MILES = 300;
/** How many words a town's name and its state may have, on each side. */
const MAX_TOWN_WORDS = 5;

/** Miles between two points, flat-earth: good enough to tell near from far. */
function milesApart(a: Place, b: Place): number {
  const dLat = (a.lat - b.lat) * 69;
  const dLon = (a.lon - b.lon) * 69 * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  return Math.sqrt(dLat * dLat + dLon * dLon);
}

/** A label's town and state: "Amarillo, TX" as ["Amarillo", "TX"]. */
function townAndState(label: string): [string, string] {
  const comma = label.lastIndexOf(', ');
  return comma > 0 ? [label.slice(0, comma), label.slice(comma + 2)] : [label, ''];
}

/**
 * The place halfway between two towns named in `tokens` (normalized words), or undefined when the words name no two
 * towns so. `lookup` reads a town from words ("lubbock tx"); a town found in several states is tried in the other
 * town's state ("between springfield and branson": Springfield, MO).
 */
export function betweenTwoTowns(
  tokens: readonly string[],
  lookup: (words: string[]) => PlaceLookup,
): PlaceLookup | undefined {
  const at = tokens.findIndex((w) => BETWEEN_WORDS.has(w));
  if (at < 0) return undefined;
  let from = at + 1;
  if (AFTER_BETWEEN.has(tokens[from])) from++;
  for (let join = from + 1; join < tokens.length - 1 && join - from <= MAX_TOWN_WORDS; join++) {
    if (!JOINS.has(tokens[join])) continue;
    const first = tokens.slice(from, join);
    // The second town ends the text, or a number after it ("and lubbock on i 27").
    const digit = tokens.findIndex((w, i) => i > join && /\d/.test(w));
    const second = tokens.slice(join + 1, Math.min(digit < 0 ? tokens.length : digit, join + 1 + MAX_TOWN_WORDS));
    if (second.some((w) => BETWEEN_WORDS.has(w)) || first.some((w) => /\d/.test(w))) continue;
    const pair = bothFound(first, second, lookup);
    if (!pair) continue;
    const [a, b] = pair;
    if (a.label === b.label || milesApart(a, b) > MAX_MILES) return undefined;
    return { kind: 'found', place: halfway(a, b) };
  }
  return undefined;
}

/** The two towns, each found, the second's state tried for the first when the first is in several, and back. */
function bothFound(
  first: string[],
  second: string[],
  lookup: (words: string[]) => PlaceLookup,
): [Place, Place] | undefined {
  let a = lookup(first);
  let b = lookup(second);
  // "between canyon and hereford": both in several states, so the first state both are in (meetings near, larger).
  if (a.kind === 'ambiguous' && b.kind === 'ambiguous') {
    const states = b.states;
    const shared = a.states.find((s) => states.includes(s))?.toLowerCase();
    if (shared) [a, b] = [lookup([...first, shared]), lookup([...second, shared])];
  }
  if (a.kind === 'ambiguous' && b.kind === 'found')
    a = lookup([...first, townAndState(b.place.label)[1].toLowerCase()]);
  if (b.kind === 'ambiguous' && a.kind === 'found')
    b = lookup([...second, townAndState(a.place.label)[1].toLowerCase()]);
  return a.kind === 'found' && b.kind === 'found' ? [a.place, b.place] : undefined;
}

/** The point halfway, said as "halfway from Amarillo to Lubbock, TX" (each town's state when they differ). */
function halfway(a: Place, b: Place): Place {
  const [townA, stateA] = townAndState(a.label);
  const [townB, stateB] = townAndState(b.label);
  const label =
    stateA === stateB ? `halfway from ${townA} to ${townB}, ${stateB}` : `halfway from ${a.label} to ${b.label}`;
  return { lat: (a.lat + b.lat) / 2, lon: (a.lon + b.lon) / 2, label, country: b.country };
}

/** Whether a word may start two towns (BETWEEN_WORDS): most texts have none and are not read for them. */
export function mayNameTwoTowns(words: readonly string[]): boolean {
  return words.some((w) => BETWEEN_WORDS.has(w));
}

/** Whether a place is one halfway between two towns (its label says so), as betweenTwoTowns makes it. */
export function isHalfway(label: string): boolean {
  return label.startsWith('halfway from ');
}

import type { Place } from '../directory/types';

/**
 * What tells two places apart: the label and the point. Two ZIP codes of one town share the label
 * ("Amarillo, TX" for 79101 and 79106) but not the point, and "sorry i meant 79106" is a move.
 */
export function placeKey(place: Place): string {
  return `${place.label}|${place.lat.toFixed(4)}|${place.lon.toFixed(4)}`;
}

/** True when `a` and `b` are the same place (placeKey); an absent one is the same as none other. */
export function samePlace(a: Place | undefined, b: Place | undefined): boolean {
  if (!a || !b) return a === b;
  return placeKey(a) === placeKey(b);
}

/** The state code a place's label ends with ("Worcester, MA" -> "MA"), or undefined (a Canadian place, none). */
export function labelState(label: string | undefined): string | undefined {
  return label === undefined ? undefined : /,\s*([A-Z]{2})$/.exec(label)?.[1];
}

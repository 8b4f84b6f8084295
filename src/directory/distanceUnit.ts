import type { Place, ReplyLabels } from './types';

/**
 * The unit distances are said in to a texter. The search always measures in miles (its rings are 10, 25, 50 and
 * 100 miles); only the words change: a texter whose searched place is in Canada reads kilometres ("3 km",
 * "within 40 km"), as road signs and maps there give them, everyone else miles, as before.
 */
export type DistanceUnit = 'mi' | 'km';

/** Kilometres in a mile. */
export const KM_PER_MILE = 1.609344;

/** Kilometres for a place in Canada, miles everywhere else (and when no place is known). */
export function unitAt(place: Pick<Place, 'country'> | undefined): DistanceUnit {
  return place?.country === 'CA' ? 'km' : 'mi';
}

/** The flow's word for a unit: `labels.miles`, or `labels.km` ("km" for a flow that has none). */
export function unitWord(labels: Pick<ReplyLabels, 'miles' | 'km'>, unit: DistanceUnit): string {
  return unit === 'km' ? (labels.km ?? 'km') : labels.miles;
}

/** A meeting's distance as a line says it: "<1" or whole units ("3"); `miles` as the search rounds it. */
export function distanceSaid(miles: number, unit: DistanceUnit): string {
  const d = unit === 'km' ? miles * KM_PER_MILE : miles;
  return d < 1 ? '<1' : String(Math.round(d));
}

/**
 * How far a search looked (a ring, or a limit the texter said), as a heading says it: whole miles; in kilometres
 * whole below 50, else to the nearest 5, so the rings read "16", "40", "80" and "160 km", and "within 100 km"
 * said by the texter (62 miles to the search) comes back as 100.
 */
export function ringSaid(miles: number, unit: DistanceUnit): string {
  if (unit === 'mi') return String(Math.round(miles));
  const km = miles * KM_PER_MILE;
  return String(km < 50 ? Math.max(1, Math.round(km)) : Math.round(km / 5) * 5);
}

/** The miles a ring said in `unit` stands for (what ringSaid wrote, read back): for a heading kept in the vars. */
export function milesOfSaid(said: number, unit: DistanceUnit): number {
  return unit === 'km' ? said / KM_PER_MILE : said;
}

import { RADII_MILES, isStandardRing } from '../../directory/meetingSearch';
import type { MeetingMatch } from '../../directory/types';

/**
 * The ring a results heading names: the smallest standard ring the in-person meetings listed all fall in, not the
 * ring the search widened to. The search widens until enough groups meet near (Odessa: out to 100 mi), yet lists
 * the soonest of them, which may all be 2 mi away; "Meetings within 100 mi" then misleads (texting probe of
 * 2026-12-06). A limit the texter said ("within 5 miles"), or a page with no meeting in person, keeps `radius`.
 */
export function headingRing(radius: number | undefined, listed: readonly MeetingMatch[]): number | undefined {
  if (radius === undefined || !isStandardRing(radius)) return radius;
  let farthest = -1;
  for (const m of listed) if (m.distanceMiles !== undefined && m.distanceMiles > farthest) farthest = m.distanceMiles;
  if (farthest < 0) return radius;
  const ring = RADII_MILES.find((r) => r >= farthest);
  return ring !== undefined && ring < radius ? ring : radius;
}

/** A meeting the in-person search holds: its row, minutes to its next start, and how far it is. */
export interface RoomCandidate {
  row: number;
  delta: number;
  distanceMiles?: number;
}

/** The smallest of `rings` (miles, ascending) that holds `miles`; the last one when none does. */
export function ringOf(miles: number, rings: readonly number[]): number {
  return rings.find((r) => miles <= r) ?? rings[rings.length - 1];
}

/**
 * Whether the first room listed (soonest first) is beyond the second ring (25 mi): a rural texter then reads the first
 * line as "the nearest meeting is 69 miles away" (the twenty-third session's probe: Van Horn, TX listed Marfa at 69 mi
 * and Alpine at 84 before the group in town, 1 mi, on Monday; Andrews' own daily group was off the page), and the
 * search looks for the nearest room to put first. Not nearer: Canyon's one morning group in town must not push aside
 * the five meeting tonight in Amarillo, 12 mi off, a drive people make (meetingReplies.test.ts).
 */
export function firstRoomIsFarOut(list: readonly RoomCandidate[], rings: readonly number[]): boolean {
  const first = list[0]?.distanceMiles;
  return first !== undefined && first > rings[Math.min(1, rings.length - 1)];
}

/**
 * The list with the nearest room first when it is a ring nearer than the first room listed, and left as it is
 * otherwise: the rest stay soonest first, so each page is still a slice of one list.
 */
export function nearestUpFront(
  list: readonly RoomCandidate[],
  nearest: RoomCandidate | undefined,
  rings: readonly number[],
): RoomCandidate[] {
  const first = list[0]?.distanceMiles;
  if (!nearest || nearest.distanceMiles === undefined || first === undefined) return [...list];
  if (ringOf(first, rings) <= ringOf(nearest.distanceMiles, rings)) return [...list];
  return [nearest, ...list.filter((c) => c.row !== nearest.row)];
}

import type { MeetingDirectory, PlaceLookup } from '../directory/types';

/**
 * A town in several states ("Hereford": TX, AZ, CO, OR, PA) named by a texter whose number is from one of them is
 * the one in that state: a rural texter near Amarillo is not asked "which state?" for their own town. The place is
 * said back ("near Hereford, TX"), so someone away from home sees it and can name another. Without a home state
 * (a number from abroad, the chat without --state), or a town not in it, the lookup stands as it was.
 */
export function inHomeState(
  directory: MeetingDirectory,
  found: PlaceLookup,
  homeState: string | undefined,
): PlaceLookup {
  if (found.kind !== 'ambiguous' || !homeState || !found.states.includes(homeState)) return found;
  const own = directory.lookupPlace(`${found.town}, ${homeState}`);
  return own.kind === 'found' ? own : found;
}

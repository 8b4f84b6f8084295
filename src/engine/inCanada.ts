import { CA_PROVINCES } from '../directory/nationalSide';
import type { Place } from '../directory/types';
import type { Live } from './liveConversation';

/**
 * Whether a texter is known to be in Canada, where the US help lines (SAMHSA, Childhelp, the partners' hotline,
 * RAINN, Poison Control) do not answer: the place they searched is there, or, before they name one, their number was
 * issued in a province (Twilio's `FromState`, read at the edge; the number itself is never seen here or kept). A
 * place named decides over the number: a Canadian number searching Geneva, NY is someone in the US.
 */
export function inCanada(place: Pick<Place, 'country'> | undefined, homeState: string | undefined): boolean {
  if (place) return place.country === 'CA';
  return homeState !== undefined && CA_PROVINCES.has(homeState);
}

/** inCanada for a conversation going on (its place, else the number's province), else for the number alone. */
export function liveInCanada(live: Live | undefined, homeState: string | undefined): boolean {
  const context = live?.snapshot.context as { place?: Place; homeState?: string } | undefined;
  return inCanada(context?.place, context?.homeState ?? homeState);
}

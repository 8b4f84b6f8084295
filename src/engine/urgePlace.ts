import { plainWords } from '../directory/plainWords';

/**
 * Where the texter is, told at the place question, that is a moment of risk: "at the bar", "im at my dealers house",
 * "en la cantina". The line's word for an urge (the flow's `craving`, as "im at a bar right now and want to leave"
 * gets) comes before the question again, not "Sorry, I couldn't find that place" (the twenty-first session's probe).
 */
const AT_A_RISKY_PLACE =
  /^(?:(?:im|i m|i am|we re|were|right now|rn|currently|ahorita|ahora|estoy|ando)\s+)*(?:at|in|inside|en|afuera de|outside) (?:the |a |my |this |el |la |una |un |mi )?(?:bar|pub|club|liquor store|cantina|dealers?(?: s)?(?: house| place| apartment| apt)?|plugs?(?: s)?(?: house| place)?|casa de mi (?:dealer|dealer s|vendedor)|tienda de licor|licoreria)(?: (?:right now|rn|now|ahorita|ahora|again|otra vez))?$/;

/** Whether a text at the place question says only that the texter is at a bar, a liquor store or a dealer's. */
export function atARiskyPlace(text: string): boolean {
  return AT_A_RISKY_PLACE.test(plainWords(text));
}

import { isChildRelation } from './otherSidesGroups';

/**
 * Whether a child beside the texter during a meeting is asked about: "can my baby be on my lap during the zoom", "is it
 * ok if my kids are in the room during the meeting", "can she sit on my lap while im on the call", "mis hijos pueden
 * estar conmigo durante la reunion en linea?". The thirtieth session found the second read as help for the kids (a new
 * conversation, "What is it about?"), and the first as a wish to meet online with the same page again. The flow's
 * `kids_nearby` keyword answers it; bringing a child along is childcare's (sideQuestions.ts), and a child left alone
 * or in danger the crisis detector's, before any of this.
 */

/** A child, or "she"/"he" told of earlier ("can she be on my lap"). */
const CHILD =
  /\b(?:kids?|kiddos?|child|children|baby|babies|toddlers?|infant|newborn|son|daughter|sons|daughters|little ones?|she|he|hijos?|hijas?|ninos?|ninas?|bebes?|nenes?|nenas?)\b/;

/**
 * Where the child is: beside the texter, in the room, within hearing. Not "with me" (brought along: childcare's or
 * company's question), nor "home alone" (left, which is no meeting's question).
 */
const NEARBY =
  /\b(?:on my lap|in my lap|sit on me|in the room|in the background|around|next to me|beside me|at home|home|in the house|hear|overhear|listening|listen in|en mis piernas|en mi regazo|en el cuarto|en la casa|conmigo|a mi lado|al lado|escuchan|escuchar|oyen|oir)\b/;

/** Asked, not told: a question's words or mark ("can", "is it ok if", "puedo", "?"). */
const ASKED =
  /\b(?:can|could|is it|is that|would it|will it|do they|does it|ok if|okay if|fine if|alright if|allowed|mind if|problem if|puedo|pueden|puede|se puede|esta bien|hay problema|importa)\b|\?/;

/** A meeting, or a time of one, named: "during the zoom", "on the call", "durante la reunion". */
const MEETING =
  /\b(?:meetings?|mtgs?|zoom|call|calls|online|groups?|during|while|reunion|reuniones|juntas?|llamada|linea|durante|mientras)\b/;

/** Said of someone's drinking or using ("is it ok if my kids are around when i drink"): no meeting's question. */
const USE =
  /\b(?:drink|drinks|drinking|drunk|high|using|uses|smoke|smokes|smoking|alone|solos?|solas?|toma|tomando|borrach[oa]|drogad[oa])\b/;

/**
 * Whether the text asks if a child may be beside the texter at a meeting (see above). `plain` is the text in lower
 * case with accents folded (plainLower). Drinking or using told after where the child is makes it no meeting's
 * question ("is it ok if my kids are around when i drink during the zoom"); told before, it is the family's own news
 * ("my husband drinks, can my baby be on my lap during zoom meetings").
 */
export function asksAboutKidsNearby(plain: string): boolean {
  const text = plain.replace(/['’]/g, '');
  // Where first: "he" and "she" start many texts, a lap or a room few.
  const nearby = NEARBY.exec(text);
  if (!nearby || !CHILD.test(text)) return false;
  return ASKED.test(text) && MEETING.test(text) && !USE.test(text.slice(nearby.index));
}

/** Small children said back ("your baby") that the family words of whom the help is for leave out. */
const SMALL_CHILDREN: ReadonlySet<string> = new Set(
  'baby babies toddler toddlers infant newborn kiddo kiddos nino ninos nina ninas bebe bebes nene nenes nena nenas'.split(
    ' ',
  ),
);

/** Whether a relation read from the text ("kids", "baby") is the child beside the texter, whom no help is for. */
export function isChildNearby(relation: string): boolean {
  return isChildRelation(relation) || SMALL_CHILDREN.has(relation);
}

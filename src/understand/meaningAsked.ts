/**
 * A text that asks what a word of the question means ("what do you mean by phone", "what does online mean", "que
 * significa en linea"): the word asked about is no choice of it (the nineteenth session's probe took "what do you
 * mean by phone" for "By phone"). The engine answers the question's `explain:` text.
 */

/** The ways of asking what something means, at the start of a text (plain, lowercase, no apostrophes). */
const ASKS_MEANING =
  /^\s*(?:what do (?:you|u|yall) mean(?: by)?|what does (?:\S+ ){1,3}mean|whats (?:\S+ ){1,3}mean|what(?:s| is) (?:a |an )?(?:\S+ )?(?:meeting|meetings) mean|wdym|a que te refieres con|que quieres decir con|que quiere decir|que significa)\b/;

/** Words one of which every way of asking holds. */
const MEANING_WORDS = ['mean', 'wdym', 'signific', 'refier', 'decir'];

/** Whether the text asks what a word means (a cheap word test first: most texts hold none of these words). */
export function asksMeaning(plain: string): boolean {
  const mayAsk = MEANING_WORDS.some((word) => plain.includes(word));
  return mayAsk && ASKS_MEANING.test(plain);
}

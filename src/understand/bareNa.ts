/**
 * "na" as someone's very first text: no question was asked yet that it could say no to, so it is Narcotics
 * Anonymous asked for, as "NA", "NA meetings" and "na near me" are. At a question ("do you take medication?") the
 * same "na" stays a no (the flow's `yes` words): only the engine knows a text is the first, and asks this then.
 */

/** A whole text that is only "na", in any case, with its dots or a question mark: "na", "NA", "n.a.", "na?". */
const ONLY_NA = /^\s*n\.?\s?a\.?\s*[?!.]*\s*$/i;

/** Whether a first text is only "na" (see above), to be read as "NA" is. */
export function isBareNa(text: string): boolean {
  return text.length <= 12 && ONLY_NA.test(text);
}

import type { LanguageLexicon } from './lexicon';
import type { Hit, Words } from './messageWords';
import { namesTexterRole, namesWhomFor } from './familyWhomFor';
import { ownUseTold } from './otherSidesGroups';

/**
 * "its for me", "to help me cope", "support for me", "just me", "me, the mom", "im the wife", "help for myself as a
 * parent": the texter asks for help for themselves, and tells no trouble of their own. Alone (at "Who is the help
 * for?") that is the texter's own help; said after a relative's trouble was told ("my daughter is using meth"), it
 * is support for the texter as that one's family (Nar-Anon, Al-Anon), not a correction: the twenty-fifth session's
 * probe made such parents the ones using and asked them about methadone. The engine reads it in the conversation
 * (texterAsFamily.ts). "actually its me who uses", "its for me, im the one drinking" tell a trouble of their own.
 */

/**
 * Words that say the texter is the one with the trouble, though no drink or drug is named: "actually its me", "its me
 * not him", "soy yo", "its my problem". Not "its me who needs support", nor "its for me".
 */
const CONFESSING =
  /(?:^| )(?:its|it s|it is)(?: actually)? me(?: actually)?(?: not (?:him|her|them|my \w+))?$|(?:^| )(?:soy yo|es mi problema|my problem|mi problema)(?: |$)/;

/** Slots that tell the texter takes a medicine for recovery: that is their own recovery, not a family member's. */
function medicineOwn(hits: readonly Hit[]): boolean {
  return hits.some((h) => h.entry.slot === 'medication' && h.entry.value === 'true' && !h.negated);
}

/**
 * Whether the text asks help for the texter themselves (whom the help is for read as the texter, or the texter's own
 * role named: "me, the mom", "im his mother") and tells no drinking, using or medicine of their own, nor says they
 * are the one ("its me").
 */
export function asksOwnSupport(
  lx: LanguageLexicon,
  w: Words,
  hits: readonly Hit[],
  audience: string | null,
  shared: boolean,
): boolean {
  if (shared) return false;
  // "me, the mom", "im his mother": only the texter's own role, no one else named. Read first: most texts say neither.
  const family = hits.filter((h) => h.entry.slot === 'audience' && h.entry.value === 'family' && !h.negated);
  const forTexter =
    audience === 'self' || (family.length > 0 && family.every((h) => namesTexterRole(w, h) && !namesWhomFor(w, h)));
  return forTexter && !ownUseTold(lx, w, hits) && !medicineOwn(hits) && !CONFESSING.test(w.words.join(' '));
}

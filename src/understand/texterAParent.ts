import { PARENT_ROLES } from './coParent';
import { namesTexterRole, namesWhomFor } from './familyWhomFor';
import type { Hit, Words } from './messageWords';

/** A parent's own word for themselves beside the mother's and father's: "as a parent", "soy padre de familia". */
const PARENT_WORDS = new Set([...PARENT_ROLES.keys(), 'parent', 'mamá', 'papá']);

/**
 * Whether the texter says they are a parent ("i need help as a parent", "im a worried mom", "como madre necesito
 * ayuda") and names no one the help is for: a parent texting a line for families asks for their child, so the help is
 * said back "for your child", never "for your parent" (the twenty-third probe). Read only when whom is not known.
 */
export function texterAParent(w: Words, hits: readonly Hit[]): boolean {
  const family = hits.filter((h) => h.entry.slot === 'audience' && h.entry.value === 'family' && !h.negated);
  if (!family.length || family.some((h) => namesWhomFor(w, h))) return false;
  // Only a role ("as a parent"): "my dad drank himself to death" names a father lost, who is no one's help.
  return family.some((h) => namesTexterRole(w, h) && w.words.slice(h.start, h.end).some((x) => PARENT_WORDS.has(x)));
}

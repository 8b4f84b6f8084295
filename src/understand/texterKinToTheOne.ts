import { PARENT_ROLES } from './coParent';
import { namesTexterRole, THIRD_PERSON_OWNERS } from './familyWhomFor';
import type { Hit, Words } from './messageWords';

/** Words before a role that point at one person already spoken of: "the parent", "his mom", "su esposa". */
const POINTING = new Set([...THIRD_PERSON_OWNERS, 'the', 'el', 'la']);

/** Roles only a grown-up holds: a parent's or a married spouse's ("his girlfriend" may be a teen's). */
const GROWN_ROLES = new Set([
  ...PARENT_ROLES.keys(),
  'parent',
  'wife',
  'husband',
  'spouse',
  'esposa',
  'esposo',
  'marido',
  'grandma',
  'grandpa',
  'grandmother',
  'grandfather',
  'abuela',
  'abuelo',
]);

/**
 * The texter's role towards the one who drinks or uses, pointed at as someone already spoken of: "i mean its for me,
 * im the parent", "for me, im his mom", "para mi, soy su esposa". Said with a "for me", it is a family member's own
 * help: the family groups, not the texter's own program (the twenty-ninth session's probe offered NA to the parent of
 * a 15-year-old). Not "for me, im a single mom" (an article that points at no one: she may be the one who drinks).
 * Undefined when the text names no such role; `grown` when the role is one only a grown-up holds (no teen question).
 */
export function texterKinToTheOne(w: Words, hits: readonly Hit[]): { grown: boolean } | undefined {
  const role = hits.find((h) => namesTexterRole(w, h) && POINTING.has(w.words[h.start - 1] ?? ''));
  if (!role) return undefined;
  return { grown: w.words.slice(role.start, role.end).some((x) => GROWN_ROLES.has(x)) };
}

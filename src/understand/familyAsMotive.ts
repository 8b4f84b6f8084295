/**
 * A family word said as why the texter wants to change, or as who the texter wants to be to them: "my kids deserve a
 * sober dad", "i want to get sober for my kids", "i want to be a better mom", "quit drinking for my family". The help
 * is the texter's own (the twentieth session's probe said "for your kids" and sent Al-Anon).
 */

/** Words of being what one is to someone: "be a better mom", "deserve a sober dad", "need a clean mom". */
const BECOMING = new Set(['be', 'deserve', 'deserves', 'deserved', 'need', 'needs', 'needed']);
/** How one wants to be to them: "a sober dad", "a better mom". */
const CHANGED = new Set(['sober', 'clean', 'better', 'good', 'present', 'healthy', 'healthier', 'happy']);
/** Before "for my kids", the texter's own change: "get sober for my kids", "quit for my daughter". */
const CHANGE_FOR = new Set([
  'sober',
  'clean',
  'better',
  'healthy',
  'change',
  'quit',
  'stop',
  'sobriety',
  'there',
  // "be a sober dad for my kids": the role just said.
  'dad',
  'mom',
  'father',
  'mother',
  'parent',
]);
/** After stopping, the use stopped: "stop drinking for my kids", "quit using for my family". */
const USE_STOPPED = new Set(['drinking', 'using', 'gambling', 'smoking', 'drugs', 'it']);
const STOPPING = new Set(['stop', 'quit', 'stopping', 'quitting']);
const POSSESSIVE = new Set(['my', 'our']);
/** Words of wanting the texter changed: "my kids need me sober". */
const NEEDING = new Set(['need', 'needs', 'want', 'wants', 'deserve', 'deserves']);

/** Whether the family word at [start, end) is the one the texter wants to be ("a sober dad") or changes for. */
export function familyNamedAsMotive(words: readonly string[], start: number, end: number): boolean {
  // "be a better mom", "my kids deserve a sober dad": the texter's own role.
  const article = words[start - 2] === 'a' || words[start - 2] === 'an';
  if (article && CHANGED.has(words[start - 1] ?? '') && BECOMING.has(words[start - 3] ?? '')) return true;
  // "my kids deserve better", "my kids deserve a sober dad": the ones the texter changes for.
  if (BECOMING.has(words[end] ?? '') && words[end] !== 'be' && words[end] !== 'need' && words[end] !== 'needs') {
    const next = words[end + 1] === 'a' || words[end + 1] === 'an' ? words[end + 2] : words[end + 1];
    if (CHANGED.has(next ?? '')) return true;
  }
  // "my kids need me sober", "my family needs me clean": the texter's own change, wanted by them.
  if (NEEDING.has(words[end] ?? '') && words[end + 1] === 'me' && CHANGED.has(words[end + 2] ?? '')) return true;
  // "get sober for my kids", "stop drinking for my family".
  const at = POSSESSIVE.has(words[start - 1] ?? '') ? start - 1 : start;
  if (words[at - 1] !== 'for') return false;
  const before = words[at - 2] ?? '';
  return CHANGE_FOR.has(before) || (USE_STOPPED.has(before) && STOPPING.has(words[at - 3] ?? ''));
}

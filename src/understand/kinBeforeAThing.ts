/**
 * "found pills in my daughters room", "went through my sons phone": a family word that is a plural as well
 * ("daughters", "sons") written with the "s" of whose it is, before a thing of theirs. It is one person, said back
 * "your daughter" (M11 of the thirtieth session's probe said "for your daughters"). "my daughters both drink" and
 * "my sons friends" are left as written.
 */

/** Family words that are plurals as well, and the one person each names when a thing of theirs follows. */
const ONE_OF_THEM: ReadonlyMap<string, string> = new Map([
  ['sons', 'son'],
  ['daughters', 'daughter'],
  ['brothers', 'brother'],
  ['sisters', 'sister'],
  ['stepsons', 'stepson'],
  ['stepdaughters', 'stepdaughter'],
  ['grandsons', 'grandson'],
  ['granddaughters', 'granddaughter'],
  ['nephews', 'nephew'],
  ['nieces', 'niece'],
]);

/** Things of one person that stuff is found in or among: a room, a bag, a phone, a car, clothes. */
const THINGS = new Set(
  (
    'room bedroom closet drawer drawers dresser nightstand bed backpack bag purse wallet pocket pockets jacket coat ' +
    'hoodie jeans pants shoes car truck glovebox phone laptop computer locker desk stuff things trash laundry'
  ).split(' '),
);

/** The one person a plural family word at `at` names when a thing of theirs follows it, or undefined. */
export function kinOwningAThing(words: readonly string[], at: number): string | undefined {
  const one = ONE_OF_THEM.get(words[at] ?? '');
  return one !== undefined && THINGS.has(words[at + 1] ?? '') ? one : undefined;
}

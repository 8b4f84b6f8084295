import type { FlowVars } from '../flow/flowText';
import { FAMILY_GROUPS, isChildRelation, isTeenGroup } from '../understand/otherSidesGroups';
import type { Reading } from '../understand/reading';
import type { Learned } from './learnFromText';

/**
 * What a text says of whom the help is for, read in a conversation already about someone close. Once a relative's
 * trouble was told ("my daughter is using meth"), "its for me", "to help me cope", "me, the mom", "im the wife" ask
 * support for the texter as that one's family: the audience stays family, the relation stays the daughter, and the
 * family groups are offered (the twenty-fifth session's probe made such a parent "for you" and asked about
 * methadone; "me, the mom" became "for your mom"). "actually its me who uses" tells a trouble of the texter's own, and
 * stays a correction (the understanding does not mark it: supportForTexter.ts). And Alateen or Narateen asked by a
 * parent for the child who drinks or uses ("alateen? or something for me" after "my son is 16 and drinking") is
 * answered with what it is: the parent's groups are Al-Anon's and Nar-Anon's.
 */

/** A text read, as the step holds it: the reading and what it teaches. */
export interface ReadText {
  reading: Reading;
  learned: Learned;
}

/** Slots a texter asking support for themselves does not change: whom the help is for, and who that one is. */
const WHOM = ['audience', 'relation', 'also_family', 'for_them', 'family_told'];

/**
 * The text read in the conversation's terms (`known`, the conversation's answers): support asked for the texter
 * after a relative's trouble keeps the audience and relation (`asFamily` set, for "Got it: groups for you, about your
 * daughter"); a teen's group asked for a parent's child is asked about. Any other text is returned as it is.
 */
export function readAsFamily<T extends ReadText>(known: Readonly<FlowVars>, read: T | undefined): T | undefined {
  if (!read) return read;
  const asFamily = aboutSomeoneClose(known) && (read.reading.ownSupport === true || householdAsks(read.reading));
  const learned = asFamily ? supportForTexter(known, read.learned) : read.learned;
  const audience = learned.vars.audience ?? known.audience;
  const relation = learned.relation ?? known.relation;
  const asked = typeof learned.vars.programs === 'string' ? learned.vars.programs.split(',') : [];
  // "alateen? or something for me" from a parent of a teen who drinks: what Alateen is, and the parent's groups.
  // The child's trouble is the one known (`concern`), so the teen groups are not theirs.
  const childsTrouble = audience === 'family' && known.concern !== undefined && isChildRelation(relation);
  const teenGroups = childsTrouble && known.teen !== true ? asked.filter(isTeenGroup) : [];
  if (!asFamily && !teenGroups.length) return read;
  if (!teenGroups.length) return Object.assign({}, read, { learned });
  const kept = asked.filter((id) => !teenGroups.includes(id));
  const vars: FlowVars = { ...learned.vars };
  if (kept.length) vars.programs = kept.join(',');
  else delete vars.programs;
  const filled = kept.length ? learned.filled : learned.filled.filter((slot) => slot !== 'programs');
  const askedAbout = [...(read.reading.askedAbout ?? []), ...teenGroups];
  return Object.assign({}, read, {
    reading: { ...read.reading, askedAbout },
    learned: Object.assign({}, learned, { vars, filled }),
  });
}

/**
 * Whether the conversation is about someone close named by a family word ("my son"), by the family groups asked for
 * ("al-anon") or by the texter's own words ("parents of addicts"), not shared by the texter. "A family member or
 * friend" picked from the menu names no one: "no its for me" then corrects it, as it always did.
 */
function aboutSomeoneClose(known: Readonly<FlowVars>): boolean {
  if (known.audience !== 'family' || known.also_family === true) return false;
  // "al-anon 02360", then "me": the family's own groups asked for by name say the texter is the family, as a family
  // word would (the thirty-first session's probe made such a texter "for you" and asked about methadone).
  // "parents of addicts group", then "me": family told in the texter's own words, with no family word (learnFromText).
  return typeof known.relation === 'string' || known.family_told === true || familyGroupAsked(known.programs);
}

/**
 * Whether a text says only "us", "for us", "both of us": the texter and others of the household, with no one named and
 * no trouble told. After someone close's trouble ("my grandson is on meth and we r raising his kids") it asks support
 * for the family (the thirty-second session's probe read "us" as both of them using: the medication question, NA).
 */
function householdAsks(reading: Reading): boolean {
  const u = reading.understood;
  return reading.shared !== undefined && reading.shared.relation === undefined && u.audience === 'self' && !u.concern;
}

/** Whether the programs asked for (`programs`, ids joined by commas) include a family group: Al-Anon, Nar-Anon... */
function familyGroupAsked(programs: unknown): boolean {
  return typeof programs === 'string' && programs.split(',').some((id) => FAMILY_GROUPS.has(id));
}

/** What a text asking support for the texter teaches: the rest of it, with whom kept as known. */
function supportForTexter(known: Readonly<FlowVars>, learned: Learned): Learned {
  const vars: FlowVars = { ...learned.vars };
  for (const slot of WHOM) delete vars[slot];
  const relation = typeof known.relation === 'string' ? known.relation : undefined;
  const rest: Learned = Object.assign({}, learned, {
    vars,
    filled: learned.filled.filter((slot) => !WHOM.includes(slot)),
    asFamily: true as const,
  });
  if (relation) rest.relation = relation;
  else delete rest.relation;
  return rest;
}

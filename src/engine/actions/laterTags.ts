import type { MeetingDirectory } from '../../directory/types';
import type { FlowVars } from '../../flow/flowText';
import { listOf, truthy } from './situation';

/**
 * The tags of meetings meant for other family members than the texter's person (programs.yaml's `meeting_focus`), to
 * list after the others in a search for someone close: Al-Anon's Adult Children meetings (for those who grew up with
 * a parent who drinks) for "my son uses", its parents' meetings for "my wife drinks". Meetings meant for the texter's
 * person keep their place by time and distance: a parents' meeting next week does not go before one tonight.
 * Undefined when the catalogue names no such kinds, or the search is not for someone close.
 */
export function laterTagsFor(
  directory: MeetingDirectory,
  vars: Readonly<FlowVars>,
  relationWords: Readonly<Record<string, string>> = {},
): string[] | undefined {
  const family = familyLaterTags(directory, vars, relationWords);
  const other = OTHER_SEX_TAG[String(vars.texter_gender)];
  // A man who said so ("im her dad") is shown women's meetings after the others, a woman men's (probe 35 listed
  // "Al-Anon Women's Serenity" first to a father). Asked for by name ("womens meetings"), they are all there is.
  if (!other || listOf(vars.wants).includes(other)) return family;
  return [...(family ?? []), other];
}

/** The meetings' tag meant for the other sex than the texter's own. */
const OTHER_SEX_TAG: Readonly<Record<string, string>> = { man: 'women', woman: 'men' };

/** The tags of meetings meant for other family members than the texter's person (see laterTagsFor). */
function familyLaterTags(
  directory: MeetingDirectory,
  vars: Readonly<FlowVars>,
  relationWords: Readonly<Record<string, string>>,
): string[] | undefined {
  const focus = directory.meetingFocus?.() ?? [];
  if (!focus.length) return undefined;
  const relation = typeof vars.relation === 'string' ? vars.relation.trim().toLowerCase() : '';
  // A texter's own search with no one close named: its meetings have no person to fit.
  if (vars.audience !== 'family' && !truthy(vars.also_family) && !relation) return undefined;
  // "hijo", "sun", "hubby": the word as texted and as said back ("son"), either of which staff may list.
  const said = Object.hasOwn(relationWords, relation) ? relationWords[relation].toLowerCase() : relation;
  const fits = (relations: readonly string[]) =>
    relation !== '' && (relations.includes(relation) || relations.includes(said));
  const fitting = focus.filter((f) => fits(f.relations)).map((f) => f.tag);
  // A tag meant for the texter's person in one entry is never put last by another.
  return focus.filter((f) => !fitting.includes(f.tag)).map((f) => f.tag);
}

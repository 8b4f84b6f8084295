import type { MeetingDirectory } from '../directory/types';
import type { FlowVars } from '../flow/flowText';
import { listOf } from './actions/situation';
import type { Learned } from './learnFromText';

/**
 * What a text taught that is new (`news`, of all it taught: `learned`), without the programs named earlier that
 * no longer fit when it changes whom the help is for: "aa in amarillo", then "no i mean for my son not me" is a
 * parent, and AA was the texter's own choice, so the family groups (Al-Anon, Nar-Anon) come instead. A program
 * the text names again ("for my son, he wants AA") stays, and so does one that serves both (the gambling helpline).
 */
export function withProgramsForAudience(
  directory: MeetingDirectory,
  known: Readonly<FlowVars>,
  news: Learned,
  learned: Learned,
): Learned {
  const audience = news.vars.audience;
  if (typeof audience !== 'string' || audience === known.audience || learned.vars.programs !== undefined) return news;
  const named = listOf(known.programs);
  const serves = (id: string): readonly string[] | undefined => directory.program(id)?.for?.audience;
  const kept = named.filter((id) => serves(id)?.includes(audience) !== false);
  if (kept.length === named.length) return news;
  return { ...news, vars: { ...news.vars, programs: kept.join(',') } };
}

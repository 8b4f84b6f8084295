import type { MeetingDirectory } from '../directory/types';
import type { FlowVars } from '../flow/flowText';
import { listOf } from './actions/situation';
import type { Learned } from './learnFromText';

/**
 * What a text taught that is new (`news`, of all it taught: `learned`), without the programs named earlier that
 * no longer fit when it changes whom the help is for: "al-anon in amarillo", then "no its for me" is the texter's
 * own trouble, and Al-Anon is for families. A program the texter named for themselves and then said was for someone
 * else ("i need aa in lubbock", then "no its for my son not me") is that person's: AA stays, for the son, with the
 * family group beside, as "a meeting for my son" gives (the twenty-first session's probe: only Al-Anon, and "None
 * within 100 mi of Lubbock"). A program the text names again stays, and so does one that serves both.
 */
export function withProgramsForAudience(
  directory: MeetingDirectory,
  known: Readonly<FlowVars>,
  news: Learned,
  learned: Learned,
): Learned {
  const audience = news.vars.audience;
  if (typeof audience !== 'string' || audience === known.audience || learned.vars.programs !== undefined) return news;
  // The groups asked for, now for the person the help is about: theirs first, the family group beside.
  if (known.audience === 'self' && audience === 'family') {
    const own = listOf(known.programs).some((id) => directory.program(id)?.for?.audience.includes('self'));
    if (!own || news.vars.for_them) return news;
    const filled = news.filled.includes('for_them') ? news.filled : [...news.filled, 'for_them'];
    return { ...news, vars: { ...news.vars, for_them: true }, filled };
  }
  const named = listOf(known.programs);
  const serves = (id: string): readonly string[] | undefined => directory.program(id)?.for?.audience;
  const kept = named.filter((id) => serves(id)?.includes(audience) !== false);
  if (kept.length === named.length) return news;
  return { ...news, vars: { ...news.vars, programs: kept.join(',') } };
}

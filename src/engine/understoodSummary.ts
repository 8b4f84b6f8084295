import type { MeetingDirectory } from '../directory/types';
import type { UnderstandSection } from '../flow/flowSchema';
import type { CompiledFlow } from './flowCompiler';
import type { Learned } from './learnFromText';

/** The longest "Got it: ..." line; later parts are left out rather than pass it. */
export const MAX_SUMMARY_CHARS = 120;

/**
 * The short line that says back what a text was understood as, so a wrong guess can be fixed:
 * "Got it: for your husband, about alcohol, near Amarillo, TX." The words come from the flow's
 * `understand.summary`; a slot with no text there is left out. Undefined when nothing is said.
 */
export function understoodSummary(
  learned: Learned,
  section: UnderstandSection | undefined,
  flow: CompiledFlow,
  lang: string,
  directory: MeetingDirectory,
): string | undefined {
  const texts = section?.summary;
  if (!texts?.intro) return undefined;
  const parts: string[] = [];
  const say = (key: string, vars: Record<string, string> = {}) => {
    const text = texts[key];
    if (text !== undefined) parts.push(flow.render(text, lang, vars));
  };
  for (const slot of learned.filled) {
    const value = slot === 'place' ? undefined : learned.vars[slot];
    if (slot === 'audience' && value === 'family' && learned.relation)
      say('audience.family_of', { relation: learned.relation });
    else if (slot === 'place' && learned.place) say('place', { place: learned.place.label });
    else if (slot === 'programs' && typeof value === 'string') {
      const names = value.split(',').map((id) => directory.program(id)?.name ?? id.toUpperCase());
      say('programs', { programs: names.join(', ') });
    } else if (value !== undefined) say(`${slot}.${String(value)}`);
  }
  if (!parts.length) return undefined;
  // Kept short, so with the welcome and the next question it stays within the flow's SMS budget.
  const intro = flow.render(texts.intro, lang);
  let line = `${intro} ${parts[0]}`;
  for (const part of parts.slice(1)) {
    if (line.length + part.length + 3 > MAX_SUMMARY_CHARS) break;
    line += `, ${part}`;
  }
  return `${line}.`;
}

import { dayNameAlone, daysNotIn, isSeveralDays, MOST_DAYS_LISTED, sayDays } from './severalDays';
import { programNameInSentence } from '../directory/programName';
import { clockTime } from '../directory/formatMeetings';
import type { MeetingDirectory } from '../directory/types';
import type { UnderstandSection } from '../flow/flowSchema';
import type { CompiledFlow } from './flowCompiler';
import { clockIsBefore, clockIsFrom, clockMinute, clockUntilMinute } from './askedClock';
import type { Learned } from './learnFromText';

/** The longest "Got it: ..." line; the narrowing words, then later parts, are left out rather than pass it. */
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
  const parts: Array<{ text: string; slot: string }> = [];
  let slot = '';
  const say = (key: string, vars: Record<string, string> = {}) => {
    const text = texts[key];
    if (text !== undefined) parts.push({ text: flow.render(text, lang, vars), slot });
  };
  // "my husband" in a Spanish text: "para tu esposo" (summary `relation.husband`), else the word as texted.
  const named = learned.relation && texts[`relation.${learned.relation}`];
  const relation = named ? flow.render(named, lang) : learned.relation;
  // "mis hijos", "mama y papa": Spanish says "para tus", so a summary text may have a `_many` form for several.
  // "el papa de tu hijo/a" takes no "tu" before it: a relation may have a whole text (`audience.family_of.<relation>`).
  const forRelation = (key: string) => {
    if (learned.relation && texts[`${key}.${learned.relation}`] !== undefined) return `${key}.${learned.relation}`;
    return relation && namesSeveral(relation) && texts[`${key}_many`] !== undefined ? `${key}_many` : key;
  };
  // "its for me" after "my son uses meth": the texter's own groups as his family ("groups for you, about your son").
  if (learned.asFamily) {
    slot = 'audience';
    say(relation ? forRelation('audience.texter_of') : 'audience.texter', { relation: relation ?? '' });
  }
  for (slot of learned.filled) {
    const value = slot === 'place' ? undefined : learned.vars[slot];
    // "tonight" already says the evening: "Got it: tonight, in the evening" says it twice.
    if (slot === 'part' && value === 'evening' && learned.vars.when === 'tonight') continue;
    // "at 7pm" says the part of the day too.
    if (slot === 'part' && clockMinute(learned.vars.clock) !== undefined) continue;
    if (slot === 'clock') {
      const minute = clockMinute(value);
      // "after 8", "before 6": a time to meet after or before, said back as such ("clock.after", "clock.before"),
      // else as one to meet at.
      const bound = clockIsFrom(value) ? 'clock.after' : clockIsBefore(value) ? 'clock.before' : 'clock';
      // "between 6 and 8": said back as the window ("clock.between"), else as a time to meet after.
      const until = clockUntilMinute(value);
      if (minute !== undefined && until !== undefined && texts['clock.between']) {
        say('clock.between', { time: clockTime(minute), until: clockTime(until) });
      } else if (minute !== undefined) say(texts[bound] ? bound : 'clock', { time: clockTime(minute) });
      continue;
    }
    // "tuesday or thursday": the days' own texts together ("on Tuesday or Thursday"), by the summary's `or`.
    if (slot === 'when' && isSeveralDays(value)) {
      const or = texts.or ? flow.render(texts.or, lang) : 'or';
      const dayText = (day: string) => (texts[`when.${day}`] ? [flow.render(texts[`when.${day}`], lang)] : []);
      // "any day but wednesday": "any day but Wednesday" (`when.but`), not six days one by one.
      const leftOut = value.split(',').length > MOST_DAYS_LISTED ? daysNotIn(value).flatMap(dayText) : [];
      if (leftOut.length && texts['when.but']) say('when.but', { days: sayDays(leftOut.map(dayNameAlone), or) });
      else {
        const days = value.split(',').flatMap(dayText);
        if (days.length) parts.push({ text: sayDays(days, or), slot });
      }
      continue;
    }
    if (slot === 'audience' && value === 'family' && relation) say(forRelation('audience.family_of'), { relation });
    // "me and my husband both drink": "for you and your husband".
    else if (slot === 'audience' && learned.vars.also_family === true)
      say(relation ? forRelation('audience.shared_with') : 'audience.shared', { relation: relation ?? '' });
    else if (slot === 'place' && learned.place) say('place', { place: learned.place.label });
    // A town in several states: said back by its name alone; the place question asks which state.
    else if (slot === 'town' && typeof learned.vars.town === 'string') say('place', { place: learned.vars.town });
    // "i live in kansas": "in Kansas" (`state`); the place question then asks which town in it.
    else if (slot === 'state' && typeof learned.vars.state_name === 'string')
      say('state', { state: learned.vars.state_name });
    else if (slot === 'programs' && typeof value === 'string') {
      const names = value.split(',').map((id) => {
        const program = directory.program(id);
        // "Got it: group therapy meetings": a common noun in lower case mid-sentence (probe 30 L4).
        return program ? programNameInSentence(program, lang) : id.toUpperCase();
      });
      say('programs', { programs: names.join(', ') });
    } else if (slot === 'concern' && value === 'gambling' && texts[`behavior.${String(learned.vars.behavior)}`])
      // "addicted to video games": "about video games", not "about gambling".
      say(`behavior.${String(learned.vars.behavior)}`);
    else if (value !== undefined) say(`${slot}.${String(value)}`);
  }
  if (!parts.length) return undefined;
  // Kept short, so with the welcome and the next question it stays within the flow's SMS budget:
  // the narrowing words go first (the results heading says them again), then parts from the end.
  const intro = flow.render(texts.intro, lang);
  const lineOf = (kept: typeof parts) => `${intro} ${kept.map((p) => p.text).join(', ')}`;
  let kept = parts;
  for (let i = kept.length - 1; i > 0 && lineOf(kept).length > MAX_SUMMARY_CHARS; i--) {
    if (NARROWING.has(kept[i].slot)) kept = kept.filter((_, k) => k !== i);
  }
  while (kept.length > 1 && lineOf(kept).length > MAX_SUMMARY_CHARS) kept = kept.slice(0, -1);
  return `${lineOf(kept)}.`;
}

/**
 * The flow's word that a text was taken in when it told only what no summary text says back ("im 45 lol" at "How
 * would you like to meet?": the age kept, no teen): `understand.summary.noted`, "Got it, thanks.", said before the
 * question again so it is no bare repeat. Undefined when the flow has none.
 */
export function notedText(flow: CompiledFlow, lang: string): string | undefined {
  const noted = flow.flow.understand?.summary?.noted;
  return noted === undefined ? undefined : flow.render(noted, lang);
}

/** What only narrows the search: left out of a long summary before who, what and where. */
const NARROWING = new Set(['when', 'part', 'clock', 'wants']);

/**
 * Whether a family word as said back names several people: a plural ("hijos", "sons", "parents") or two joined
 * ("mama y papa"). A word ending in a double s ("boss") is one person.
 */
export function namesSeveral(relation: string): boolean {
  const words = relation.trim().split(/\s+/);
  if (words.length > 1) return words.some((w) => w === 'y' || w === 'and');
  return /[^s]s$/.test(words[0]);
}

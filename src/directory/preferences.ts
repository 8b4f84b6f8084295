/**
 * The preferences a texter can ask for, and the meeting tags that satisfy each. Tags come from each
 * program's `type_codes` in directory/programs.yaml (AA's W and NA's W both become `women`), so
 * one preference filters every program by its own codes. Al-Anon's Y files a meeting under
 * Alateen: for young people, an Alateen meeting counts.
 */
export const PREFERENCE_TAGS: Readonly<Record<string, readonly string[]>> = {
  women: ['women'],
  men: ['men'],
  lgbtq: ['lgbtq'],
  spanish: ['spanish'],
  young_people: ['young_people', 'alateen'],
  wheelchair: ['wheelchair'],
  // An American Sign Language interpreter (Meeting Guide's ASL, BMLT's SL): deaf texters reach the line by text first.
  asl: ['asl'],
  newcomer: ['newcomer'],
  open: ['open'],
  closed: ['closed'],
  // The kind of meeting, from the feeds' types (AA's SP, B, ST): "any speaker meetings?" at a list got "Sorry" (the
  // twenty-third session's probe).
  speaker: ['speaker'],
  big_book: ['big_book'],
  step_study: ['step_study'],
};

/** The conversation's `wants` values that are known preferences, in the order given, without repeats. */
export function knownWants(wants: unknown): string[] {
  const list = Array.isArray(wants) ? wants : typeof wants === 'string' && wants ? wants.split(',') : [];
  const out: string[] = [];
  for (const w of list) {
    const want = String(w).trim();
    if (PREFERENCE_TAGS[want] && !out.includes(want)) out.push(want);
  }
  return out;
}

/** The tag sets a search must satisfy for these preferences (see MeetingQuery.tags); undefined for none. */
export function tagsForWants(wants: string[]): string[][] | undefined {
  const sets = knownWants(wants).map((w) => [...PREFERENCE_TAGS[w]]);
  return sets.length ? sets : undefined;
}

import {
  findMeetings,
  meetingDetails,
  moreMeetings,
  readAnswer,
  type ActionContext,
} from '../../../src/engine/actionRegistry';
import { directoryMeetingFormatter } from '../../../src/engine/meetingFormatter';
import type { FlowVars } from '../../../src/flow/flowText';
import type { Place, ReplyLabels } from '../../../src/directory/types';
import { realDirectory } from '../../directory/realFeeds';
import { recoveryFlow } from '../conversationKit';
import { MEETINGS_MAX, PROGRAMS_MAX } from '../../../src/engine/actions/budgets';

/**
 * The results actions as functions of the conversation's values (audience, concern, medication,
 * teen, mode, place, when, part, wants, programs, item), the names the understanding step fills.
 */
const directory = realDirectory();
const labels = recoveryFlow().flow.labels!.en as ReplyLabels;
// Tuesday 2026-11-24, 6pm in Amarillo.
const now = new Date('2026-11-25T00:00:00Z');

function placeOf(text: string): Place {
  const r = directory.lookupPlace(text);
  if (r.kind !== 'found') throw new Error(text);
  return r.place;
}

function ctx(vars: FlowVars, where?: string, extra: Partial<ActionContext> = {}): ActionContext {
  return {
    vars,
    lang: 'en',
    now,
    text: '',
    labels,
    directory,
    format: directoryMeetingFormatter,
    place: where ? placeOf(where) : undefined,
    search: undefined,
    heard: [],
    alreadySaid: 0,
    ...extra,
  };
}
const lines = (text: unknown) => String(text).split('\n').filter(Boolean);

describe('find_meetings over the context values', () => {
  it('puts MARA first for someone on medication, with its note, and every program with a link or number', () => {
    const { vars } = findMeetings.run(
      ctx({ audience: 'self', concern: 'drugs', medication: true, mode: 'in_person' }, '14432'),
    );
    expect(lines(vars.groups)).toEqual([
      'MARA welcomes people who take medication for recovery.',
      'MARA mara-international.org',
      'NA na.org/meetingsearch',
      'SMART Recovery meetings.smartrecovery.org/meetings',
    ]);
  });

  it('lists only the programs named, first, and their meetings', () => {
    const { vars, search } = findMeetings.run(
      ctx({ audience: 'self', concern: 'unsure', mode: 'any', programs: ['na'] }, '14432'),
    );
    expect(lines(vars.groups)[0]).toMatch(/^NA /);
    expect(search?.programs).toEqual(['na']);
    for (const line of lines(vars.meetings)) expect(line).toMatch(/^NA /);
    expect(vars.missed).toBe('');
  });

  it('falls back to the situation when the program named has no meeting near, and says so', () => {
    const { vars } = findMeetings.run(
      ctx({ audience: 'self', concern: 'alcohol', mode: 'in_person', programs: ['na'] }, '79101'),
    );
    expect(vars.missed).toBe('NA');
    expect(vars.unmatched).toBe('yes');
    for (const line of lines(vars.meetings)) expect(line).toMatch(/^AA /);
  });

  it('honours when and part in each meeting zone, keeping the narrowing for MORE', () => {
    const first = findMeetings.run(
      ctx({ audience: 'self', concern: 'alcohol', mode: 'in_person', when: 'saturday', part: 'morning' }, '79101'),
    );
    expect(first.vars.unmatched).toBe('no');
    for (const line of lines(first.vars.meetings)) expect(line).toMatch(/, Sat (\d|1[01])(:\d\d)?am, /);
    expect(first.search?.when).toEqual({ weekdays: [6], fromMinute: 300, toMinute: 719 });
    const more = moreMeetings.run(
      ctx({ audience: 'self', concern: 'alcohol', mode: 'in_person' }, '79101', { search: first.search }),
    );
    for (const line of lines(more.vars.next)) expect(line).toMatch(/, Sat (\d|1[01])(:\d\d)?am, /);
  });

  it('says what it could not find, in the flow words, and shows the next ones instead', () => {
    const { vars, search } = findMeetings.run(
      ctx({ audience: 'self', concern: 'alcohol', mode: 'in_person', wants: ['lgbtq'], when: 'tonight' }, '79022'),
    );
    expect(vars.missed).toBe('LGBTQ tonight');
    expect(vars.unmatched).toBe('yes');
    expect(lines(vars.meetings).length).toBeGreaterThan(0);
    expect(search?.when).toBeUndefined();
    expect(search?.tags).toBeUndefined();
  });

  it("asks first for young people's meetings for a teen about their own drinking, and says so when there are none", () => {
    const asked: Array<string[][] | undefined> = [];
    const watching = Object.assign(Object.create(directory) as typeof directory, {
      search: (query: Parameters<typeof directory.search>[0]) => {
        asked.push(query.tags);
        return directory.search(query);
      },
    });
    const teen = { audience: 'self', concern: 'alcohol', mode: 'in_person', teen: true };
    const { vars } = findMeetings.run(ctx(teen, '79101', { directory: watching }));
    const young = (tags: string[][] | undefined) => tags?.some((set) => set.includes('young_people')) ?? false;
    expect(asked.some(young)).toBe(true);
    // Only young people's own meetings: Alateen's are for teens hurt by someone else's drinking.
    expect(asked.filter(young).every((tags) => tags!.every((set) => !set.includes('alateen')))).toBe(true);
    // None in the bundled feeds: the plain search's meetings, and the teen is told there is no group for them.
    const plain = findMeetings.run(ctx({ ...teen, teen: false }, '79101'));
    expect(vars.meetings).toBe(plain.vars.meetings);
    expect(vars.missed).toBe('for young people');
    expect(vars.unmatched).toBe('yes');
    // A parent's teen is Alateen's question; a teen about a parent is not narrowed to young people.
    asked.length = 0;
    findMeetings.run(
      ctx({ audience: 'family', concern: 'alcohol', mode: 'in_person', teen: true }, '79101', { directory: watching }),
    );
    expect(asked.some(young)).toBe(false);
  });

  it('starts at or soon after a time asked for, and says "around" it in the heading', () => {
    const { vars, search } = findMeetings.run(
      ctx({ audience: 'self', concern: 'alcohol', mode: 'in_person', when: 'tomorrow', clock: '19:00' }, '79101'),
    );
    expect(vars.narrowed).toBe('tomorrow around 7pm');
    expect(search?.when).toMatchObject({ dayOffsets: [1], fromMinute: 19 * 60, toMinute: 20 * 60 });
    for (const line of lines(vars.meetings)) expect(line).toMatch(/, Wed (7|7:15|7:30|7:45|8)pm, /);
  });

  it('lists only meetings from a time the texter can only meet after ("after 7", "til 7pm")', () => {
    const { vars, search } = findMeetings.run(
      ctx({ audience: 'self', concern: 'alcohol', mode: 'in_person', when: 'tomorrow', clock: '19:00+' }, '79101'),
    );
    expect(vars.narrowed).toBe('tomorrow after 7pm');
    expect(search?.when).toMatchObject({ dayOffsets: [1], fromMinute: 19 * 60 });
    for (const line of lines(vars.meetings)) expect(line).not.toMatch(/, Wed ([1-6](:\d\d)?pm|\d+(:\d\d)?am|noon), /);
  });

  it('tells a Spanish texter which meetings are held in English, and puts one in Spanish first on the page', () => {
    const es = { ...ctx({}), lang: 'es', labels: recoveryFlow().flow.labels!.es as ReplyLabels };
    const spanish = { audience: 'self', concern: 'alcohol', mode: 'in_person' };
    const { vars, search } = findMeetings.run({ ...es, vars: spanish, place: placeOf('79101') });
    const shown = (search?.shown ?? []).map((id) => directory.meeting(id)!);
    const own = shown.filter((m) => m.tags.includes('spanish'));
    // The page's meetings in Spanish first, then the rest, numbered as shown.
    expect(shown.slice(0, own.length)).toEqual(own);
    const english = shown.flatMap((m, i) => (m.tags.includes('spanish') ? [] : [String(i + 1)]));
    const note = lines(vars.meetings).pop();
    if (english.length === shown.length) expect(note).toBe('Son en ingles. Para espanol: ESPANOL.');
    else if (english.length) expect(note).toBe(`En ingles: ${english.join(', ')}.`);
    expect(String(vars.meetings).length + String(vars.groups).length).toBeLessThanOrEqual(MEETINGS_MAX + PROGRAMS_MAX);
    // In English, no word about it.
    const en = findMeetings.run(ctx(spanish, '79101'));
    expect(String(en.vars.meetings)).not.toMatch(/ingles|English/);
  });

  it('filters by a preference through each program type codes', () => {
    const { vars, search } = findMeetings.run(
      ctx({ audience: 'family', concern: 'alcohol', mode: 'in_person', wants: ['spanish'] }, '02108'),
    );
    expect(search?.tags).toEqual([['spanish']]);
    expect(vars.unmatched).toBe('no');
    for (const id of search?.shown ?? []) expect(directory.meeting(id)?.tags).toContain('spanish');
  });

  it('gives online meeting times in the texter zone when their place is known', () => {
    const { vars } = findMeetings.run(ctx({ audience: 'family', concern: 'alcohol', mode: 'online' }, '79101'));
    expect(lines(vars.meetings).length).toBeGreaterThan(0);
    for (const line of lines(vars.meetings)) expect(line).not.toMatch(/ (EST|EDT|CST|CDT),/);
    const elsewhere = findMeetings.run(ctx({ audience: 'family', concern: 'alcohol', mode: 'online' }));
    expect(lines(elsewhere.vars.meetings).length).toBeGreaterThan(0);
    for (const line of lines(elsewhere.vars.meetings)) expect(line).toMatch(/ (EST|EDT), /);
  });
});

describe('read_answer and meeting_details', () => {
  it('turn "where is the 2nd one" into the second meeting shown, with its map link', () => {
    const found = findMeetings.run(ctx({ audience: 'self', concern: 'alcohol', mode: 'in_person' }, '79101'));
    const answer = readAnswer.run(ctx({}, '79101', { text: 'where is the 2nd one', search: found.search }));
    expect(answer.vars).toEqual({ answer: 'details', item: 2 });
    const details = meetingDetails.run(ctx({ item: 2 }, '79101', { search: found.search }));
    const second = directory.meeting(found.search!.shown![1])!;
    expect(String(details.vars.details)).toContain(`AA ${second.name}`);
    expect(String(details.vars.details)).toContain('Map: https://maps.google.com/?q=');
    expect(details.vars.found).toBe('yes');
  });

  it('find no meeting for a number beyond the list', () => {
    const found = findMeetings.run(ctx({ audience: 'self', concern: 'alcohol', mode: 'in_person' }, '79101'));
    expect(meetingDetails.run(ctx({ item: 7 }, '79101', { search: found.search })).vars.found).toBe('no');
    expect(meetingDetails.run(ctx({ item: 1 }, '79101')).vars.found).toBe('no');
  });

  it('write the context names for a narrowing, clearing the part of day and a time when a new day comes', () => {
    expect(readAnswer.run(ctx({}, undefined, { text: 'saturday?' })).vars).toEqual({
      answer: 'refine',
      when: 'saturday',
      part: '',
      clock: '',
    });
    expect(readAnswer.run(ctx({}, undefined, { text: 'women, just AA' })).vars).toEqual({
      answer: 'refine',
      wants: ['women'],
      programs: ['aa'],
    });
    expect(readAnswer.run(ctx({}, undefined, { text: 'zzqx' })).vars).toEqual({ answer: 'unknown' });
    expect(readAnswer.run(ctx({ when: 'saturday' }, undefined, { text: 'any day' })).vars).toEqual({
      answer: 'refine',
      when: '',
      part: '',
      clock: '',
    });
    // A time no meeting shown starts at: the meetings near it, in its part of the day.
    expect(readAnswer.run(ctx({}, undefined, { text: 'anything at 7?' })).vars).toEqual({
      answer: 'refine',
      part: 'evening',
      clock: '19:00',
    });
    expect(readAnswer.run(ctx({ wants: ['women'] }, undefined, { text: 'all meetings' })).vars).toEqual({
      answer: 'refine',
      wants: [],
    });
  });

  it('search again when the place is not the one the last search was around, and only then', () => {
    const found = findMeetings.run(ctx({ audience: 'self', concern: 'alcohol', mode: 'in_person' }, '79101'));
    // The place's label and point: two ZIP codes of one town are two places.
    expect(found.search?.place).toBe('Amarillo, TX|35.2032|-101.8421');
    // The understanding step has already taken "what about 79401" in: the place is Lubbock now.
    const moved = readAnswer.run(ctx({}, '79401', { text: 'what about 79401', search: found.search }));
    expect(moved.vars).toEqual({ answer: 'refine' });
    const same = readAnswer.run(ctx({}, '79101', { text: 'amarillo', search: found.search }));
    expect(same.vars).toEqual({ answer: 'unknown' });
    // Heard as the same place again ("79101" twice): the list again, not a "sorry".
    const again = readAnswer.run(ctx({}, '79101', { text: '79101', search: found.search, heard: ['place'] }));
    expect(again.vars).toEqual({ answer: 'refine' });
    // Before any search, an answer heard is no list to show again.
    expect(readAnswer.run(ctx({}, '79101', { text: '79101', heard: ['place'] })).vars).toEqual({ answer: 'unknown' });
    const sameTown = readAnswer.run(ctx({}, '79106', { text: 'sorry i meant 79106', search: found.search }));
    expect(sameTown.vars).toEqual({ answer: 'refine' });
    // A search kept from before searches remembered their place is no move.
    const { place: _place, ...older } = found.search!;
    expect(readAnswer.run(ctx({}, '79401', { text: 'lubbock', search: older })).vars).toEqual({ answer: 'unknown' });
  });
});

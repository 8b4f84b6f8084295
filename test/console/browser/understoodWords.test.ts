import { kindWords, understoodLines } from '../../../src/console/browser/understoodWords';

/** The simulator's "Understood", in the words staff read (it used to be the engine's JSON). */
describe("the simulator's understood words", () => {
  it('names each known slot in plain words, in the order staff think of a request, with the words heard', () => {
    const lines = understoodLines({
      values: {
        when: 'tonight',
        place: { postal_code: '79101', town: 'Amarillo', state: 'TX' },
        mode: 'in_person',
        concern: 'alcohol',
        audience: 'family',
        teen: false,
        wants: [],
        item: null,
      },
      heard: [
        { slot: 'audience', value: 'family', words: 'husband', negated: false },
        { slot: 'concern_weak', value: 'alcohol', words: 'toma', negated: false },
        { slot: 'mode', value: 'in_person', words: 'in person', negated: false },
        { slot: 'mode', value: 'in_person', words: 'in person', negated: false },
      ],
    });
    expect(lines).toEqual([
      { term: 'For', value: 'a family member', from: '“husband”' },
      { term: 'Trouble', value: 'alcohol', from: '“toma”' },
      { term: 'A teenager', value: 'no' },
      { term: 'Meet', value: 'in person', from: '“in person”' },
      { term: 'Place', value: '79101 (Amarillo, TX)' },
      { term: 'When', value: 'tonight' },
    ]);
  });

  it('loses nothing: a slot it does not know, or a new shape, is listed by its own name and value', () => {
    const lines = understoodLines({
      values: {
        programs: ['aa', 'al_anon'],
        mood: 'hopeful',
        extra: { nested_thing: 'x_y', flag: true },
        place: { postal_code: null, town: 'Austin', state: null, county: 'Travis' },
      },
    });
    expect(lines).toEqual([
      { term: 'Place', value: 'Austin, county: Travis' },
      { term: 'Programs named', value: 'AA, al anon' },
      { term: 'mood', value: 'hopeful' },
      { term: 'extra', value: 'nested thing: x y, flag: yes' },
    ]);
    expect(lines.map((l) => l.value).join(' ')).not.toMatch(/[{}"]/);
  });

  it('says nothing for a plain answer, and names the other kinds of text in words', () => {
    expect(understoodLines(undefined)).toEqual([]);
    expect(kindWords('answer')).toBeUndefined();
    expect(kindWords('start')).toBe('the start of a conversation');
    expect(kindWords('opt_in')).toBe('opt in');
  });
});

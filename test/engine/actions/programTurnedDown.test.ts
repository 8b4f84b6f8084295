import { turnDownVars } from '../../../src/engine/actions/programTurnedDown';

/** A program turned down at a list: kept in `declined`, out of the programs asked for. */
describe('turnDownVars', () => {
  it.each([
    ['no aa', 'aa'],
    ['no more aa please', 'aa'],
    ['not na', 'na'],
    ['without al anon', 'alanon'],
    ['sin aa', 'aa'],
    ['nada de aa', 'aa'],
    ['dont want aa', 'aa'],
  ])('turns down in %p', (plain, id) => {
    const vars = turnDownVars(plain, {});
    expect(vars?.answer).toBe('refine');
    expect(String(vars?.declined).split(',')).toContain(id);
  });

  it('adds to what was turned down before and takes it out of the programs asked for', () => {
    expect(turnDownVars('no aa', { declined: 'na', programs: 'aa,smart' })).toEqual({
      answer: 'refine',
      declined: 'na,aa',
      programs: ['smart'],
    });
  });

  it.each(['just aa', 'aa please', 'no', 'no thanks', 'na meetings', 'anything on saturday'])(
    'turns nothing down in %p',
    (plain) => {
      expect(turnDownVars(plain, {})).toBeUndefined();
    },
  );
});

/** What the text names beside the program turned down, and what the understanding offered instead of it. */
describe('turnDownVars with the programs said', () => {
  it('keeps a program said after the one turned down', () => {
    expect(turnDownVars('no aa just smart', {}, ['aa', 'smart'], true)).toEqual({
      answer: 'refine',
      declined: 'aa',
      programs: ['smart'],
    });
  });

  it('drops the program the understanding offered instead ("no al anon": SMART Family & Friends)', () => {
    expect(turnDownVars('no al anon', { programs: 'smart-family' }, ['alanon'], true)?.programs).toEqual([]);
  });
});

describe('a program turned down, then another asked for after a comma', () => {
  it('turns down the first alone: "not Al-Anon, nar-anon only"', () => {
    const vars = turnDownVars(
      'not al anon nar anon only',
      { programs: 'alanon' },
      ['alanon', 'naranon'],
      true,
      'not Al-Anon, nar-anon only',
    );
    expect(vars?.declined).toBe('alanon');
    expect(vars?.programs).toEqual(['naranon']);
  });
});

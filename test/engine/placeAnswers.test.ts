import { stateAnswered } from '../../src/engine/pendingTownState';
import { asksAnotherPlace, stateAlone } from '../../src/engine/placeChange';

describe('the which-state question answered in words', () => {
  it('reads the state however it is pointed at', () => {
    const said: Array<[string, string]> = [
      ['the one in new york', 'NY'],
      ['in texas', 'TX'],
      ['the one in texas', 'TX'],
      ['upstate ny', 'NY'],
      ['n.y.', 'NY'],
      ['texas', 'TX'],
      ['mass.', 'MA'],
      ['ontario', 'ON'],
    ];
    for (const [text, code] of said) expect([text, stateAnswered(text)]).toEqual([text, code]);
  });

  it('reads no state in "idk" or a town', () => {
    expect(stateAnswered('idk')).toBeUndefined();
    expect(stateAnswered('amarillo')).toBeUndefined();
  });
});

describe('another place asked for at the results', () => {
  it('hears a change of place without a town', () => {
    for (const text of ['change location', 'different town', 'wrong city', 'otra ciudad']) {
      expect([text, asksAnotherPlace(text)]).toEqual([text, true]);
    }
    expect(asksAnotherPlace('different time')).toBe(false);
  });

  it('hears a state named alone, but not an everyday word that is a code', () => {
    expect(stateAlone('texas')).toEqual({ code: 'TX', name: 'Texas' });
    expect(stateAlone('ma')).toEqual({ code: 'MA', name: 'Massachusetts' });
    expect(stateAlone('ok')).toBeUndefined();
  });
});

import type { ReplyLabels } from '../../src/directory/types';
import { resultWordsIn } from '../../src/engine/actions/resultWords';

const en = { or: 'or', pick: { in_person: 'directions', remote: 'how to join' } } as ReplyLabels;
const es = { or: 'o', pick: { in_person: 'direcciones', remote: 'como unirte' } } as ReplyLabels;

describe("a page of results' own words in another language (resultWordsIn)", () => {
  it('writes the numbers and what a number gets again', () => {
    expect(resultWordsIn({ items: '1, 2 or 3', pick: 'directions' }, en, es)).toEqual({
      items: '1, 2 o 3',
      pick: 'direcciones',
    });
    expect(resultWordsIn({ items: '1 or 2', pick: 'how to join' }, en, es)).toEqual({
      items: '1 o 2',
      pick: 'como unirte',
    });
  });

  it('changes nothing that has no word of a language in it, or no results', () => {
    expect(resultWordsIn({ items: '1', pick: 'directions' }, en, es)).toEqual({ pick: 'direcciones' });
    expect(resultWordsIn({ audience: 'self' }, en, es)).toEqual({});
    expect(resultWordsIn({ items: '1, 2 o 3', pick: 'direcciones' }, es, es)).toEqual({});
  });

  it('leaves a pick a staff member wrote differently alone', () => {
    expect(resultWordsIn({ items: '1 or 2', pick: 'a map' }, en, es)).toEqual({ items: '1 o 2' });
  });
});

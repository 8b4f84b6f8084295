import type { ReplyLabels } from '../../../src/directory/types';
import { whomFor } from '../../../src/engine/actions/whomFor';

const labels = {
  days: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  online: 'online',
  phone: 'phone',
  miles: 'mi',
  whom: {
    you: 'for you',
    them: 'for your {{relation}} and you',
    them_many: 'for your {{relation}}, and you',
    them_unnamed: 'for them and you',
  },
} satisfies ReplyLabels;

describe('whom the groups are for', () => {
  it('is the texter, unless the person the help is about wants help themselves', () => {
    expect(whomFor(labels, { audience: 'self' })).toBe('for you');
    expect(whomFor(labels, { audience: 'family', relation: 'son' })).toBe('for you');
    expect(whomFor(labels, { audience: 'family', relation: 'husband', for_them: true })).toBe(
      'for your husband and you',
    );
  });

  it("names several, no one, or a relation kept as a key, in the flow's words", () => {
    expect(whomFor(labels, { audience: 'family', relation: 'parents', for_them: true })).toBe(
      'for your parents, and you',
    );
    expect(whomFor(labels, { audience: 'family', for_them: 'true' })).toBe('for them and you');
    expect(whomFor(labels, { audience: 'family', relation: 'childs_father', for_them: true })).toBe('for them and you');
  });

  it('leaves a long family word unnamed rather than crowd the heading, and is empty without the words', () => {
    const long = whomFor(labels, { audience: 'family', relation: 'husbands grandmothers cousin', for_them: true });
    expect(long).toBe('for them and you');
    const { whom: _whom, ...without } = labels;
    expect(whomFor(without, { audience: 'family', for_them: true })).toBe('');
  });

  it('says a family word as the summary says it: "hubby" is "husband", "esposo" in English "husband"', () => {
    const words = { hubby: 'husband', esposo: 'husband', bf: 'boyfriend' };
    expect(whomFor(labels, { audience: 'family', relation: 'hubby', for_them: true }, words)).toBe(
      'for your husband and you',
    );
    expect(whomFor(labels, { audience: 'family', relation: 'bf', for_them: true }, words)).toBe(
      'for your boyfriend and you',
    );
    // A word the summary does not list is said as texted.
    expect(whomFor(labels, { audience: 'family', relation: 'stepdad', for_them: true }, words)).toBe(
      'for your stepdad and you',
    );
  });
});

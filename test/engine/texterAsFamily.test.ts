import { readAsFamily } from '../../src/engine/texterAsFamily';
import type { Learned } from '../../src/engine/learnFromText';
import type { Reading } from '../../src/understand/reading';

/** A text read as the texter's own help ("its for me"), marked as asking support for themselves. */
function forMe(extra: Partial<Reading> = {}): { reading: Reading; learned: Learned } {
  const reading = { understood: {}, heard: [], ownSupport: true, ...extra } as unknown as Reading;
  return { reading, learned: { vars: { audience: 'self' }, filled: ['audience'], inferred: [] } };
}

describe('readAsFamily', () => {
  it('keeps a parent family, and the son, when "its for me" follows his trouble', () => {
    const read = readAsFamily({ audience: 'family', relation: 'son', concern: 'drugs' }, forMe());
    expect(read?.learned.vars.audience).toBeUndefined();
    expect(read?.learned.filled).toEqual([]);
    expect(read?.learned.asFamily).toBe(true);
    expect(read?.learned.relation).toBe('son');
  });

  it('leaves a correction be when the texter tells a trouble of their own, or no relative was named', () => {
    const own = forMe({ ownSupport: undefined });
    expect(readAsFamily({ audience: 'family', relation: 'son' }, own)?.learned.vars.audience).toBe('self');
    // "A family member or friend" picked from the menu names no one: "no its for me" corrects it.
    expect(readAsFamily({ audience: 'family', concern: 'alcohol' }, forMe())?.learned.vars.audience).toBe('self');
    // Helped for themselves already, or both of them: nothing to keep.
    expect(readAsFamily({ audience: 'self', relation: 'wife' }, forMe())?.learned.vars.audience).toBe('self');
  });

  it('keeps the family when the family groups were asked for by name ("al-anon 02360", then "me")', () => {
    const read = readAsFamily({ audience: 'family', concern: 'alcohol', programs: 'alanon' }, forMe());
    expect(read?.learned.vars.audience).toBeUndefined();
    expect(read?.learned.asFamily).toBe(true);
    expect(read?.learned.relation).toBeUndefined();
    // AA asked for names no family group: "me" then corrects it.
    expect(readAsFamily({ audience: 'family', programs: 'aa' }, forMe())?.learned.vars.audience).toBe('self');
  });

  it('keeps the family told in the texter\'s own words ("parents of addicts group", then "me")', () => {
    const read = readAsFamily({ audience: 'family', concern: 'drugs', family_told: true }, forMe());
    expect(read?.learned.vars.audience).toBeUndefined();
    expect(read?.learned.asFamily).toBe(true);
    // Told their own trouble, the texter corrects it still.
    const own = forMe({ ownSupport: undefined });
    expect(readAsFamily({ audience: 'family', family_told: true }, own)?.learned.vars.audience).toBe('self');
  });

  it('keeps the family when the household asks for itself ("us" after "my grandson is on meth")', () => {
    const us = forMe({ ownSupport: undefined, shared: {}, understood: { audience: 'self', concern: null } } as never);
    const read = readAsFamily({ audience: 'family', relation: 'grandson', concern: 'drugs' }, us);
    expect(read?.learned.asFamily).toBe(true);
    expect(read?.learned.relation).toBe('grandson');
    // "we both drink" tells a trouble of their own; "me and my husband" names who shares it: left as they are.
    const both = forMe({
      ownSupport: undefined,
      shared: {},
      understood: { audience: 'self', concern: 'alcohol' },
    } as never);
    expect(
      readAsFamily({ audience: 'family', relation: 'son', concern: 'alcohol' }, both)?.learned.asFamily,
    ).toBeUndefined();
    const named = forMe({
      ownSupport: undefined,
      shared: { relation: 'husband' },
      understood: { audience: 'self' },
    } as never);
    expect(readAsFamily({ audience: 'family', relation: 'son' }, named)?.learned.asFamily).toBeUndefined();
  });

  it("asks what Alateen is when a parent of a teen who drinks names it, and keeps the parent's groups", () => {
    const read = forMe();
    read.learned = { vars: { audience: 'self', programs: 'alateen' }, filled: ['audience', 'programs'], inferred: [] };
    const asked = readAsFamily({ audience: 'family', relation: 'son', concern: 'alcohol', teen: false }, read);
    expect(asked?.learned.vars.programs).toBeUndefined();
    expect(asked?.learned.filled).not.toContain('programs');
    expect(asked?.reading.askedAbout).toEqual(['alateen']);
  });

  it('keeps Alateen for a teen, or for the child of someone else who drinks', () => {
    const alateen = (): { reading: Reading; learned: Learned } => ({
      reading: { understood: {}, heard: [] } as unknown as Reading,
      learned: { vars: { programs: 'alateen' }, filled: ['programs'], inferred: [] },
    });
    expect(
      readAsFamily({ audience: 'family', relation: 'dad', concern: 'alcohol' }, alateen())?.learned.vars.programs,
    ).toBe('alateen');
    expect(
      readAsFamily({ audience: 'family', relation: 'son', concern: 'alcohol', teen: true }, alateen())?.learned.vars
        .programs,
    ).toBe('alateen');
  });
});

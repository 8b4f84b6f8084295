import { laterTagsFor } from '../../../src/engine/actions/laterTags';
import type { MeetingDirectory } from '../../../src/directory/types';
import { emptyDirectory } from '../../../src/directory/emptyDirectory';

const directory: MeetingDirectory = {
  ...emptyDirectory,
  meetingFocus: () => [
    { tag: 'parents', relations: ['son', 'daughter', 'hijo'] },
    { tag: 'adult_children', relations: ['dad', 'mom', 'papa'] },
  ],
};

describe('laterTagsFor', () => {
  it("puts last the meetings meant for other family members than the texter's person", () => {
    expect(laterTagsFor(directory, { audience: 'family', relation: 'son' })).toEqual(['adult_children']);
    expect(laterTagsFor(directory, { audience: 'family', relation: 'dad' })).toEqual(['parents']);
    expect(laterTagsFor(directory, { audience: 'family', relation: 'wife' })).toEqual(['parents', 'adult_children']);
    // Someone close, unnamed: both kinds are for others.
    expect(laterTagsFor(directory, { audience: 'family' })).toEqual(['parents', 'adult_children']);
  });

  it('reads a family word as texted or as said back ("sun" is son, "hija" is daughter)', () => {
    expect(laterTagsFor(directory, { audience: 'family', relation: 'sun' }, { sun: 'son' })).toEqual([
      'adult_children',
    ]);
    expect(laterTagsFor(directory, { audience: 'family', relation: 'padre' }, { padre: 'papa' })).toEqual(['parents']);
  });

  it("orders nothing for the texter's own search, nor without a catalogue's meeting_focus", () => {
    expect(laterTagsFor(directory, { audience: 'self' })).toBeUndefined();
    expect(laterTagsFor(emptyDirectory, { audience: 'family', relation: 'son' })).toBeUndefined();
  });

  it('puts meetings for the other sex last for a texter who said theirs (probe 35), unless asked for', () => {
    expect(laterTagsFor(directory, { audience: 'self', texter_gender: 'man' })).toEqual(['women']);
    expect(laterTagsFor(emptyDirectory, { audience: 'family', texter_gender: 'woman' })).toEqual(['men']);
    expect(laterTagsFor(directory, { audience: 'family', relation: 'son', texter_gender: 'man' })).toEqual([
      'adult_children',
      'women',
    ]);
    expect(laterTagsFor(directory, { audience: 'self', texter_gender: 'man', wants: ['women'] })).toBeUndefined();
  });
});

import type { MeetingDirectory } from '../../../src/directory/types';
import { fittingProgramIds, situationOf } from '../../../src/engine/actions/situation';
import { realCatalogue } from '../../directory/realFeeds';

// The catalogue answers the two questions these ask of a directory: programsFor and program.
const directory = realCatalogue() as unknown as MeetingDirectory;

describe('situationOf and the programs for another behavior than gambling', () => {
  it('marks a behavior named with concern gambling, and only then', () => {
    expect(situationOf({ audience: 'self', concern: 'gambling', behavior: 'gaming' })).toEqual({
      audience: 'self',
      concern: 'gambling',
      behavior: true,
    });
    expect(situationOf({ audience: 'self', concern: 'gambling', behavior: '' })).toEqual({
      audience: 'self',
      concern: 'gambling',
    });
    expect(situationOf({ audience: 'self', concern: 'alcohol', behavior: 'gaming' })).toEqual({
      audience: 'self',
      concern: 'alcohol',
    });
  });

  it('offers SMART and group therapy for a behavior, GA and the helpline for gambling', () => {
    expect(fittingProgramIds(directory, { audience: 'self', concern: 'gambling', behavior: 'porn' })).toEqual([
      'smart',
      'group_therapy',
    ]);
    expect(fittingProgramIds(directory, { audience: 'family', concern: 'gambling', behavior: 'gaming' })).toEqual([
      'smart_family',
      'group_therapy',
    ]);
    expect(fittingProgramIds(directory, { audience: 'self', concern: 'gambling' })).toEqual([
      'ga',
      'smart',
      'gambling_helpline',
    ]);
  });

  it('gives the gambling half of two concerns to the behavior ("drinks and plays video games")', () => {
    const ids = fittingProgramIds(directory, {
      audience: 'family',
      concern: 'unsure',
      concerns: 'alcohol,gambling',
      behavior: 'gaming',
    });
    expect(ids).toEqual(['alanon', 'smart_family', 'group_therapy']);
    expect(ids).not.toContain('gamanon');
  });
});

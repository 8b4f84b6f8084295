import { findMeetings, readAnswer, type ActionContext } from '../../../src/engine/actionRegistry';
import { directoryMeetingFormatter } from '../../../src/engine/meetingFormatter';
import type { FlowVars } from '../../../src/flow/flowText';
import type { Place, ReplyLabels } from '../../../src/directory/types';
import { realDirectory } from '../../directory/realFeeds';
import { recoveryFlow } from '../conversationKit';

const directory = realDirectory();
const labels = recoveryFlow().flow.labels!.en as ReplyLabels;
// Monday 2026-12-07, 9am in Amarillo.
const now = new Date('2026-12-07T15:00:00Z');

function ctx(vars: FlowVars, where: string, extra: Partial<ActionContext> = {}): ActionContext {
  const found = directory.lookupPlace(where);
  if (found.kind !== 'found') throw new Error(where);
  const place: Place = found.place;
  return {
    ...{ vars, lang: 'en', now, text: '', labels, directory, format: directoryMeetingFormatter },
    ...{ place, search: undefined, heard: [], alreadySaid: 0 },
    ...extra,
  };
}

/** The texting probe of 2026-12-06 at the results. */
describe('find_meetings when the program asked for meets nowhere near', () => {
  it('says SMART has none near and AA does, for a secular wish in Amarillo, never "no group"', () => {
    const { vars } = findMeetings.run(
      ctx(
        { audience: 'self', concern: 'alcohol', programs: 'smart', declined: 'twelve_step', mode: 'in_person' },
        'Amarillo, TX',
      ),
    );
    expect(vars).toMatchObject({ found: 'no', elsewhere: 'yes', wanted: 'SMART Recovery', nearby: 'AA' });
  });

  it('sets nothing of it when meetings are found', () => {
    const { vars } = findMeetings.run(ctx({ audience: 'self', concern: 'alcohol', mode: 'in_person' }, '79101'));
    expect(vars).toMatchObject({ elsewhere: 'no', wanted: '', nearby: '', radius: '10' });
  });
});

describe('read_answer after lunch', () => {
  it('is from 1pm on, not the afternoon from noon', () => {
    const { vars } = readAnswer.run(ctx({ audience: 'self', concern: 'alcohol' }, '79101', { text: 'after lunch' }));
    expect(vars).toMatchObject({ answer: 'refine', part: '', clock: '13:00+' });
    const es = readAnswer.run(ctx({}, '79101', { text: 'despues del almuerzo', lang: 'es' }));
    expect(es.vars).toMatchObject({ clock: '13:00+' });
  });
});

import { readResultAnswer } from '../../src/engine/resultAnswers';

/** An opening "na" said as "nah" at a list is no NA asked (resultAnswers.ts nahOpening; the thirty-sixth probe). */
describe('readResultAnswer and an opening "na"', () => {
  it.each(['na this one is too far', 'na those are too early', 'na im good', 'na thats too late'])(
    '%j names no NA',
    (text) => {
      expect(readResultAnswer(text, [])?.programs ?? []).not.toContain('na');
    },
  );

  it.each(['na meetings instead', 'na tonight', 'any na near me', 'na this weekend', 'na not aa'])(
    '%j names NA',
    (text) => {
      expect(readResultAnswer(text, [])?.programs).toContain('na');
    },
  );
});

import { withFamilyAlso } from '../../src/engine/alsoFamily';
import type { Learned } from '../../src/engine/learnFromText';

/** What the understanding step learns from a text that names a wife as the one the help is for. */
function forWife(): Learned {
  return { vars: { audience: 'family', relation: 'wife' }, filled: ['audience'], relation: 'wife', inferred: [] };
}

describe('withFamilyAlso', () => {
  it('keeps the help the texter\'s for "for my wife too" and its Spanish (results probe)', () => {
    for (const text of ['for my wife too', 'also for my wife', 'para mi esposa tambien']) {
      const learned = withFamilyAlso({ audience: 'self' }, forWife(), text);
      expect(learned.vars.audience).toBe('self');
      expect(learned.vars.also_family).toBe(true);
    }
  });

  it('moves the help when the text says it is for the other person, even with "too" in it', () => {
    for (const text of ['its for my wife', 'not me, for my wife too', 'no, for my wife too']) {
      expect(withFamilyAlso({ audience: 'self' }, forWife(), text).vars.audience).toBe('family');
    }
  });
});

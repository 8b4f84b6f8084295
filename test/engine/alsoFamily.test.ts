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

describe("withFamilyAlso and the other person's trouble", () => {
  const told = (concern: string): Learned => ({
    vars: { audience: 'family', relation: 'wife', concern },
    filled: ['audience', 'concern'],
    relation: 'wife',
    inferred: [],
  });

  it("keeps the concern the text names apart, as family_concern, not as the texter's own", () => {
    for (const [text, concern] of [
      ['my wife uses too', 'drugs'],
      ['my wife drinks too', 'alcohol'],
      ['my wife gambles too', 'gambling'],
      ['mi esposa tambien usa', 'drugs'],
    ]) {
      const learned = withFamilyAlso({ audience: 'self', concern: 'unsure' }, told(concern), text);
      expect(learned.vars).toMatchObject({ audience: 'self', also_family: true, family_concern: concern });
      expect(learned.vars.concern).toBeUndefined();
      expect(learned.filled).not.toContain('concern');
    }
  });

  it('sets no family_concern when the text names none, or only "not sure"', () => {
    expect(withFamilyAlso({ audience: 'self' }, forWife(), 'my wife too').vars.family_concern).toBeUndefined();
    expect(withFamilyAlso({ audience: 'self' }, told('unsure'), 'my wife too').vars.family_concern).toBeUndefined();
  });
});

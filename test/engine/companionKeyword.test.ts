import { companionKeyword } from '../../src/engine/sideQuestions';
import type { CompiledFlow } from '../../src/engine/flowCompiler';

// The twenty-fourth session's probe, C5: "puedo llevar a mi hijo" got the companion's yes, "can I bring my kid" the
// childcare answer.

const withChildcare = { flow: { keywords: { childcare: { say: 'childcare' } } } } as unknown as CompiledFlow;
const withoutChildcare = { flow: { keywords: {} } } as unknown as CompiledFlow;

describe('companionKeyword', () => {
  it.each([
    'can I bring my kid',
    'can i bring my 5 year old',
    'can i bring my son',
    'is it ok if my little one comes',
    'puedo llevar a mi hijo',
    'puedo traer a mi nena?',
    'puedo llevar al bebe',
  ])('"%s" asks about childcare', (text) => {
    expect(companionKeyword(withChildcare, text)).toBe('childcare');
  });

  it.each([
    'can i bring my husband',
    'can i bring my 16 year old son',
    'puedo llevar a mi hijo de 20',
    'puedo llevar a mi esposa',
  ])('"%s" asks about company', (text) => {
    expect(companionKeyword(withChildcare, text)).toBe('companion');
  });

  it('keeps the companion answer for a flow without a childcare text', () => {
    expect(companionKeyword(withoutChildcare, 'can I bring my kid')).toBe('companion');
  });
});

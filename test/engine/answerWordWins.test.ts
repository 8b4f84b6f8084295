import { answerWordWins } from '../../src/engine/answerWordWins';
import { compileFlow } from '../../src/engine/flowCompiler';
import type { Learned } from '../../src/engine/learnFromText';
import { recoveryFlow } from './conversationKit';
import { fakeDirectory } from './fakeDirectory';

const compiled = compileFlow(recoveryFlow(), { directory: () => fakeDirectory() });

/** What the understanding reads in "both" alone: any way to meet. */
const bothRead: Learned = { vars: { mode: 'any' }, filled: ['mode'], inferred: [] };

describe("a whole text that is one of the question's own answer words (answerWordWins)", () => {
  it('drops what the understanding read for another question: "both" at "What is it about?"', () => {
    const kept = answerWordWins(compiled, 'what', 'both', bothRead);
    expect(kept.filled).toEqual([]);
    expect(kept.vars).toEqual({});
  });

  it('keeps it where the word answers that question: "both" at "How would you like to meet?"', () => {
    expect(answerWordWins(compiled, 'how', 'both', bothRead)).toBe(bothRead);
  });

  it('keeps what a longer text says beside the answer word', () => {
    const read: Learned = { vars: { mode: 'any', concern: 'unsure' }, filled: ['concern', 'mode'], inferred: [] };
    expect(answerWordWins(compiled, 'what', 'both, any way to meet', read)).toBe(read);
  });

  it('keeps only the answer it sets when the word also says more', () => {
    const read: Learned = { vars: { concern: 'unsure', mode: 'any' }, filled: ['concern', 'mode'], inferred: [] };
    const kept = answerWordWins(compiled, 'what', 'Both!', read);
    expect(kept.vars).toEqual({ concern: 'unsure' });
    expect(kept.filled).toEqual(['concern']);
  });

  it('changes nothing at a node with no routes or for a text that learned nothing', () => {
    expect(answerWordWins(compiled, 'no_such_node', 'both', bothRead)).toBe(bothRead);
    const nothing: Learned = { vars: {}, filled: [], inferred: [] };
    expect(answerWordWins(compiled, 'what', 'both', nothing)).toBe(nothing);
  });
});

import { mergeDraft } from '../../../src/console/flows/draftMerge';

/** Three-way merges of a draft onto the live revision: what is kept, and what is named as a conflict. */
const flow = (welcome: string, bye: string, extra = '') =>
  `id: demo\nlanguages: [en]\nnodes:\n  welcome:\n    say:\n      en: "${welcome}"\n  bye:\n    say:\n      en: "${bye}"\n${extra}`;

describe('mergeDraft', () => {
  it('keeps the draft text change and the live text change when they touch different texts', () => {
    const merged = mergeDraft(
      { 'a.yaml': flow('Hi', 'Bye') },
      { 'a.yaml': flow('Hello there', 'Bye') },
      { 'a.yaml': flow('Hi', 'Goodbye') },
    );
    expect(merged).toEqual({ ok: true, files: { 'a.yaml': flow('Hello there', 'Goodbye') } });
  });

  it('takes whole files only one side changed, test files included', () => {
    const base = { 'a.yaml': flow('Hi', 'Bye'), 'tests/t.yaml': 'cases: []\n' };
    const merged = mergeDraft(
      base,
      { ...base, 'tests/t.yaml': 'cases: [] # draft\n' },
      { ...base, 'a.yaml': flow('Hi', 'Goodbye') },
    );
    expect(merged).toEqual({
      ok: true,
      files: { 'a.yaml': flow('Hi', 'Goodbye'), 'tests/t.yaml': 'cases: [] # draft\n' },
    });
  });

  it('names a text both changed, differently', () => {
    const merged = mergeDraft(
      { 'a.yaml': flow('Hi', 'Bye') },
      { 'a.yaml': flow('Hello', 'Bye') },
      { 'a.yaml': flow('Howdy', 'Bye') },
    );
    expect(merged).toEqual({ ok: false, conflicts: ['The en text at nodes · welcome · say was changed in both.'] });
  });

  it('refuses to guess when the draft changed more than texts, or both changed a test file', () => {
    const base = { 'a.yaml': flow('Hi', 'Bye'), 'tests/t.yaml': 'cases: []\n' };
    const structural = mergeDraft(
      base,
      { ...base, 'a.yaml': flow('Hi', 'Bye', '  extra:\n    say:\n      en: "New step"\n') },
      { ...base, 'a.yaml': flow('Hi', 'Goodbye') },
    );
    expect(structural).toEqual({
      ok: false,
      conflicts: ['a.yaml was changed both in your draft and in the live version.'],
    });
    const tests = mergeDraft(
      base,
      { ...base, 'tests/t.yaml': 'cases: [] # mine\n' },
      { ...base, 'tests/t.yaml': 'cases: [] # theirs\n' },
    );
    expect(tests).toEqual({
      ok: false,
      conflicts: ['tests/t.yaml was changed both in your draft and in the live version.'],
    });
  });
});

import { concernKeywordBase, keywordForConcern } from '../../src/flow/concernKeywords';
import type { FlowKeyword } from '../../src/flow/flowSchema';

const keywords: Record<string, FlowKeyword> = {
  helpline_number: { contains: { en: ['whats the number'] }, say: 'SAMHSA' },
  helpline_number_gambling: { say: 'Gambling helpline' },
  bye: { words: { en: ['bye'] }, goto: 'goodbye' },
  bye_gambling: { say: 'never said' },
} as unknown as Record<string, FlowKeyword>;

describe("a keyword's text for one trouble", () => {
  it('stands in for its base keyword in a conversation about that trouble', () => {
    expect(keywordForConcern(keywords, 'helpline_number', { concern: 'gambling' })).toBe('helpline_number_gambling');
  });

  it.each([
    ['another trouble', { concern: 'alcohol' }],
    ['another behavior than gambling named', { concern: 'gambling', behavior: 'gaming' }],
    ['no conversation', undefined],
  ])('is not used for %s', (_what, vars) => {
    expect(keywordForConcern(keywords, 'helpline_number', vars)).toBe('helpline_number');
  });

  it('is not used for a keyword that moves', () => {
    expect(keywordForConcern(keywords, 'bye', { concern: 'gambling' })).toBe('bye');
  });

  it('names the keyword it stands in for, when the flow has it', () => {
    expect(concernKeywordBase('helpline_number_gambling', keywords)).toBe('helpline_number');
    expect(concernKeywordBase('shown_closed_gambling', keywords)).toBeUndefined();
    expect(concernKeywordBase('helpline_number', keywords)).toBeUndefined();
  });
});

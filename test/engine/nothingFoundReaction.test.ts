import { join } from 'node:path';
import { parseFlowFile } from '../../src/flow/flowParser';
import { askedOfLinks, reactsToNothingFound } from '../../src/engine/nothingFoundReaction';
import type { Session } from '../../src/engine/types';

const flow = parseFlowFile(join(__dirname, '../../flows/recovery.yaml')).flow!;

/** A stored conversation that ended at `node`. */
function endedAt(node: string): Session {
  return { snapshot: { status: 'done', context: { node } } } as unknown as Session;
}

const nothing = { filled: [], intents: [], yes: null };

describe('a reaction to a search that found nothing', () => {
  it.each(['no_results_near', 'no_results_wanted', 'no_results_online', 'no_results_phone', 'no_more'])(
    'is read after %s, a page a `found: "no"` branch ends at',
    (node) => {
      expect(reactsToNothingFound(flow, endedAt(node), nothing, false)).toBe(true);
    },
  );

  it.each(['goodbye', 'stuck_end', 'wrong_number'])('is not read after %s, where something else ended', (node) => {
    expect(reactsToNothingFound(flow, endedAt(node), nothing, false)).toBe(false);
  });

  it('is not a text that told something, asked for something or said yes or no', () => {
    const at = endedAt('no_results_near');
    expect(reactsToNothingFound(flow, at, { ...nothing, filled: ['place'] }, false)).toBe(false);
    expect(reactsToNothingFound(flow, at, { ...nothing, intents: ['more'] }, false)).toBe(false);
    expect(reactsToNothingFound(flow, at, { ...nothing, yes: false }, false)).toBe(false);
  });

  it('is not a greeting, nor a text read by no understanding', () => {
    expect(reactsToNothingFound(flow, endedAt('no_results_near'), nothing, true)).toBe(false);
    expect(reactsToNothingFound(flow, endedAt('no_results_near'), undefined, false)).toBe(false);
  });

  it('is not read by a flow without the `after_nothing_found` text', () => {
    const { after_nothing_found: _gone, ...keywords } = flow.keywords;
    expect(reactsToNothingFound({ ...flow, keywords }, endedAt('no_results_near'), nothing, false)).toBe(false);
  });
});

describe('MORE or a number asked of a page of links', () => {
  const heard = { filled: [] as string[], intents: [] as string[], yes: null, item: null as number | null };

  it.each(['no_results_near', 'no_results_online', 'no_more'])('MORE after %s has no more', (node) => {
    expect(askedOfLinks(flow, endedAt(node), { ...heard, intents: ['more'] }, 'more')).toBe('more');
  });

  it('a bare number, or a meeting pointed at, finds no number on the page', () => {
    const at = endedAt('no_results_near');
    expect(askedOfLinks(flow, at, heard, '1')).toBe('number');
    expect(askedOfLinks(flow, at, heard, '#2')).toBe('number');
    expect(askedOfLinks(flow, at, { ...heard, item: 1, filled: ['item'] }, 'the first one')).toBe('number');
  });

  it('is not a text that tells something, nor after another ending', () => {
    const at = endedAt('no_results_near');
    expect(askedOfLinks(flow, at, { ...heard, intents: ['more'], filled: ['when'] }, 'more tomorrow')).toBeUndefined();
    expect(askedOfLinks(flow, at, { ...heard, filled: ['place'] }, '1 in amarillo')).toBeUndefined();
    expect(askedOfLinks(flow, at, heard, '79109')).toBeUndefined();
    expect(askedOfLinks(flow, endedAt('goodbye'), { ...heard, intents: ['more'] }, 'more')).toBeUndefined();
  });
});

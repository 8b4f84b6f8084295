import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkOptionsWith, runtimeCheckOptions } from '../../src/engine/runtimeCheck';
import { checkFlows } from '../../src/flow/flowChecker';
import { formatFinding } from '../../src/flow/finding';

const valid = readFileSync(join(__dirname, '../flow/fixtures/valid.yaml'), 'utf8');
const actions = [{ name: 'find_meetings', description: 'finds meetings', sets: { meetings: { maxLength: 400 } } }];

function checkWith(section: string): string[] {
  const source = `${valid.trimEnd()}\nunderstand:\n${section}`;
  return checkFlows([{ file: 'words.yaml', source }], checkOptionsWith(actions)).map(formatFinding);
}

describe('flows:check on the understand: section', () => {
  it('accepts a section whose words each mean one thing', () => {
    expect(
      checkWith(
        '  slots:\n    concern:\n      alcohol: { en: [drinks], es: [bebe] }\n      drugs: { en: [meth], es: [mota] }\n',
      ),
    ).toEqual([]);
  });

  it('reports a word listed under two values of one slot, where staff wrote it', () => {
    const out = checkWith(
      '  slots:\n    concern:\n      alcohol: { en: [drinks, Pills], es: [bebe] }\n      drugs: { en: [pills], es: [mota] }\n',
    );
    expect(out).toEqual([
      expect.stringMatching(
        /^words\.yaml:\d+:\d+ error understand-duplicate: "pills" is listed under both `concern: alcohol` and `concern: drugs` \(en\)/,
      ),
    ]);
  });

  it('reports a behavior word listed under a concern too, and takes behavior values', () => {
    const out = checkWith(
      '  slots:\n    concern:\n      gambling: { en: [casino, Porn], es: [casino] }\n' +
        '    behavior:\n      porn: { en: [porn], es: [pornografia] }\n      gaming: { en: [video games], es: [videojuegos] }\n',
    );
    expect(out).toEqual([
      expect.stringMatching(
        /^words\.yaml:\d+:\d+ error understand-duplicate: "porn" is listed under both `behavior: porn` and `concern: gambling` \(en\)/,
      ),
    ]);
    expect(checkWith('  slots:\n    behavior:\n      cards: { en: [solitaire] }\n')).toEqual([
      expect.stringMatching(/error understand-value: `cards` is not a value of `behavior`/),
    ]);
  });

  it('reports a phrase in a list read one word at a time ("mi mismo" made every "mi" the texter)', () => {
    const out = checkWith(
      '  self_words: { en: [i, me], es: [yo, mi mismo] }\n  slots:\n    concern:\n      alcohol: [drinks]\n',
    );
    expect(out).toEqual([
      expect.stringMatching(
        /^words\.yaml:\d+:\d+ warning understand-one-word: `mi mismo` is more than one word, but `self_words` is read one word at a time.*slots\.audience\.self/,
      ),
    ]);
  });

  it('allows one word under two different slots ("suboxone" is a concern and a medication)', () => {
    const out = checkWith(
      '  slots:\n    concern:\n      drugs: [suboxone]\n    medication:\n      "true": [suboxone]\n',
    );
    expect(out).toEqual([]);
  });

  it('reports a word that is a carrier keyword, which the line never sees', () => {
    const out = checkWith('  slots:\n    intents:\n      opt_out: [Opt-Out, leave me alone]\n');
    expect(out).toEqual([expect.stringMatching(/error carrier-keyword: "Opt-Out" is a carrier keyword/)]);
  });

  it('reports unknown slots, values outside a slot and phrases that cannot start a match', () => {
    const out = checkWith(
      '  slots:\n    mood:\n      sad: [sad]\n    mode:\n      carrier_pigeon: [pigeon]\n    when:\n      tonight: ["later? tonight", "... tonight"]\n',
    );
    expect(out.map((l) => l.split(' ').slice(1, 3).join(' '))).toEqual([
      'error understand-slot:',
      'error understand-value:',
      'error understand-phrase:',
      'error understand-phrase:',
    ]);
  });

  it('finds no error in the shipped flow', () => {
    const findings = checkFlows([join(__dirname, '../../flows/recovery.yaml')], runtimeCheckOptions);
    expect(findings.filter((f) => f.severity === 'error').map(formatFinding)).toEqual([]);
  });
});

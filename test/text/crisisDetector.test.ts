import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { detectCrisis, type CrisisKind } from '../../src/text/crisisDetector';
import { osaDistance, withinOneEdit } from '../../src/text/editDistance';

interface CorpusLine {
  lang: string;
  text: string;
  kinds?: CrisisKind[];
}

function corpus(name: string): CorpusLine[] {
  return parse(readFileSync(join(__dirname, '../../flows/safety', name), 'utf8')) as CorpusLine[];
}

const crisis = corpus('crisis.yaml');
const noAlarm = corpus('no-alarm.yaml');

describe('crisis corpus (flows/safety/crisis.yaml)', () => {
  it('holds at least 40 phrasings in English and Spanish, each labelled', () => {
    expect(crisis.length).toBeGreaterThanOrEqual(40);
    expect(new Set(crisis.map((line) => line.lang))).toEqual(new Set(['en', 'es']));
    for (const line of crisis) expect(line.kinds?.length).toBeGreaterThan(0);
  });

  it.each(crisis.map((line) => [line.text, line.kinds] as const))('finds %j as %j', (text, kinds) => {
    expect(detectCrisis(text)?.kinds.slice().sort()).toEqual([...(kinds ?? [])].sort());
  });
});

describe('no-alarm corpus (flows/safety/no-alarm.yaml)', () => {
  it('holds at least 20 phrasings', () => {
    expect(noAlarm.length).toBeGreaterThanOrEqual(20);
  });

  it.each(noAlarm.map((line) => [line.text] as const))('raises no alarm on %j', (text) => {
    expect(detectCrisis(text)).toBeUndefined();
  });
});

describe('detectCrisis', () => {
  it('reads whole words only: odd, Tod and odds are not OD', () => {
    expect(detectCrisis('odd')).toBeUndefined();
    expect(detectCrisis('Tod')).toBeUndefined();
    expect(detectCrisis('OD')).toEqual({ kinds: ['overdose'] });
  });

  it('allows one typo only in words of five letters or more', () => {
    expect(detectCrisis('suicdie')?.kinds).toEqual(['suicide']);
    expect(detectCrisis('kms')?.kinds).toEqual(['suicide']);
    expect(detectCrisis('kmz')).toBeUndefined();
  });

  it('adds the words staff list in the flow, and keeps the core list', () => {
    const extra = { suicide: ['walk into the lake'], overdose: ['Sleeping Forever'] };
    expect(detectCrisis('i might walk into the lake', extra)?.kinds).toEqual(['suicide']);
    expect(detectCrisis('he is sleeping forever', extra)?.kinds).toEqual(['overdose']);
    expect(detectCrisis('i want to kill myself', { suicide: [] })?.kinds).toEqual(['suicide']);
    expect(detectCrisis('i might walk into the lake')).toBeUndefined();
  });

  it('reads someone hurting the texter, said with who does it, and not a ride, a game or an idiom', () => {
    for (const text of [
      'my husband beats me when he drinks',
      'my boyfriend gets drunk and hits me',
      'my dad hit me again',
      'my girlfriend always slaps me',
      'my dad always beats me',
      'he beats me again and again',
      'he beats me in front of the kids',
      'hes going to beat me to death',
      'mi novio me pega',
    ]) {
      expect(detectCrisis(text)?.kinds).toEqual(['violence']);
    }
    for (const text of [
      'he hits me up for a ride',
      'my brother beats me at chess',
      'my dad always beats me at basketball',
      'beats me',
      'this song hits me hard',
      'my mom kicked me out',
      'my husband heats me up soup',
      'se me pega la gripe',
    ]) {
      expect(detectCrisis(text)).toBeUndefined();
    }
  });

  it('answers nothing for empty, emoji-only or very long harmless texts', () => {
    expect(detectCrisis('')).toBeUndefined();
    expect(detectCrisis('🙂🙂🙂')).toBeUndefined();
    expect(detectCrisis('meeting '.repeat(400))).toBeUndefined();
    expect(detectCrisis(`${'😀'.repeat(800)} i want to die`)?.kinds).toEqual(['suicide']);
  });
});

describe('edit distance (optimal string alignment)', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(withinOneEdit('alchohol', 'alcohol')).toBe(true);
    expect(withinOneEdit('myslef', 'myself')).toBe(true);
    expect(withinOneEdit('closer', 'closed')).toBe(true);
    expect(withinOneEdit('closer', 'clsoed')).toBe(false);
    expect(osaDistance('ca', 'abc')).toBe(3);
    expect(osaDistance('suicdie', 'suicide')).toBe(1);
    expect(osaDistance('amarilo', 'amarillo')).toBe(1);
    expect(osaDistance('kitten', 'sitting', 1)).toBe(2);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { personRequest } from '../../src/text/personRequest';

interface Line {
  lang: 'en' | 'es';
  text: string;
}

const cases = parse(readFileSync(join(__dirname, '../../flows/safety/person.yaml'), 'utf8')) as {
  ask: Line[];
  not: Line[];
};

describe('requests for a person (flows/safety/person.yaml)', () => {
  it.each(cases.ask.map((l) => [l.text, l.lang] as const))(
    'hears %j as a request for a person, in %s',
    (text, lang) => {
      expect(personRequest(text)).toEqual({ lang });
    },
  );

  it.each(cases.not.map((l) => [l.text] as const))('does not take %j for a request for a person', (text) => {
    expect(personRequest(text)).toBeUndefined();
  });
});

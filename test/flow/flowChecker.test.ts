import { join } from 'node:path';
import { loadCrisisCorpora } from '../../src/flow/crisisCorpus';
import { checkOptionsWith, runtimeCheckOptions } from '../../src/engine/runtimeCheck';
import { checkFlows, type ActionInfo } from '../../src/flow/flowChecker';
import { formatFinding, hasErrors, type Finding } from '../../src/flow/finding';

const fixture = (name: string) => join(__dirname, 'fixtures', `${name}.yaml`);
const actions: ActionInfo[] = [
  { name: 'find_meetings', description: 'finds meetings', sets: { meetings: { maxLength: 400 } } },
];
const check = (name: string): Finding[] => checkFlows([fixture(name)], checkOptionsWith(actions));
const rulesOf = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule}`);

describe('checkFlows on fixtures that each break one rule', () => {
  it('finds nothing in the valid fixture', () => {
    expect(check('valid').map(formatFinding)).toEqual([]);
  });

  // [fixture, rule, severity, line, column]: the line and column are where staff must look.
  const cases: Array<[string, string, Finding['severity'], number, number]> = [
    ['not-yaml', 'not-yaml', 'error', 2, 1],
    ['empty-file', 'empty-file', 'error', 1, 1],
    ['schema', 'schema', 'error', 54, 16],
    ['unknown-node', 'unknown-node', 'error', 49, 15],
    ['start-missing', 'start-missing', 'error', 4, 8],
    ['unreachable', 'unreachable', 'warning', 72, 3],
    ['dead-end', 'dead-end', 'error', 72, 3],
    ['conflicting-moves', 'conflicting-moves', 'error', 28, 3],
    ['no-catch-all', 'no-catch-all', 'error', 56, 3],
    ['unbounded-retries', 'unbounded-retries', 'error', 55, 13],
    ['goto-loop', 'goto-loop', 'error', 74, 11],
    ['unknown-action', 'unknown-action', 'error', 43, 13],
    ['unknown-variable', 'unknown-variable', 'error', 58, 7],
    ['missing-translation', 'missing-translation', 'error', 52, 9],
    ['missing-words-translation', 'missing-translation', 'error', 46, 11],
    ['placeholder-mismatch', 'placeholder-mismatch', 'error', 59, 7],
    ['message-two-parts', 'message-length', 'warning', 69, 11],
    ['message-too-long', 'message-length', 'error', 69, 11],
    ['message-ucs2', 'not-gsm7', 'warning', 70, 11],
    ['carrier-keyword', 'carrier-keyword', 'error', 40, 28],
    ['carrier-keyword-in-keyword', 'carrier-keyword', 'error', 24, 32],
    ['route-words-pattern', 'route-words-pattern', 'error', 40, 28],
    ['shadowed-answer', 'shadowed-answer', 'error', 46, 29],
    ['unknown-keyword', 'unknown-keyword', 'warning', 22, 3],
    ['keyword-incomplete', 'keyword-incomplete', 'error', 12, 3],
    ['bad-pattern', 'bad-pattern', 'error', 65, 18],
    ['unknown-language', 'unknown-language', 'error', 6, 3],
    ['route-without-test', 'route-without-test', 'error', 65, 9],
    ['no-question', 'no-question', 'error', 56, 3],
    ['no-routes', 'no-routes', 'error', 56, 3],
    ['missing-yes-no-words', 'missing-yes-no-words', 'error', 58, 9],
    ['when-unknown-variable', 'unknown-variable', 'warning', 30, 15],
    ['unknown-set-value', 'unknown-set-value', 'error', 48, 26],
    ['unknown-set-value-keyword', 'unknown-set-value', 'error', 19, 18],
    ['keyword-words-pattern', 'keyword-words-pattern', 'warning', 18, 19],
  ];

  it.each(cases)('%s.yaml breaks %s, reported at its line and column', (name, rule, severity, line, column) => {
    const findings = check(name);
    const hit = findings.find((f) => f.rule === rule);
    expect(hit).toMatchObject({ file: fixture(name), severity, line, column });
    expect(hasErrors(findings)).toBe(severity === 'error');
  });

  it('says what to do in every message', () => {
    for (const [name] of cases) {
      for (const f of check(name))
        expect(f.message).toMatch(
          /\b(Add|Fix|Check|Use|Remove|Rename|Write|Change|Shorten|Consider|Point|Send|Put|Move|Keep|Make|Known names)\b/,
        );
    }
  });
});

describe('checkFlows messages', () => {
  it('suggests the node name a goto probably meant', () => {
    expect(check('unknown-node')[0].message).toContain('did you mean `ready`?');
  });

  it('names the character that would force UCS-2, what is sent instead, and the cost', () => {
    const f = check('message-ucs2').find((x) => x.rule === 'not-gsm7');
    expect(f?.message).toContain('"í" is not in the GSM-7 SMS alphabet, so the line sends "i" instead');
    expect(f?.message).toContain('(4 parts instead of 2)');
    // The length rule counts what is really sent: plain GSM-7, 2 parts.
    expect(check('message-ucs2').find((x) => x.rule === 'message-length')).toMatchObject({ severity: 'warning' });
  });

  it('counts texts that go out together: a route say, the next node say and the question after it', () => {
    const long = 'x'.repeat(160);
    const source = `name: t
languages: [en]
start: a
keywords: {}
nodes:
  a:
    ask: "Pick one"
    routes:
      - any: true
        say: "${long}"
        goto: b
  b:
    say: "${long}"
    goto: c
  c:
    say: "${long}"
    end: true
`;
    const findings = checkFlows([{ file: 'chain.yaml', source }], runtimeCheckOptions);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'message-length', severity: 'error', line: 10 });
    expect(findings[0].message).toContain('made of node `a` route 1 say + node `b` say + node `c` say');
  });

  it('fills placeholders with the longest value an action declares', () => {
    const source = `name: t
languages: [en]
start: a
keywords: {}
labels:
  en: { days: [Sun, Mon, Tue, Wed, Thu, Fri, Sat], online: online, phone: phone, miles: mi }
nodes:
  a:
    do: find_meetings
    say: "Here: {{meetings}}"
    end: true
`;
    const short = checkFlows(
      [{ file: 'short.yaml', source }],
      checkOptionsWith([{ name: 'find_meetings', sets: { meetings: { maxLength: 100 } } }]),
    );
    expect(short).toEqual([]);
    const long = checkFlows(
      [{ file: 'long.yaml', source }],
      checkOptionsWith([{ name: 'find_meetings', sets: { meetings: { maxLength: 600 } } }]),
    );
    expect(long.map((f) => f.rule)).toEqual(['message-length']);
    expect(long[0].severity).toBe('error');
  });

  it('shadows a phrase that holds an earlier route word and a number taken earlier', () => {
    const f = check('shadowed-answer').filter((x) => x.rule === 'shadowed-answer');
    expect(f.map((x) => x.message)).toEqual([
      expect.stringContaining('"me too" contains "me"'),
      expect.stringContaining('"1" is already an answer of route 1'),
    ]);
  });

  it('asks for meeting labels when the flow finds meetings, and checks node names', () => {
    const source = `name: t
languages: [en]
start: a b
keywords: {}
nodes:
  a b:
    do: find_meetings
    say: "Hi"
    end: true
`;
    expect(rulesOf(checkFlows([{ file: 'labels.yaml', source }], checkOptionsWith(actions)))).toEqual([
      'error missing-labels',
      'error bad-node-name',
    ]);
  });

  /** A one-step flow that finds meetings and says `say`, with `labels` added to the English labels. */
  const searchFlow = (say: string, labels: string) => `name: t
languages: [en]
start: a
keywords: {}
labels:
  en: { days: [Sun, Mon, Tue, Wed, Thu, Fri, Sat], online: online, phone: phone, miles: mi${labels} }
nodes:
  a:
    do: find_meetings
    say: "${say}"
    end: true
`;

  it('asks for the km word when a flow says {{unit}}, and warns of a miles word written after a distance', () => {
    const unitActions: ActionInfo[] = [
      {
        name: 'find_meetings',
        description: 'finds meetings',
        sets: { radius: { maxLength: 3 }, unit: { maxLength: 2 } },
      },
    ];
    const rules = (say: string, km = '') =>
      rulesOf(checkFlows([{ file: 'unit.yaml', source: searchFlow(say, km) }], checkOptionsWith(unitActions)));
    expect(rules('Within {{radius}} {{unit}}:')).toEqual(['error missing-label']);
    expect(rules('Within {{radius}} {{unit}}:', ', km: km')).toEqual([]);
    expect(rules('Within {{radius}} mi:', ', km: km')).toEqual(['warning distance-unit-written']);
    expect(rules('Within {{radius}} {{unit}}:', ', km: kilometres')).toEqual(['warning unit-label-long']);
  });

  it('asks for labels.helpline when a flow says {{helpline}}, and warns of one longer than its room', () => {
    const lineActions: ActionInfo[] = [
      { name: 'find_meetings', description: 'finds meetings', sets: { helpline: { maxLength: 43 } } },
    ];
    const rules = (helpline = '') =>
      rulesOf(
        checkFlows(
          [{ file: 'line.yaml', source: searchFlow('None near. {{helpline}}', helpline) }],
          checkOptionsWith(lineActions),
        ),
      );
    expect(rules()).toEqual(['error missing-label']);
    expect(rules(', helpline: { us: "SAMHSA 1-800-662-4357.", ca: "Call or text 988." }')).toEqual([]);
    expect(rules(`, helpline: { us: "${'x'.repeat(50)}", ca: "Call or text 988." }`)).toEqual([
      'warning helpline-label-long',
    ]);
  });

  it('allows YES as an answer and HELP in the help keyword', () => {
    expect(rulesOf(check('valid'))).not.toContain('error carrier-keyword');
  });

  it('reports two files that define the same flow id', () => {
    const source = require('node:fs').readFileSync(fixture('valid'));
    const findings = checkFlows(
      [
        { file: 'a/valid.yaml', source },
        { file: 'b/valid.yaml', source },
      ],
      checkOptionsWith(actions),
    );
    expect(rulesOf(findings)).toEqual(['error duplicate-flow']);
  });

  it('never throws, whatever the bytes', () => {
    for (const source of [
      '',
      '\u0000\u0001',
      ': : :',
      '- - -',
      '{',
      'name: 1\nlanguages: en',
      Buffer.from([0xff, 0xfe, 0x00]),
    ]) {
      expect(() => checkFlows([{ file: 'x.yaml', source }], runtimeCheckOptions)).not.toThrow();
      expect(hasErrors(checkFlows([{ file: 'x.yaml', source }], runtimeCheckOptions))).toBe(true);
    }
  });
});

describe('checkFlows on any input', () => {
  const fc = require('fast-check') as typeof import('fast-check');
  const valid = require('node:fs').readFileSync(join(__dirname, 'fixtures', 'valid.yaml'), 'utf8') as string;

  it('never throws on a valid flow with lines removed, duplicated or cut short', () => {
    const lines = valid.split('\n');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(lines.length - 1), fc.constantFrom('drop', 'twice', 'cut')), { maxLength: 4 }),
        (edits) => {
          const copy = [...lines];
          for (const [i, how] of edits) {
            if (how === 'drop') copy.splice(i % copy.length, 1);
            else if (how === 'twice') copy.splice(i % copy.length, 0, copy[i % copy.length]);
            else copy[i % copy.length] = copy[i % copy.length].slice(0, Math.floor(copy[i % copy.length].length / 2));
          }
          const findings = checkFlows([{ file: 'mutated.yaml', source: copy.join('\n') }], checkOptionsWith(actions));
          for (const f of findings) {
            expect(f.line).toBeGreaterThanOrEqual(1);
            expect(f.message.length).toBeGreaterThan(10);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers arbitrary text with findings that point into the file, and an error when it is no flow', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (source) => {
        const findings = checkFlows([{ file: 'any.yaml', source }], runtimeCheckOptions);
        expect(hasErrors(findings)).toBe(true);
        for (const f of findings) expect(f.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses carrier words as yes/no words and language switches', () => {
    const source = valid.replace('no_words:\n  en: [no, n, nope]', 'no_words:\n  en: [no, n, nope, cancel]');
    expect(checkFlows([{ file: 'c.yaml', source }], checkOptionsWith(actions)).map((f) => f.rule)).toEqual([
      'carrier-keyword',
    ]);
  });
});

describe('carrier audit and crisis corpora', () => {
  const valid = () => require('node:fs').readFileSync(fixture('valid'), 'utf8') as string;

  it("warns when a line's HELP lacks the program, the support contact, the rates notice or STOP", () => {
    const line = 'line:\n  program: Test Line\n  support: 1-800-555-0100\n';
    const source = valid().replace('keywords:\n', `${line}keywords:\n`);
    const findings = checkFlows([{ file: 'audit.yaml', source }], checkOptionsWith(actions)).filter(
      (f) => f.rule === 'help-audit',
    );
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^The `en` HELP reply lacks the program's name \(Test Line.*support contact \(1-800-555-0100.*"Msg & data/,
      ),
      expect.stringMatching(/^The `es` HELP reply lacks .*"Pueden aplicar tarifas de mensajes y datos"/),
    ]);
    const fixed = source
      .replace(
        '"Free, confidential meeting finder. Reply STOP to opt out. Crisis: 988."',
        '"{{program}}: meetings. Help: {{support}}. Msg & data rates may apply. Reply STOP to opt out."',
      )
      .replace(
        '"Buscador de reuniones gratis y confidencial. STOP para salir. Crisis: 988."',
        '"{{program}}: reuniones. Ayuda: {{support}}. Pueden aplicar tarifas de mensajes y datos. STOP para salir."',
      );
    const after = checkFlows([{ file: 'audit.yaml', source: fixed }], checkOptionsWith(actions));
    expect(after.filter((f) => f.rule === 'help-audit')).toEqual([]);
  });

  it('warns while the support contact is the shipped example', () => {
    const line = 'line:\n  program: Test Line\n  support: help.example.org\n';
    const source = valid().replace('keywords:\n', `${line}keywords:\n`);
    const findings = checkFlows([{ file: 'ex.yaml', source }], checkOptionsWith(actions));
    expect(rulesOf(findings)).toContain('warning support-contact-example');
  });

  it('runs the crisis corpora: a missed phrasing is an error, an alarming staff word a warning', () => {
    const corpora = {
      crisis: [{ lang: 'en', text: 'my cousin is acting like a zombie', kinds: ['overdose' as const] }],
      noAlarm: [{ lang: 'en', text: 'that meeting was killer' }],
    };
    const missed = checkFlows([{ file: 'c.yaml', source: valid() }], {
      ...checkOptionsWith(actions),
      crisisCorpora: corpora,
    });
    expect(rulesOf(missed)).toEqual(['error crisis-corpus']);
    const extra = '  crisis_overdose:\n    contains: [acting like a zombie, killer]\n    say: "Overdose? Call 911."\n';
    const withWords = valid().replace('  help:\n', `${extra}  help:\n`);
    const findings = checkFlows([{ file: 'c.yaml', source: withWords }], {
      ...checkOptionsWith(actions),
      crisisCorpora: corpora,
    });
    expect(rulesOf(findings)).toEqual(['warning crisis-false-alarm']);
  });

  it('takes a corpus line with no kind as caught when the crisis words catch it, with no kind of their own', () => {
    const corpora = { crisis: [{ lang: 'en', text: 'i am scared at home', kinds: [] }], noAlarm: [] };
    const withWords = valid().replace('en: [suicide, not breathing]', 'en: [suicide, not breathing, scared at home]');
    const findings = checkFlows([{ file: 'c.yaml', source: withWords }], {
      ...checkOptionsWith(actions),
      crisisCorpora: corpora,
    });
    expect(findings.filter((f) => f.rule === 'crisis-corpus')).toEqual([]);
    const missed = checkFlows([{ file: 'c.yaml', source: valid() }], {
      ...checkOptionsWith(actions),
      crisisCorpora: corpora,
    });
    expect(rulesOf(missed)).toEqual(['error crisis-corpus']);
  });

  it('passes the shipped flow against the shipped corpora', () => {
    const corpora = loadCrisisCorpora();
    expect(corpora?.crisis.length).toBeGreaterThanOrEqual(40);
    // A session's file with both sides (flows/safety/twenty-first.yaml) is read too.
    expect(corpora?.crisis.map((l) => l.text)).toContain('pills in my hand right now');
    expect(corpora?.noAlarm.map((l) => l.text)).toContain('i take a handful of pills every morning');
    const findings = checkFlows(['flows/recovery.yaml'], { ...runtimeCheckOptions, crisisCorpora: corpora });
    expect(findings.filter((f) => f.rule.startsWith('crisis'))).toEqual([]);
  });
});

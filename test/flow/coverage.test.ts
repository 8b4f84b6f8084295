import { createActor, type AnyEventObject, type AnyStateMachine, type InspectionEvent } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { compileFlow, type ConversationContext, type FlowEvent } from '../../src/engine/flowCompiler';
import type { FlowFile, FlowRoute } from '../../src/flow/flowSchema';
import type { OpenedFlowTests } from '../../src/inbox/flowTestRunner';
import type { LoadedFlow } from '../../src/flow/loadedFlow';
import type { Meeting, MeetingDirectory, MeetingPage, MeetingQuery, Place } from '../../src/directory/types';
import { openShippedFlowTests, runAll, shippedTestFiles } from './shippedFlowTests';

/**
 * Every node of every shipped flow must be entered by some flow test (flows/tests/*.yaml). The
 * nodes that can be reached at all are found by walking the compiled XState machine with
 * xstate/graph's getShortestPaths, sending each question sample answers taken from its own routes.
 */

const NOW = new Date('2026-11-26T19:00:00-06:00');

/**
 * The flow nodes a machine microstep left and entered, from XState's inspection events: the walk
 * below finds what is reachable apart from the engine's own trace, so the two can be compared.
 */
function nodesOfMicrostep(ev: InspectionEvent): string[] {
  if (ev.type !== '@xstate.microstep') return [];
  const nodes: string[] = [];
  for (const t of ev._transitions) {
    // Root-level transitions (keywords) have the machine itself as source: not a flow node.
    if (t.source.parent) nodes.push(t.source.key);
    for (const target of t.target ?? []) if (target.parent) nodes.push(target.key);
  }
  return nodes;
}

/**
 * A small hand-written directory for the walk, so every page of results can be reached in a few
 * steps: 79101 has 4 meetings within 10 mi (a page of 3, a page of 1) and 1 more within 25 mi
 * (MORE looks farther out), then none; 99501 has nothing at all; Springfield is in several
 * states, and IL has no group near but one online meeting. Online, AA (for yourself) has that one
 * meeting, Al-Anon (for family) none; nobody has phone meetings. The walk is about the machine,
 * not the meeting data.
 */
const place = (label: string): Place => ({ lat: 35.2, lon: -101.8, label, country: 'US' });
const meeting = (i: number, modes: Meeting['modes']): Meeting => ({
  id: `fake-${i}`,
  programId: 'aa',
  name: `Meeting ${i}`,
  day: 4,
  startMinute: 1200 + i,
  timezone: 'America/Chicago',
  modes,
  ...(modes.includes('in_person')
    ? { lat: 35.2, lon: -101.8, town: 'Amarillo', region: 'TX' }
    : { url: 'https://zoom.us/j/1' }),
  tags: [],
});
const nearAmarillo = [0, 1, 2, 3].map((i) => meeting(i, ['in_person']));
const fartherOut = [meeting(4, ['in_person'])];
const online = [meeting(5, ['online'])];
const walkDirectory: MeetingDirectory = {
  programsFor: (s) =>
    s.audience === 'family'
      ? [
          {
            id: 'alanon',
            name: 'Al-Anon',
            description: { en: 'Al-Anon', es: 'Al-Anon' },
            onlineUrl: 'https://al-anon.org',
          },
        ]
      : [
          {
            id: 'aa',
            name: 'AA',
            description: { en: 'AA', es: 'AA' },
            onlineUrl: 'https://aa-intergroup.org/meetings/',
          },
        ],
  program: () => undefined,
  programs: () => [],
  lookupPlace: (text) => {
    if (/79101/.test(text)) return { kind: 'found', place: place('Amarillo, TX') };
    if (/99501/.test(text)) return { kind: 'found', place: place('Anchorage, AK') };
    if (/springfield, il/i.test(text)) return { kind: 'found', place: place('Springfield, IL') };
    if (/springfield/i.test(text)) return { kind: 'ambiguous', town: 'Springfield', states: ['IL', 'MO', 'OH'] };
    return { kind: 'not_found' };
  },
  parseWhen: () => undefined,
  search: (q: MeetingQuery): MeetingPage => {
    let pool: Meeting[] = [];
    let radiusMiles: number | undefined;
    if (q.modes.includes('in_person') && q.place) {
      const beyond = q.beyondMiles ?? 0;
      radiusMiles = beyond < 10 ? 10 : beyond < 25 ? 25 : 100;
      if (q.place.label === 'Amarillo, TX') pool = beyond < 10 ? nearAmarillo : beyond < 25 ? fartherOut : [];
    }
    const programs = new Set(q.programs);
    if (q.modes.includes('online') && programs.has('aa') && q.place?.label !== 'Anchorage, AK')
      pool = [...pool, ...online];
    // Nothing meets on a Saturday: a day asked for that finds nothing, so the search says so.
    if (q.when?.weekdays?.includes(6)) pool = [];
    // No walk meeting carries a tag: a preference ("wheelchair") finds nothing, and the search shows others.
    if (q.tags?.length) pool = [];
    const page = pool.slice(q.offset, q.offset + (q.limit ?? 3));
    return {
      matches: page.map((m) => ({
        meeting: m,
        nextStart: NOW,
        ...(m.modes.includes('in_person') ? { distanceMiles: 2 } : {}),
      })),
      ...(radiusMiles !== undefined ? { radiusMiles } : {}),
      hasMore: q.offset + page.length < pool.length,
    };
  },
  meeting: (id) => [...nearAmarillo, ...fartherOut, ...online].find((m) => m.id === id),
  size: () => nearAmarillo.length + fartherOut.length + online.length,
};
const NONSENSE = 'zzqx';

/** Answers that exercise each route of a question: its numbers, first words per language, yes/no, a place. */
function sampleAnswers(flow: FlowFile, route: FlowRoute): string[] {
  const out: string[] = [];
  if (route.number !== undefined) out.push(String(Array.isArray(route.number) ? route.number[0] : route.number));
  const first = (words: FlowRoute['words']) =>
    !words ? [] : Array.isArray(words) ? words.slice(0, 1) : Object.values(words).map((w) => w[0]);
  out.push(...first(route.words));
  if (route.yes) out.push(...first(flow.yes_words));
  if (route.no) out.push(...first(flow.no_words));
  if (route.location === true) out.push('79101', '99501', 'IL');
  if (route.location === 'ambiguous') out.push('Springfield');
  if (route.any) out.push('anything', '1', 'saturday', 'sunday', 'wheelchair');
  // A pattern route takes the first of these texts it matches: an age, a ZIP a digit short, a ZIP no place has.
  if (route.pattern) out.push(...PATTERN_SAMPLES.filter((t) => new RegExp(route.pattern!, 'i').test(t)).slice(0, 1));
  return out.filter((s): s is string => typeof s === 'string');
}

/**
 * Nodes reached only by what the understanding step or read_answer reads, which the walker's texts do not carry: a
 * program wanted with another turned down ("not religious": SMART wanted, the twelve steps declined) where only the
 * declined meet near (flows/tests/results-nineteenth-b.yaml); a holiday asked at a list ("christmas day") and a kind
 * of building ("is there a meeting at a church"), read by read_answer (flows/tests/times-twenty-first.yaml and
 * places-twenty-first.yaml). The second test below still requires a flow test to visit each.
 */
const ONLY_BY_READING: ReadonlySet<string> = new Set([
  'no_results_wanted',
  'holiday_search',
  'results_holiday_day',
  'results_holiday_later',
  'buildings_listed',
  'buildings_unknown',
  'listed_again',
]);

/** Texts tried against a route's `pattern` (sampleAnswers). */
const PATTERN_SAMPLES = ['16', '25', '7910', '00000'];

function eventsFor(flow: FlowFile, node: string): FlowEvent[] {
  const texts = new Set<string>([NONSENSE]);
  for (const r of flow.nodes[node]?.routes ?? []) sampleAnswers(flow, r).forEach((t) => texts.add(t));
  const keywords = Object.entries(flow.keywords)
    .filter(([name, k]) => k.goto !== undefined || name === 'restart')
    .map(([name]): FlowEvent => ({ type: 'KEYWORD', name, now: NOW }));
  // An intent route is taken on the understanding step's reading, which the engine sends with the text.
  const intents = (flow.nodes[node]?.routes ?? [])
    .flatMap((r) => (r.intent ? [r.intent] : []))
    .map((intent): FlowEvent => ({ type: 'TEXT', text: intent, now: NOW, heard: { filled: [], intents: [intent] } }));
  return [...[...texts].map((text): FlowEvent => ({ type: 'TEXT', text, now: NOW })), ...intents, ...keywords];
}

/** Nodes the machine can enter, found with getShortestPaths and a replay of each path that records entries. */
function reachableNodes(machine: AnyStateMachine, flow: FlowFile): Set<string> {
  // Variables that `when` tests decide where the machine goes: they are part of a state's identity.
  const deciding = new Set(Object.values(flow.nodes).flatMap((n) => (n.when ?? []).flatMap((w) => Object.keys(w.if))));
  // The engine empties the outbox after every step (FLUSH); the search must too, or replies pile up across
  // steps and the results actions, which give up what the step already said, find no room for meetings.
  const stepwise = Object.create(machine) as AnyStateMachine;
  stepwise.transition = (snapshot, event, scope) => {
    const next = machine.transition(snapshot, event, scope);
    return machine.transition(next, { type: 'FLUSH' }, scope);
  };
  const paths = getShortestPaths(stepwise, {
    input: { lang: flow.languages[0], now: NOW },
    events: (snapshot) => eventsFor(flow, String((snapshot as { value: unknown }).value)),
    serializeState: (snapshot) => {
      const s = snapshot as unknown as { value: string; context: ConversationContext };
      const vars = Object.fromEntries(
        Object.entries(s.context.vars)
          .filter(([k]) => deciding.has(k))
          .sort(),
      );
      return `${s.value}|${s.context.misses}|${s.context.pendingTown ?? ''}|${s.context.search?.offset ?? ''}|${s.context.search?.beyondMiles ?? ''}|${JSON.stringify(vars)}`;
    },
    serializeEvent: (event) => JSON.stringify({ ...(event as AnyEventObject), now: undefined }),
  });
  const reached = new Set<string>([flow.start]);
  for (const path of paths) {
    const actor = createActor(machine, {
      input: { lang: flow.languages[0], now: NOW },
      inspect: (ev: InspectionEvent) => nodesOfMicrostep(ev).forEach((n) => reached.add(n)),
    });
    actor.start();
    for (const step of path.steps) {
      actor.send(step.event);
      actor.send({ type: 'FLUSH' });
    }
    actor.stop();
  }
  return reached;
}

describe('flow test coverage', () => {
  let opened: OpenedFlowTests;
  let flows: readonly LoadedFlow[];

  // Every shipped flow test (some 1,400 cases) runs here once: on a slow or busy machine that takes longer than the
  // 30 s a hook gets by default, which is no failure of the flows.
  beforeAll(async () => {
    opened = await openShippedFlowTests();
    flows = opened.library.flows();
    await runAll(opened, shippedTestFiles());
  }, 180_000);
  afterAll(() => opened?.close());

  it('walks every shipped flow', () => {
    expect(flows.map((f) => f.id)).toContain('recovery');
  });

  it('the compiled machine of each shipped flow can reach every node', () => {
    for (const loaded of flows) {
      const machine = compileFlow(loaded, { directory: () => walkDirectory }).machine;
      const reached = reachableNodes(machine, loaded.flow);
      const missing = Object.keys(loaded.flow.nodes).filter((n) => !reached.has(n) && !ONLY_BY_READING.has(n));
      expect({ flow: loaded.id, unreachable: missing }).toEqual({ flow: loaded.id, unreachable: [] });
    }
  });

  it('every node the machine reaches is visited by some flow test', () => {
    for (const loaded of flows) {
      const machine = compileFlow(loaded, { directory: () => walkDirectory }).machine;
      const reached = reachableNodes(machine, loaded.flow);
      const visited = opened.runner.visited.get(loaded.id) ?? new Set<string>();
      // The nodes only a reading reaches are owed a flow test all the more: no walk vouches for them.
      const untested = [...new Set([...reached, ...ONLY_BY_READING])].filter((n) => !visited.has(n)).sort();
      // Write a case in flows/tests/ that passes through each node listed here.
      expect({ flow: loaded.id, untested }).toEqual({ flow: loaded.id, untested: [] });
    }
  });
});

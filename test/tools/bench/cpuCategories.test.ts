import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuCategories } from '../../../tools/bench/cpuCategories';

/** A profile node: id, where its code is, and its children. */
const node = (id: number, functionName: string, url: string, children: number[] = []) => ({
  id,
  callFrame: { functionName, url, scriptId: '0', lineNumber: 0, columnNumber: 0 },
  children,
});

describe('cpuCategories', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rtl-prof-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('charges built-ins and Node modules to their caller, and a stack of Node modules alone to transport', () => {
    const nodes = [
      node(1, '(root)', '', [2, 3, 4, 8, 9, 10]),
      node(2, '(idle)', ''),
      node(3, '(garbage collector)', ''),
      // processTicksAndRejections -> ioredis -> a socket write in node:net -> V8's native write
      node(4, 'processTicksAndRejections', 'node:internal/process/task_queues', [5]),
      node(5, 'sendCommand', '/app/node_modules/ioredis/built/Redis.js', [6]),
      node(6, 'writeGeneric', 'node:internal/stream_base_commons', [7]),
      node(7, 'writeUtf8String', ''),
      // the engine calling a Buffer method
      node(8, 'meeting', '/app/dist/directory/meetingTable.js', [11]),
      node(9, 'parserOnIncoming', 'node:_http_server'),
      node(10, 'microstep', '/app/node_modules/xstate/dist/raise-1.cjs.js'),
      node(11, 'toString', 'node:buffer'),
    ];
    // Samples (each 10 µs): idle 1, gc 2, the socket write 3, the engine's Buffer call 4, HTTP 5, XState 6.
    const samples = [2, 3, 3, 7, 7, 7, 11, 11, 11, 11, 9, 9, 9, 9, 9, 10, 10, 10, 10, 10, 10];
    const file = join(dir, 'p.cpuprofile');
    writeFileSync(file, JSON.stringify({ nodes, samples, timeDeltas: samples.map(() => 10) }));
    const parts = cpuCategories(file, 1);
    expect(parts).toMatchObject({
      'garbage collection': 20,
      store: 30,
      'engine (ours)': 40,
      transport: 50,
      'engine (XState)': 60,
      log: 0,
      other: 0,
    });
    // Per text: the same profile over 10 texts.
    expect(cpuCategories(file, 10).transport).toBe(5);
  });
});

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BLANKED, blankIdentifying } from '../../src/log/blankIdentifying';
import { createLogger, LOG_BATCH_BYTES, LOG_FLUSH_EVERY_MS, serviceLogDestination } from '../../src/log/logger';
import { capturingLogger } from '../support/appKit';

/** A capturing logger, and its lines so far as parsed JSON. */
function capturedLogger() {
  const { log, lines } = capturingLogger('info');
  return { log, read: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('createLogger', () => {
  it('blanks a number, a body and a signature logged by mistake, at the top and nested', () => {
    const { log, read } = capturedLogger();
    log.info({ From: '+18065551234', Body: 'I relapsed', sid: 'SM1' }, 'top');
    log.info({ params: { From: '+18065551234', Body: 'help' }, kind: 'answer' }, 'nested');
    log.info(
      { req: { headers: { 'x-twilio-signature': 'abc=', host: 'line.example.org' }, query: { a: '1' } } },
      'request',
    );
    log.info({ batch: [{ phone: '+18065551234' }, { text: 'hello' }] }, 'array');
    const lines = read();
    const all = JSON.stringify(lines);
    expect(all).not.toMatch(/8065551234|relapsed|help"|abc=|hello/);
    expect(lines[0]).toMatchObject({ From: BLANKED, Body: BLANKED, sid: 'SM1', msg: 'top' });
    expect(lines[1].params).toEqual({ From: BLANKED, Body: BLANKED });
    expect(lines[2].req).toEqual({
      headers: { 'x-twilio-signature': BLANKED, host: 'line.example.org' },
      query: BLANKED,
    });
    expect(lines[3].batch).toEqual([{ phone: BLANKED }, { text: BLANKED }]);
  });

  it("blanks a child's and a grandchild's bindings too", () => {
    const { log, read } = capturedLogger();
    log.child({ from: '+18065551234', worker: 2 }).info('bound');
    log.child({ worker: 3 }).child({ phone: '+18065551234' }).info('grandchild');
    const lines = read();
    expect(lines[0]).toMatchObject({ from: BLANKED, worker: 2 });
    expect(lines[1]).toMatchObject({ phone: BLANKED, worker: 3 });
  });

  it('writes an ordinary line unchanged, errors included', () => {
    const { log, read } = capturedLogger();
    log.info({ sid: 'SM2', sender: 'k1', kind: 'answer', replies: 1 }, 'text');
    log.warn({ err: new Error('Connection is closed.') }, 'store down');
    const lines = read();
    expect(lines[0]).toMatchObject({
      sid: 'SM2',
      sender: 'k1',
      kind: 'answer',
      replies: 1,
      service: 'recovery-textline',
    });
    expect(lines[1].err).toMatchObject({ type: 'Error', message: 'Connection is closed.' });
  });
});

describe('blankIdentifying', () => {
  it('returns the very same object when there is nothing to blank', () => {
    const line = { sid: 'SM3', nested: { kind: 'answer', list: [1, { ok: true }] } };
    expect(blankIdentifying(line)).toBe(line);
  });

  it('copies what it changes and never touches the object the caller logged', () => {
    const line = { keep: { a: 1 }, change: { Body: 'secret' } };
    const out = blankIdentifying(line);
    expect(out).not.toBe(line);
    expect(out.keep).toBe(line.keep);
    expect(line.change.Body).toBe('secret');
    expect(out.change.Body).toBe(BLANKED);
  });

  it('survives a cycle and still blanks what it can reach', () => {
    const line: Record<string, unknown> = { sid: 'SM4', From: '+15551234567' };
    line.self = line;
    const out = blankIdentifying(line) as Record<string, unknown>;
    expect(out.sid).toBe('SM4');
    expect(out.From).toBe(BLANKED);
    expect(JSON.stringify(out, (k, v) => (k === 'self' ? undefined : v))).not.toContain('5551234567');
  });
});

describe('serviceLogDestination', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rtl-log-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const linesIn = (file: string): string[] => {
    try {
      return readFileSync(file, 'utf8').split('\n').filter(Boolean);
    } catch {
      return [];
    }
  };

  it('gathers lines into one write, and writes a lone line within the flush period', async () => {
    const file = join(dir, 'batched.log');
    const destination = serviceLogDestination(file);
    const log = createLogger('info', destination);
    log.info({ n: 1 }, 'text');
    // Gathered, not yet written a moment later (the timer started with the stream, a few ms ago): a write per
    // line is what the batching saves.
    await new Promise((resolve) => setTimeout(resolve, LOG_FLUSH_EVERY_MS / 5));
    expect(linesIn(file)).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, LOG_FLUSH_EVERY_MS * 2));
    expect(linesIn(file)).toHaveLength(1);

    // Past the batch size the lines go out without waiting for the timer.
    const many = Math.ceil(LOG_BATCH_BYTES / 40) + 1;
    for (let n = 0; n < many; n++) log.info({ n }, 'text');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(linesIn(file).length).toBeGreaterThan(1);
    await new Promise((resolve) => setTimeout(resolve, LOG_FLUSH_EVERY_MS * 2));
    expect(linesIn(file)).toHaveLength(many + 1);
    destination.end();
  });

  it('writes the lines still gathered synchronously, as at exit', async () => {
    const file = join(dir, 'exit.log');
    const destination = serviceLogDestination(file);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the file is open
    const log = createLogger('info', destination);
    log.info({ n: 1 }, 'text');
    log.info({ n: 2 }, 'stopped');
    expect(linesIn(file)).toHaveLength(0);
    // What the process's exit handler does: nothing waits for the event loop any more.
    destination.flushSync();
    expect(linesIn(file).map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['text', 'stopped']);
    destination.end();
  });
});

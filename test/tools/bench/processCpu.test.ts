import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpuSecondsOf, withCpuOf } from '../../../tools/bench/processCpu';

const hasProc = existsSync('/proc/self/stat');
const onLinux = hasProc ? it : it.skip;

/** Keeps this process's CPU busy until it has used `seconds` more of it (bounded by a wall-clock limit). */
function burn(seconds: number): void {
  const start = cpuSecondsOf(process.pid)!;
  const giveUpAt = Date.now() + 20_000;
  let x = 0;
  while (cpuSecondsOf(process.pid)! - start < seconds && Date.now() < giveUpAt) {
    for (let i = 0; i < 1e5; i++) x += Math.sqrt(i);
  }
  expect(x).toBeGreaterThan(0);
}

describe('cpuSecondsOf', () => {
  onLinux('counts the CPU a process uses, and only grows', () => {
    const before = cpuSecondsOf(process.pid)!;
    burn(0.2);
    const after = cpuSecondsOf(process.pid)!;
    expect(after - before).toBeGreaterThanOrEqual(0.2);
  });

  onLinux("reads another process's CPU, and undefined once it is gone", () => {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    expect(cpuSecondsOf(Number(child.stdout))).toBeUndefined();
    expect(cpuSecondsOf(process.ppid)).toEqual(expect.any(Number));
  });
});

describe('withCpuOf', () => {
  onLinux('returns the work result and the CPU used during it', async () => {
    const { result, cpuSeconds } = await withCpuOf(process.pid, async () => {
      burn(0.1);
      return 'done';
    });
    expect(result).toBe('done');
    expect(cpuSeconds).toBeGreaterThanOrEqual(0.1);
  });

  it('reports no CPU, rather than a wrong one, without a pid', async () => {
    expect(await withCpuOf(undefined, async () => 42)).toEqual({ result: 42, cpuSeconds: undefined });
  });
});

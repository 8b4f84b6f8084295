import { readFileSync } from 'node:fs';

/** Linux reports CPU time in /proc in clock ticks of 1/100 s (USER_HZ, the same on every architecture Node runs on). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system, all threads) a process has used so far, from `/proc/<pid>/stat`;
 * undefined where there is no /proc (macOS) or no such process. The bench reads it before and
 * after a load run to get each server's CPU per request, which, unlike throughput, does not
 * depend on how much of the machine the load generator and Redis took meanwhile.
 */
export function cpuSecondsOf(pid: number): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // Field 2 is the command name in parentheses, which may itself hold spaces and parentheses:
  // count from after its last ')'. utime and stime are fields 14 and 15, so 11 and 12 from there.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? ticks / TICKS_PER_SECOND : undefined;
}

/** Runs `work` and returns its result with the CPU seconds process `pid` used meanwhile (undefined without /proc). */
export async function withCpuOf<T>(
  pid: number | undefined,
  work: () => Promise<T>,
): Promise<{ result: T; cpuSeconds: number | undefined }> {
  const before = pid === undefined ? undefined : cpuSecondsOf(pid);
  const result = await work();
  const after = pid === undefined ? undefined : cpuSecondsOf(pid);
  return { result, cpuSeconds: before === undefined || after === undefined ? undefined : after - before };
}

import type { ChildServer } from './childServer';
import { withCpuOf } from './processCpu';
import { combine, driveConversations, driveEcho, type LoadResult } from './webhookLoad';

/** The webhook and the bare Express server (and the stack floor, when given), each measured over the same rounds. */
export interface Compared {
  webhook: LoadResult;
  echo: LoadResult;
  /** The stack floor's run, when one was given: the headline ratio's denominator. */
  floor?: LoadResult;
  /** Load seconds each server was measured for (the warm-up not counted). */
  secondsPerServer: number;
}

/**
 * Drives the bare Express server and a webhook server in turns (echo, webhook, echo, webhook),
 * after a one-second warm-up of each, so drift on a shared machine hits both alike. With a
 * `floor` server (the stack floor), it takes its turn after the webhook in each round, with the
 * same conversations: the webhook and the floor are then measured seconds apart, not minutes.
 * Each run also reads that server's own CPU: throughput depends on how much of the machine the
 * load generator and Redis take meanwhile, CPU per request does not.
 */
export async function alternatingRounds(opts: {
  webhook: ChildServer;
  echo: ChildServer;
  floor?: ChildServer;
  publicUrl: string;
  authToken: string;
  /** Total load seconds per server, split over two rounds. */
  seconds: number;
  connections: number;
}): Promise<Compared> {
  const { webhook, echo, floor, publicUrl, authToken, connections } = opts;
  const round = Math.max(1, Math.floor(opts.seconds / 2));
  const echoRun = (seconds: number) => driveEcho({ port: echo.port, seconds, connections });
  const conversationsAt = (server: ChildServer, seconds: number) =>
    driveConversations({ port: server.port, publicUrl, authToken, seconds, connections });
  const measured = async (pid: number | undefined, drive: () => Promise<LoadResult>): Promise<LoadResult> => {
    const { result, cpuSeconds } = await withCpuOf(pid, drive);
    return { ...result, serverCpuSeconds: cpuSeconds };
  };
  await echoRun(1);
  await conversationsAt(webhook, 1);
  if (floor) await conversationsAt(floor, 1);
  const echoRuns: LoadResult[] = [];
  const webhookRuns: LoadResult[] = [];
  const floorRuns: LoadResult[] = [];
  for (let i = 0; i < 2; i++) {
    echoRuns.push(await measured(echo.pid, () => echoRun(round)));
    webhookRuns.push(await measured(webhook.pid, () => conversationsAt(webhook, round)));
    if (floor) floorRuns.push(await measured(floor.pid, () => conversationsAt(floor, round)));
  }
  return {
    webhook: combine(webhookRuns[0], webhookRuns[1]),
    echo: combine(echoRuns[0], echoRuns[1]),
    ...(floor ? { floor: combine(floorRuns[0], floorRuns[1]) } : {}),
    secondsPerServer: 2 * round,
  };
}

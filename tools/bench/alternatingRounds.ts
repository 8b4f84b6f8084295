import type { ChildServer } from './childServer';
import { withCpuOf } from './processCpu';
import { combine, driveConversations, driveEcho, type LoadResult } from './webhookLoad';

/** A webhook server and the bare Express server, each measured over the same rounds. */
export interface Compared {
  webhook: LoadResult;
  echo: LoadResult;
  /** Load seconds each server was measured for (the warm-up not counted). */
  secondsPerServer: number;
}

/**
 * Drives the bare Express server and a webhook server in turns (echo, webhook, echo, webhook),
 * after a one-second warm-up of each, so drift on a shared machine hits both alike. Each run
 * also reads that server's own CPU: throughput depends on how much of the machine the load
 * generator and Redis take meanwhile, CPU per request does not.
 */
export async function alternatingRounds(opts: {
  webhook: ChildServer;
  echo: ChildServer;
  publicUrl: string;
  authToken: string;
  /** Total load seconds per server, split over two rounds. */
  seconds: number;
  connections: number;
}): Promise<Compared> {
  const { webhook, echo, publicUrl, authToken, connections } = opts;
  const round = Math.max(1, Math.floor(opts.seconds / 2));
  const echoRun = (seconds: number) => driveEcho({ port: echo.port, seconds, connections });
  const webhookRun = (seconds: number) =>
    driveConversations({ port: webhook.port, publicUrl, authToken, seconds, connections });
  const measured = async (pid: number | undefined, drive: () => Promise<LoadResult>): Promise<LoadResult> => {
    const { result, cpuSeconds } = await withCpuOf(pid, drive);
    return { ...result, serverCpuSeconds: cpuSeconds };
  };
  await echoRun(1);
  await webhookRun(1);
  const echoRuns: LoadResult[] = [];
  const webhookRuns: LoadResult[] = [];
  for (let i = 0; i < 2; i++) {
    echoRuns.push(await measured(echo.pid, () => echoRun(round)));
    webhookRuns.push(await measured(webhook.pid, () => webhookRun(round)));
  }
  return {
    webhook: combine(webhookRuns[0], webhookRuns[1]),
    echo: combine(echoRuns[0], echoRuns[1]),
    secondsPerServer: 2 * round,
  };
}

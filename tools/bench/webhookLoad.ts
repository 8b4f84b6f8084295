import autocannon from 'autocannon';
import twilio from 'twilio';

/** Throughput and latency of one autocannon run. */
export interface LoadResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  requests: number;
  /** CPU seconds the server process used during the run; undefined where it cannot be read. */
  serverCpuSeconds?: number;
}

/**
 * The texts one simulated phone sends, in order: a whole conversation, then MORE. Own words and
 * menu numbers mixed, as people text, so the understanding step is in every measure. It is for a
 * brother (before 2026-12-03 a husband, whose wife is no longer asked if she is a teen): the same
 * seven texts down the same questions, so figures stay comparable with the earlier runs.
 */
export const CONVERSATION = ['hi', 'its for my brother', 'he drinks every night', 'no', 'in person', '79101', 'more'];

let phoneCounter = 0;
let sidCounter = 0;

/** A fresh fake US number per conversation, so sessions never collide. */
function nextPhone(): string {
  phoneCounter += 1;
  return `+1555${String(phoneCounter).padStart(7, '0')}`;
}

/**
 * Drives POST /sms at `port` with many phones each going through whole conversations, every
 * request signed with twilio's own helper against `publicUrl`.
 */
export async function driveConversations(opts: {
  port: number;
  publicUrl: string;
  authToken: string;
  seconds: number;
  connections: number;
  /** Stop as soon as this settles instead of after `seconds` (which then only caps the run). */
  until?: Promise<unknown>;
}): Promise<LoadResult> {
  const url = `${opts.publicUrl}/sms`;
  const requests = CONVERSATION.map((text, step) => ({
    method: 'POST' as const,
    path: '/sms',
    setupRequest: (req: autocannon.Request, context: object) => {
      // autocannon keeps one context per connection: the conversation's phone number lives there.
      const conversation = context as { phone?: string };
      if (step === 0) conversation.phone = nextPhone();
      sidCounter += 1;
      const params: Record<string, string> = {
        MessageSid: `SMbench${process.pid}${String(sidCounter).padStart(12, '0')}`,
        AccountSid: 'ACbench',
        From: conversation.phone ?? '',
        To: '+15550000000',
        Body: text,
        NumMedia: '0',
      };
      return {
        ...req,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': twilio.getExpectedTwilioSignature(opts.authToken, url, params),
        },
        body: new URLSearchParams(params).toString(),
      };
    },
  }));
  const url0 = `http://127.0.0.1:${opts.port}`;
  const options = { url: url0, connections: opts.connections, duration: opts.seconds, requests };
  if (!opts.until) return summarize(await autocannon(options));
  const until = opts.until;
  return new Promise<LoadResult>((resolve, reject) => {
    const instance = autocannon(options, (err, result) => (err ? reject(err) : resolve(summarize(result))));
    void until.finally(() => instance.stop());
  });
}

/**
 * Drives the echo server with exactly the same signed conversation requests, so the load
 * generator does the same work for both servers and the ratio compares the servers alone.
 */
export async function driveEcho(opts: { port: number; seconds: number; connections: number }): Promise<LoadResult> {
  return driveConversations({
    ...opts,
    publicUrl: `http://127.0.0.1:${opts.port}`,
    authToken: 'echo-ignores-signatures',
  });
}

function summarize(result: autocannon.Result): LoadResult {
  return {
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    requests: result.requests.total,
  };
}

/** Microseconds of server CPU per answered request, to one decimal; undefined when CPU was not read. */
export function cpuMicrosPerRequest(run: LoadResult): number | undefined {
  if (run.serverCpuSeconds === undefined || run.requests === 0) return undefined;
  return Math.round((run.serverCpuSeconds / run.requests) * 1e7) / 10;
}

/** Adds two runs of the same server (alternating rounds) into one result, weighting by requests. */
export function combine(a: LoadResult, b: LoadResult): LoadResult {
  const total = a.requests + b.requests || 1;
  return {
    rps: (a.rps + b.rps) / 2,
    p50Ms: (a.p50Ms * a.requests + b.p50Ms * b.requests) / total,
    p99Ms: Math.max(a.p99Ms, b.p99Ms),
    non2xx: a.non2xx + b.non2xx,
    errors: a.errors + b.errors,
    requests: a.requests + b.requests,
    serverCpuSeconds:
      a.serverCpuSeconds === undefined || b.serverCpuSeconds === undefined
        ? undefined
        : a.serverCpuSeconds + b.serverCpuSeconds,
  };
}

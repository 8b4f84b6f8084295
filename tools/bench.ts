import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { alternatingRounds, type Compared } from './bench/alternatingRounds';
import { deleteByPrefix } from './bench/deleteByPrefix';
import { startChildServer } from './bench/childServer';
import { nodeArgsFromProcfile } from './bench/procfile';
import { measureRoundTrips } from './bench/redisRoundTrips';
import type { Stage } from './bench/stageServerChild';
import { measureUnderstanding } from './bench/understandCost';
import { measureStep } from './bench/stepBench';
import { measureScale, type ScaleFigures } from './bench/scaleBench';
import { cpuMicrosPerRequest } from './bench/webhookLoad';
import { loadConfig } from '../src/config';
import type { DirectoryBenchResult } from './directory/directoryBench';
import { benchSettings } from './toolSettings';
import { buildServer } from './bench/buildServer';

/** Bench-only children are TypeScript under tools/, run through tsx's loader (they are not built into dist/). */
const TSX_LOADER = ['--import', 'tsx'];

/**
 * Where the bare server, the stack floor and the stage servers are built (tools/bench/tsconfig.stages.json):
 * they run as compiled JavaScript, as dist/server.js does, so the floor is not charged tsx's wrapping of
 * every function it shares with the webhook (about 5% of its CPU per text, measured 2026-12-03).
 */
const STAGE_BUILD = join('.bench-build', 'tools', 'bench');

/** The stack floor's process (tools/bench/stackFloor.ts), built. */
const FLOOR_SCRIPT = join(STAGE_BUILD, 'stackFloorChild.js');

/** The processes BENCH_STAGES measures, in the order of its table, after the stack floor: the webhook's stages. */
const STAGE_PROCESSES: Array<{ stage: Stage; script: string; args: string[] }> = [
  { stage: 'no-store', script: join(STAGE_BUILD, 'stageServerChild.js'), args: ['no-store'] },
  { stage: 'no-conversation', script: join(STAGE_BUILD, 'stageServerChild.js'), args: ['no-conversation'] },
];

/**
 * `npm run bench`: where the line stands, measured in one run so ratios hold on a noisy machine.
 * 1. the meeting search at national scale (synthetic directory, BENCH_MEETINGS, default 250,000, its index
 *    built in a worker thread as the server builds it),
 *    and the memory of that process while it builds the next index, as a refresh does;
 * 2. Redis round trips per inbound text (a counting client under the real webhook);
 * 3. the real server (Redis, production settings, signed requests, whole conversations), a bare
 *    Express server with a fixed TwiML reply, and the stack floor (tools/bench/stackFloor.ts: the
 *    chosen libraries doing the least a text needs), at 50 connections, in turns within the same
 *    rounds; all three are built JavaScript. The headline, floor_cpu_ratio, is the webhook's CPU per
 *    text over the floor's.
 * 4. With BENCH_STAGES=1 also the same server with Redis and then the conversation taken out
 *    (tools/bench/stageServerChild.ts): where the CPU goes.
 *    The conversation step alone (tools/bench/stepBench.ts) is timed in process, p50 and p99.
 * 5. national scale through the real, built server (tools/bench/scaleBench.ts): process start to
 *    /readyz 200 with min(BENCH_MEETINGS, 100,000) meetings in a DIRECTORY_SOURCES feed; then a
 *    refresh of BENCH_MEETINGS alone and under webhook load, with the longest event-loop delay
 *    and the memory measured inside the server, and webhook latency while it runs.
 * Prints a table, then one JSON line. Exits 0 whatever the numbers (targets are read, not judged).
 * BENCH_SECONDS (default 20) is the load time per server, split over two rounds.
 */
async function main(): Promise<void> {
  const { seconds, meetings, connections, withStages, redisUrl, refreshConnections } = benchSettings();
  // Issue 18 measures cold start at 100,000 meetings; a smaller BENCH_MEETINGS (CI) shrinks it too.
  const coldMeetings = Math.min(meetings, 100_000);
  const prefix = `bench:${process.pid}:`;
  const authToken = 'bench-auth-token-0123456789';
  const secret = 'bench-phone-hash-secret-0123456789';

  process.stderr.write('bench: building dist/ for the real server...\n');
  buildServer();
  process.stderr.write('bench: building the bare server, the stack floor and the stage servers...\n');
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', join('tools', 'bench', 'tsconfig.stages.json')],
    {
      stdio: 'inherit',
    },
  );

  // 1. Search at scale, in a fresh process so its resident memory is the directory's alone.
  process.stderr.write(`bench: building a synthetic directory of ${meetings} meetings...\n`);
  const searchOut = execFileSync(
    process.execPath,
    ['--expose-gc', ...TSX_LOADER, join('tools', 'bench', 'searchBenchChild.ts'), String(meetings)],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const search = JSON.parse(searchOut.trim().split('\n').pop() ?? '{}') as DirectoryBenchResult & {
    rssMb: number;
    baseRssMb: number;
    refreshPeakRssMb: number;
    afterRefreshRssMb: number;
    attachMs: number;
    buildCpuMs: number;
  };
  const rssMb = search.rssMb;

  // 2. Redis round trips per text, in process.
  process.stderr.write('bench: counting Redis round trips per text...\n');
  const rtConfig = loadConfig({
    NODE_ENV: 'production',
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: `${prefix}rt:`,
    TWILIO_AUTH_TOKEN: authToken,
    PUBLIC_URL: 'http://bench.invalid',
    PHONE_HASH_SECRET: secret,
    LOG_LEVEL: 'silent',
    DIRECTORY_REFRESH_MINUTES: '0',
    RATE_LIMIT_PER_MINUTE: '1000',
  });
  const roundTrips = await measureRoundTrips(rtConfig);

  // Understanding, in process: what reading a text in own words adds to each text (issue 13 point 12).
  process.stderr.write('bench: measuring the understanding step per text...\n');
  const understanding = measureUnderstanding(process.cwd());
  // The conversation step alone (engine, flows, understanding, reply lines), in process.
  process.stderr.write('bench: timing the conversation step per text...\n');
  const step = await measureStep('flows');

  // 3. Webhook against bare Express, each in its own process, alternating so drift hits both.
  const port = 20000 + (process.pid % 20000);
  // Signed for a public https address without a port, as Twilio signs in production (PUBLIC_URL).
  const publicUrl = 'https://textline.bench.invalid';
  // Started as the Procfile starts it, Node flags included, so the bench measures what runs.
  const webArgs = nodeArgsFromProcfile();
  const webEnv = {
    NODE_ENV: 'production',
    PORT: String(port),
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: `${prefix}load:`,
    TWILIO_AUTH_TOKEN: authToken,
    PUBLIC_URL: publicUrl,
    PHONE_HASH_SECRET: secret,
    LOG_LEVEL: 'info',
    DIRECTORY_REFRESH_MINUTES: '0',
    RATE_LIMIT_PER_MINUTE: '1000',
  };
  const webhook = await startChildServer({
    nodeFlags: webArgs.slice(0, -1),
    script: webArgs[webArgs.length - 1],
    port,
    readyPath: '/readyz',
    env: webEnv,
  });
  const echo = await startChildServer({ script: join('.bench-build', 'tools', 'benchEchoServer.js') });
  // The stack floor (the headline ratio's denominator) runs beside the webhook, on the next port,
  // with the same settings: the rounds below take turns between the three.
  const floorPort = port + 1;
  const floorServer = await startChildServer({
    nodeFlags: webArgs.slice(0, -1),
    script: FLOOR_SCRIPT,
    port: floorPort,
    readyPath: '/readyz',
    env: { ...webEnv, PORT: String(floorPort), REDIS_KEY_PREFIX: `${prefix}floor:` },
  });
  let whole: Compared;
  let scale: ScaleFigures;
  const stages: StageResult[] = [];
  try {
    process.stderr.write(
      `bench: warming up, then ${seconds}s in two rounds per server at ${connections} connections ` +
        '(bare Express, the webhook, the stack floor, in turns)...\n',
    );
    whole = await alternatingRounds({ webhook, echo, floor: floorServer, publicUrl, authToken, seconds, connections });
    await Promise.all([webhook.stop(), floorServer.stop()]);
    if (whole.floor) stages.push(stageResult('stack-floor', { ...whole, webhook: whole.floor }));
    // With BENCH_STAGES=1 also the same server with parts taken out, each against the bare server again.
    for (const { stage, script, args } of withStages ? STAGE_PROCESSES : []) {
      process.stderr.write(`bench: stage ${stage}...\n`);
      const staged = await startChildServer({
        nodeFlags: webArgs.slice(0, -1),
        script,
        args,
        port,
        readyPath: '/readyz',
        env: webEnv,
      });
      try {
        stages.push(
          stageResult(
            stage,
            await alternatingRounds({ webhook: staged, echo, publicUrl, authToken, seconds, connections }),
          ),
        );
      } finally {
        await staged.stop();
      }
    }
    // 5. National scale through the real server: cold start, and a refresh alone and under load.
    const { PORT: _port, ...scaleEnv } = webEnv;
    scale = await measureScale({
      refreshMeetings: meetings,
      coldStartMeetings: coldMeetings,
      webArgs,
      env: scaleEnv,
      port,
      publicUrl,
      authToken,
      connections: refreshConnections,
    });
  } finally {
    await Promise.all([webhook.stop(), floorServer.stop(), echo.stop()]);
    await cleanUp(redisUrl, prefix);
  }
  const hook = whole.webhook;
  const bare = whole.echo;

  const { webhook_cpu_us_per_text, echo_cpu_us_per_request, cpu_ratio, ratio } = stageResult('whole', whole);
  const floor = stages.find((s) => s.stage === 'stack-floor');
  const summary = {
    // The headline: the webhook's CPU per text over the stack floor's. The two are measured in turns,
    // seconds apart, over the same conversations (alternatingRounds): on a shared machine the CPU a
    // request costs drifts over minutes (the same floor measured 206 and 276 µs in two runs an hour
    // apart), so two measures minutes apart could not be divided.
    floor_cpu_ratio:
      webhook_cpu_us_per_text && floor?.webhook_cpu_us_per_text
        ? round2(webhook_cpu_us_per_text / floor.webhook_cpu_us_per_text)
        : null,
    floor_cpu_us_per_text: floor?.webhook_cpu_us_per_text ?? null,
    webhook_rps: Math.round(hook.rps),
    echo_rps: Math.round(bare.rps),
    ratio,
    webhook_p50_ms: round2(hook.p50Ms),
    webhook_p99_ms: round2(hook.p99Ms),
    webhook_non2xx: hook.non2xx,
    webhook_errors: hook.errors,
    echo_p50_ms: round2(bare.p50Ms),
    echo_p99_ms: round2(bare.p99Ms),
    // null (not omitted) where /proc is missing, so the JSON line keeps one shape.
    webhook_cpu_us_per_text,
    echo_cpu_us_per_request,
    cpu_ratio,
    search_meetings: search.meetings,
    search_p50_ms: search.searchP50Ms,
    search_p99_ms: search.searchP99Ms,
    index_build_ms: search.buildMs,
    index_build_cpu_ms: search.buildCpuMs,
    index_attach_ms: search.attachMs,
    search_cpu_p50_ms: search.searchCpuP50Ms,
    search_cpu_p99_ms: search.searchCpuP99Ms,
    rss_mb: Math.round(rssMb),
    rss_before_index_mb: Math.round(search.baseRssMb),
    index_refresh_peak_rss_mb: Math.round(search.refreshPeakRssMb),
    rss_after_refresh_mb: Math.round(search.afterRefreshRssMb),
    cold_start_meetings: scale.coldStartMeetings,
    cold_start_ms: scale.coldStartMs,
    refresh_meetings: scale.refreshMeetings,
    refresh_unchanged_ms: scale.unchanged.refreshMs,
    refresh_unchanged_max_event_loop_delay_ms: scale.unchanged.maxDelayMs,
    refresh_ms: scale.idle.refreshMs,
    refresh_under_load_ms: scale.underLoad.refreshMs,
    refresh_alone_max_event_loop_delay_ms: scale.idle.maxDelayMs,
    refresh_alone_main_busy_ms: scale.idle.mainBusyMs,
    refresh_max_event_loop_delay_ms: scale.underLoad.maxDelayMs,
    refresh_p99_event_loop_delay_ms: scale.underLoad.p99DelayMs,
    refresh_webhook_p99_ms: round2(scale.load.p99Ms),
    refresh_webhook_non2xx: scale.load.non2xx + scale.load.errors,
    server_steady_rss_mb: scale.idle.steadyRssMb,
    server_refresh_peak_rss_mb: Math.max(scale.idle.peakRssMb, scale.underLoad.peakRssMb),
    redis_roundtrips_per_message: round2(roundTrips.perText),
    step_p50_us: step.step_p50_us,
    step_p99_us: step.step_p99_us,
    understand_us_per_text: understanding.understand_us_per_text,
    crisis_us_per_text: understanding.crisis_us_per_text,
    understanding_storm_max_ms: understanding.storm_max_ms,
    seconds_per_server: whole.secondsPerServer,
    connections,
  };
  printTable(summary, scale.coldStartRunsMs);
  printStages(stages, summary);
  process.stdout.write(`${JSON.stringify({ ...summary, cold_start_runs_ms: scale.coldStartRunsMs, stages })}\n`);
}

function printTable(s: Record<string, number | null>, coldStartRunsMs: number[]): void {
  const rows: Array<[string, string, string]> = [
    [
      "webhook CPU per text / stack floor's, same rounds (floor_cpu_ratio)",
      `${s.floor_cpu_ratio} (${s.webhook_cpu_us_per_text} / ${s.floor_cpu_us_per_text} µs)`,
      '<= 1.35',
    ],
    ['webhook throughput', `${s.webhook_rps} req/s`, ''],
    ['bare Express throughput', `${s.echo_rps} req/s`, ''],
    ['ratio webhook / Express', String(s.ratio), ''],
    ['webhook latency p50 / p99', `${s.webhook_p50_ms} / ${s.webhook_p99_ms} ms`, 'p99 < 50 ms'],
    ['webhook non-2xx / errors', `${s.webhook_non2xx} / ${s.webhook_errors}`, '0 / 0'],
    [
      'server CPU per request, webhook / Express',
      s.cpu_ratio === null
        ? 'not measured (no /proc)'
        : `${s.webhook_cpu_us_per_text} / ${s.echo_cpu_us_per_request} µs (${s.cpu_ratio})`,
      '',
    ],
    ['Redis round trips per text', String(s.redis_roundtrips_per_message), '<= 2'],
    [
      'conversation step p50 / p99 (engine, flows, understanding, replies)',
      `${s.step_p50_us} / ${s.step_p99_us} µs`,
      'p50 <= 40 µs',
    ],
    [
      'understanding per text (crisis detector alone)',
      `${s.understand_us_per_text} µs (${s.crisis_us_per_text} µs)`,
      '',
    ],
    ['slowest 1,600-character storm read (understanding)', `${s.understanding_storm_max_ms} ms`, '< 50 ms'],
    [`search p50 / p99 (${s.search_meetings} meetings)`, `${s.search_p50_ms} / ${s.search_p99_ms} ms`, 'p99 < 0.5 ms'],
    [
      '  the same in CPU time (not stretched by other processes)',
      `${s.search_cpu_p50_ms} / ${s.search_cpu_p99_ms} ms`,
      'p99 < 0.5 ms',
    ],
    [
      'index build in the worker (its CPU time; then on the main thread)',
      `${s.index_build_ms} ms (${s.index_build_cpu_ms} ms; ${s.index_attach_ms} ms)`,
      '< 1500 ms',
    ],
    ['resident memory, process with index', `${s.rss_mb} MB (${s.rss_before_index_mb} before it)`, '< 300 MB'],
    [
      '  the same, building the next index (refresh peak; after it)',
      `${s.index_refresh_peak_rss_mb} MB (${s.rss_after_refresh_mb} MB)`,
      'reported',
    ],
    [
      `cold start to /readyz 200 (${s.cold_start_meetings} meetings; median of ${coldStartRunsMs.length})`,
      `${s.cold_start_ms} ms (${coldStartRunsMs.join(', ')})`,
      '< 3000 ms',
    ],
    [
      `refresh of ${s.refresh_meetings} meetings, nothing changed (longest delay)`,
      `${s.refresh_unchanged_ms} ms (${s.refresh_unchanged_max_event_loop_delay_ms} ms)`,
      'reported',
    ],
    [
      `refresh of ${s.refresh_meetings} new meetings, alone / under load`,
      `${s.refresh_ms} / ${s.refresh_under_load_ms} ms`,
      'reported',
    ],
    [
      '  alone: longest event-loop delay (main thread busy in all)',
      `${s.refresh_alone_max_event_loop_delay_ms} ms (${s.refresh_alone_main_busy_ms} ms)`,
      'reported',
    ],
    [
      '  longest event-loop delay during it (p99)',
      `${s.refresh_max_event_loop_delay_ms} ms (${s.refresh_p99_event_loop_delay_ms})`,
      '< 50 ms',
    ],
    [
      '  webhook p99 during it (non-2xx + errors)',
      `${s.refresh_webhook_p99_ms} ms (${s.refresh_webhook_non2xx})`,
      '< 75 ms',
    ],
    [
      '  real server resident memory, steady / refresh peak',
      `${s.server_steady_rss_mb} / ${s.server_refresh_peak_rss_mb} MB`,
      'reported',
    ],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  process.stdout.write(
    `\n| ${'measure'.padEnd(w0)} | ${'result'.padEnd(w1)} | target |\n|${'-'.repeat(w0 + 2)}|${'-'.repeat(w1 + 2)}|--------|\n`,
  );
  for (const [a, b, c] of rows) process.stdout.write(`| ${a.padEnd(w0)} | ${b.padEnd(w1)} | ${c} |\n`);
  process.stdout.write('\n');
}

/** What one stage cost, next to the bare server measured in the same rounds. */
interface StageResult {
  stage: string;
  webhook_cpu_us_per_text: number | null;
  echo_cpu_us_per_request: number | null;
  cpu_ratio: number | null;
  ratio: number;
  /** Anything but 0 means the stage was not answering as the webhook does, and its numbers mean little. */
  webhook_non2xx: number;
  webhook_errors: number;
}

function stageResult(stage: string, compared: Compared): StageResult {
  const webhookCpu = cpuMicrosPerRequest(compared.webhook);
  const echoCpu = cpuMicrosPerRequest(compared.echo);
  return {
    stage,
    webhook_cpu_us_per_text: webhookCpu ?? null,
    echo_cpu_us_per_request: echoCpu ?? null,
    cpu_ratio: webhookCpu && echoCpu ? round2(echoCpu / webhookCpu) : null,
    ratio: round2(compared.webhook.rps / compared.echo.rps),
    webhook_non2xx: compared.webhook.non2xx,
    webhook_errors: compared.webhook.errors,
  };
}

/**
 * The stages table: first the stack floor, then rows that each add one part of the webhook back,
 * ending with the whole webhook (the main run).
 */
function printStages(stages: StageResult[], whole: Omit<StageResult, 'stage'>): void {
  const describe: Record<string, string> = {
    'stack-floor': 'the stack alone: form, signature, sender key, Redis GET + SET, one XState step',
    'no-store': 'form, signature, sender key, handler, log, TwiML',
    'no-conversation': '+ Redis (begin and commit scripts)',
    whole: '+ flows and engine (the whole webhook)',
  };
  const rows = [...stages, { ...whole, stage: 'whole' }].map((r) => [
    describe[r.stage] ?? r.stage,
    r.webhook_cpu_us_per_text === null
      ? 'not measured'
      : `${r.webhook_cpu_us_per_text} / ${r.echo_cpu_us_per_request} µs`,
    String(r.cpu_ratio ?? '-'),
    String(r.ratio) +
      (r.webhook_non2xx + r.webhook_errors > 0 ? ` (${r.webhook_non2xx} non-2xx, ${r.webhook_errors} errors!)` : ''),
  ]);
  const head = ['webhook stage', 'server CPU per request, stage / Express', 'CPU ratio', 'throughput ratio'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |\n`;
  process.stdout.write(
    line(head) + `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n` + rows.map(line).join('') + '\n',
  );
}

async function cleanUp(redisUrl: string, prefix: string): Promise<void> {
  const { default: IORedis } = await import('ioredis');
  const client = new IORedis(redisUrl);
  await deleteByPrefix(client, prefix);
  client.disconnect();
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

const started = performance.now();
main()
  .then(() => process.stderr.write(`bench: done in ${Math.round((performance.now() - started) / 1000)} s\n`))
  .catch((err) => {
    // The bench reports; it never fails CI for numbers. A crash is still a crash.
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });

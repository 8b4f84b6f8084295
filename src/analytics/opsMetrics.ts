import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { HandledText } from '../inbox/textHandler';

/** What the operations metrics read at scrape time (never on a text's path). */
export interface OpsMetricsSources {
  /** Meetings in the directory being served. */
  directorySize?: () => number;
  /** Each meeting source, as shown (sharing keys hidden), and when it last loaded (ms since the epoch). */
  sourceAges?: () => Array<{ source: string; lastOkAt?: number }>;
  /** The published flow's version (a hash of its file). */
  flowVersion?: () => string | undefined;
  /** The clock, for source ages (tests). */
  now?: () => number;
}

/** Reply latency buckets in seconds: the line promises an answer within 2 s, Twilio gives up at 15. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 15];

/**
 * The operations metrics behind `GET /metrics` (Prometheus text, prom-client): texts by kind and outcome, a
 * reply-latency histogram, store errors and degraded replies, directory size and each source's age, the
 * published flow revision, and failed deliveries by Twilio error code. A text costs two map lookups, a number
 * increment and one histogram observation: the labelled counts are handed to prom-client only when scraped.
 */
export class OpsMetrics {
  /** The registry `/metrics` serializes. */
  readonly registry = new Registry();
  private readonly texts = new Map<string, Map<string, { n: number }>>();
  private readonly storeErrorCounts = new Map<string, { n: number }>();
  private readonly latency: Histogram;
  private readonly deliveryFailures: Counter;
  /** Set by a console publish; until then the flow file's version is shown as revision 0. */
  private readonly published: { revision?: number; version?: string } = {};

  constructor(sources: OpsMetricsSources = {}) {
    const registers = [this.registry];
    const texts = this.texts;
    new Counter({
      name: 'textline_texts_total',
      help: 'Texts handled, by kind (answer, crisis, stop...) and outcome (stored, replayed, skipped, degraded).',
      labelNames: ['kind', 'outcome'],
      registers,
      collect() {
        this.reset();
        for (const [kind, outcomes] of texts) for (const [outcome, c] of outcomes) this.inc({ kind, outcome }, c.n);
      },
    });
    const storeErrors = this.storeErrorCounts;
    new Counter({
      name: 'textline_store_errors_total',
      help: 'Texts answered without the session store because it failed or was too slow, by error.',
      labelNames: ['error'],
      registers,
      collect() {
        this.reset();
        for (const [error, c] of storeErrors) this.inc({ error }, c.n);
      },
    });
    new Counter({
      name: 'textline_degraded_replies_total',
      help: 'Replies sent without the stored conversation (the store failed): STOP, HELP and crisis words still work.',
      registers,
      collect() {
        this.reset();
        let n = 0;
        for (const outcomes of texts.values()) n += outcomes.get('degraded')?.n ?? 0;
        this.inc(n);
      },
    });
    this.latency = new Histogram({
      name: 'textline_reply_seconds',
      help: 'Time from a text reaching the handler to its replies being ready, in seconds.',
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.deliveryFailures = new Counter({
      name: 'textline_delivery_failures_total',
      help: 'Replies Twilio could not deliver, by its error code (30003 unreachable, 30005 unknown number, 21610 opted out).',
      labelNames: ['error_code'],
      registers,
    });
    const published = this.published;
    new Gauge({
      name: 'textline_flow_revision',
      help: 'The published flow revision (0 while flows come from files); the `version` label is its hash.',
      labelNames: ['version'],
      registers,
      collect() {
        this.reset();
        const version = published.version ?? sources.flowVersion?.();
        if (version) this.set({ version }, published.revision ?? 0);
      },
    });
    this.scrapeTimeGauges(sources, registers);
  }

  /** Counts one handled text (a TextObserver); allocates nothing once a kind and outcome have been seen. */
  observe(handled: HandledText, ms: number): void {
    let outcomes = this.texts.get(handled.kind);
    if (!outcomes) this.texts.set(handled.kind, (outcomes = new Map()));
    let count = outcomes.get(handled.outcome);
    if (!count) outcomes.set(handled.outcome, (count = { n: 0 }));
    count.n++;
    if (handled.storeError) {
      let errors = this.storeErrorCounts.get(handled.storeError);
      if (!errors) this.storeErrorCounts.set(handled.storeError, (errors = { n: 0 }));
      errors.n++;
    }
    this.latency.observe(ms / 1000);
  }

  /** Counts a reply Twilio reported as failed or undelivered, by its error code (digits only, else `unknown`). */
  deliveryFailed(errorCode: string | undefined): void {
    const code = errorCode && /^\d{1,6}$/.test(errorCode) ? errorCode : 'unknown';
    this.deliveryFailures.inc({ error_code: code });
  }

  /** Sets the published flow revision (the console's publish calls this; files leave it at 0). */
  setFlowRevision(revision: number, version: string): void {
    this.published.revision = revision;
    this.published.version = version;
  }

  /** The metrics in Prometheus' text format. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  private scrapeTimeGauges(sources: OpsMetricsSources, registers: Registry[]): void {
    const now = sources.now ?? Date.now;
    new Gauge({
      name: 'textline_directory_meetings',
      help: 'Meetings in the directory being served.',
      registers,
      collect() {
        if (sources.directorySize) this.set(sources.directorySize());
      },
    });
    new Gauge({
      name: 'textline_directory_source_age_seconds',
      help: 'Seconds since each meeting source last loaded (absent: never loaded since start).',
      labelNames: ['source'],
      registers,
      collect() {
        this.reset();
        for (const s of sources.sourceAges?.() ?? []) {
          if (s.lastOkAt !== undefined) this.set({ source: s.source }, Math.max(0, (now() - s.lastOkAt) / 1000));
        }
      },
    });
  }
}

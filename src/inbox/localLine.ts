import type { ConversationEngine } from '../engine/types';
import { homeStateOf, homeZoneOf } from '../directory/stateZones';
import { createLogger, type Logger } from '../log/logger';
import { MemorySessionStore } from '../store/memorySessionStore';
import type { SenderKey } from '../store/senderKey';
import { TextHandler, type HandledText } from './textHandler';

/** The handler's log when none is given: one for every local line (a flow test run makes hundreds of lines). */
const SILENT = createLogger('silent');

/** How long a local conversation is kept between texts: a day, as the server's default. */
const LOCAL_SESSION_TTL_SECONDS = 24 * 60 * 60;

/** What a local line runs on. */
export interface LocalLineOptions {
  /** The engine, or a getter for one swapped on reload. */
  engine: ConversationEngine | (() => ConversationEngine);
  /** Where the handler's one line per text goes (default: nowhere). */
  log?: Logger;
  /** The store's clock for expiries (default: the moment of the last text, so a scripted day never expires). */
  clock?: () => number;
  /** The state the phone's number was issued in, as Twilio's `FromState` gives it ("TX"); none by default. */
  fromState?: string;
}

/**
 * One phone texting the line in this process: the same TextHandler the webhook drives (dedupe,
 * rate limit, step, compare-and-set, opt-outs), over a MemorySessionStore, as grammY sends every
 * host through `handleUpdate`. `npm run chat` and the flow tests (`npm run flows:test`) run on it,
 * so what they show is what the webhook would do with the same texts. No rate limit: a script
 * sends a whole conversation in one minute.
 */
export class LocalLine {
  private readonly handler: TextHandler;
  private readonly senderKey = 'local-phone' as SenderKey;
  private sent = 0;
  private lastNow = 0;
  private readonly homeZone: string | undefined;
  private readonly homeState: string | undefined;

  constructor(options: LocalLineOptions) {
    const { engine } = options;
    this.homeState = homeStateOf(options.fromState);
    this.homeZone = homeZoneOf(this.homeState);
    const store = new MemorySessionStore(
      { sessionTtlSeconds: LOCAL_SESSION_TTL_SECONDS },
      options.clock ?? (() => this.lastNow),
    );
    this.handler = new TextHandler({
      store,
      engine: typeof engine === 'function' ? engine : () => engine,
      log: options.log ?? SILENT,
      rateLimitPerMinute: Number.POSITIVE_INFINITY,
    });
  }

  /** Sends one text at `now` (each text gets its own MessageSid) and returns how the line handled it. */
  async send(text: string, now: Date): Promise<HandledText> {
    this.sent += 1;
    this.lastNow = now.getTime();
    return this.handler.handle({
      sid: `LOCAL${this.sent}`,
      senderKey: this.senderKey,
      text,
      numMedia: 0,
      receivedAt: now,
      ...(this.homeZone ? { homeZone: this.homeZone } : {}),
      ...(this.homeState ? { homeState: this.homeState } : {}),
    });
  }
}

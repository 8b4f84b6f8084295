import type { DestinationStream } from 'pino';

/** What LineGatherer writes to: a pino destination (sonic-boom), asynchronous, that can also write synchronously. */
export interface GatheredOutput {
  write(chunk: string): unknown;
  /** Starts writing what it holds now (sonic-boom's `flush`). */
  flush(cb?: (err?: Error | null) => void): void;
  /** Writes what it holds before returning (sonic-boom's `flushSync`). */
  flushSync(): void;
  end(): void;
}

/**
 * Gathers log lines and hands them to the output about 4 kB at a time, and at least every
 * `flushEveryMs`. The output must hold back what it is handed below the batch size until `flush`
 * (sonic-boom's `minLength` set to the same size), so that what is handed on at exit is still in its
 * buffer for `flushSync`, not in an asynchronous write that exit would cut short.
 *
 * sonic-boom can gather by itself (`minLength`), but it appends each line to the batch string and
 * then measures the whole batch in bytes, which makes V8 copy the batch into a
 * flat string on every line: about 2 kB of garbage and 4 µs per text under load. Here a line is
 * kept as it is and only the joined batch is measured, once. Lines still gathered when the process
 * exits are written synchronously then, before the output's own exit flush could miss them.
 */
export class LineGatherer implements DestinationStream {
  private lines: string[] = [];
  /** Length of the gathered lines in UTF-16 units: only decides when to hand them on, so bytes need not be counted. */
  private gathered = 0;
  private readonly timer: NodeJS.Timeout;
  private readonly onExit = () => this.flushSync();

  constructor(
    private readonly out: GatheredOutput,
    private readonly batchChars: number,
    flushEveryMs: number,
  ) {
    this.timer = setInterval(() => this.flushQuietly(), flushEveryMs);
    // A quiet line's timer must not keep a finished process alive.
    this.timer.unref();
    process.on('exit', this.onExit);
  }

  /** Takes one line (pino's `write`); hands the batch on when it reaches the batch size. */
  write(line: string): void {
    this.lines.push(line);
    this.gathered += line.length;
    if (this.gathered >= this.batchChars) this.handOn();
  }

  /** Hands on what is gathered and asks the output to write it now. */
  flush(cb?: (err?: Error | null) => void): void {
    this.handOn();
    this.out.flush(cb);
  }

  /**
   * The timer's flush, as sonic-boom's own `periodicFlush` does it: always, because the output may
   * still hold a batch handed on while it was opening. An output already closed is no error of a log line's.
   */
  private flushQuietly(): void {
    try {
      this.flush();
    } catch {
      // Closed (shutdown) or broken pipe: pino's own handling of the output decides; lines are not worth a crash.
    }
  }

  /** Writes everything gathered before returning (at exit); an output that cannot write any more is left alone. */
  flushSync(): void {
    try {
      this.handOn();
      this.out.flushSync();
    } catch {
      // Not ready yet, or already closed: nothing more can be written from here.
    }
  }

  /** Writes what is gathered and closes the output. */
  end(): void {
    clearInterval(this.timer);
    process.removeListener('exit', this.onExit);
    this.handOn();
    this.out.end();
  }

  private handOn(): void {
    if (this.lines.length === 0) return;
    const batch = this.lines.length === 1 ? this.lines[0] : this.lines.join('');
    this.lines = [];
    this.gathered = 0;
    this.out.write(batch);
  }
}

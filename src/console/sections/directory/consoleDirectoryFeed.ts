import {
  CONSOLE_PROGRAMS_FILE,
  type ExtraDirectoryInput,
  type PreparedSource,
} from '../../../directory/directoryLoader';
import { CatalogueError } from '../../../directory/errors';
import { parseProgramCatalogue } from '../../../directory/programCatalogue';
import { shownSource } from '../../../directory/meetingSource';
import { readStaffUrl } from '../../../directory/staffUrl';
import type { Logger } from '../../../log/logger';
import type { DirectoryConsoleStore, LocalRevision, ProgramsRevision, StaffSource } from './directoryConsoleStore';

/** How the console's directory data is fed to the meeting directory. */
export interface ConsoleDirectoryFeedOptions {
  store: DirectoryConsoleStore;
  log: Logger;
  /** DIRECTORY_ALLOW_PRIVATE_URLS. */
  allowPrivateUrls: boolean;
  /** How often every process looks for staff changes, in ms (default 2000). */
  pollMs?: number;
  /** Staff URL read limits (defaults: 20 MB, 20 s). */
  maxBytes?: number;
  timeoutMs?: number;
  /** The clock (tests). */
  now?: () => number;
}

/** What the feed asks the directory to do when staff data changed or a source is due. */
export interface Refreshable {
  refreshNow(): Promise<boolean>;
}

/** The source string under which the console's local meetings are loaded (and reported). */
export const LOCAL_MEETINGS_SOURCE = 'console/local-meetings.json';

/**
 * Feeds the console's sources and local meetings to the DirectoryService (its `extraSources`), and makes
 * every web process load a change: each polls the store's version (one GET every 2 s) and refreshes when it
 * moved. Staff URLs are read with the staff URL limits, again once their own refresh interval has passed;
 * in between, the last text read is loaded again.
 */
export class ConsoleDirectoryFeed {
  private readonly bodies = new Map<string, { body?: string; error?: string; readAt: number }>();
  private poller: NodeJS.Timeout | undefined;
  /** The store's version when the directory last read it: a poll that finds another one reloads. */
  private loadedVersion: string | undefined;
  private polling = false;
  /** The newest program list revision checked, and whether it passed. */
  private checkedPrograms: { revision: number; usable: boolean } | undefined;

  constructor(private readonly opts: ConsoleDirectoryFeedOptions) {}

  /** The console's sources, read now, for DirectoryService's `extraSources`. */
  readonly extraSources = async (): Promise<ExtraDirectoryInput> => {
    // Read first: a write landing during this read moves the version again, so the next poll loads it.
    const version = await this.opts.store.version();
    const [sources, revisions, programs] = await Promise.all([
      this.opts.store.sources(),
      this.opts.store.revisions(),
      this.opts.store.programRevision(),
    ]);
    this.loadedVersion = version;
    const prepared = await Promise.all(sources.map((s) => this.prepare(s)));
    const latest = revisions.at(-1);
    if (latest) prepared.push(localMeetingsSource(latest));
    return {
      sources: prepared,
      replacesLocalFile: latest !== undefined,
      ...(programs && this.usable(programs) ? { programsText: programs.text } : {}),
    };
  };

  /**
   * Whether staff's saved program list passes the checker this code has (it did when saved; a later release may
   * check more): one that does not is left out, so the line starts and serves the bundled programs.yaml, and said.
   */
  private usable(programs: ProgramsRevision): boolean {
    // Checked once per revision: revisions never change, and a check takes milliseconds on the texts' thread.
    if (this.checkedPrograms?.revision === programs.revision) return this.checkedPrograms.usable;
    let usable = false;
    try {
      parseProgramCatalogue(programs.text, CONSOLE_PROGRAMS_FILE);
      usable = true;
    } catch (err) {
      const problems = err instanceof CatalogueError ? err.problems.length : 1;
      this.opts.log.error(
        { revision: programs.revision, problems },
        'the program list saved in the console fails the check; serving directory/programs.yaml',
      );
    }
    this.checkedPrograms = { revision: programs.revision, usable };
    return usable;
  }

  /** Starts polling for changes (and for staff URLs whose interval has passed); unref'd. */
  start(directory: Refreshable): this {
    this.poller = setInterval(() => void this.poll(directory), this.opts.pollMs ?? 2000);
    this.poller.unref();
    return this;
  }

  /** Stops polling. */
  stop(): void {
    if (this.poller) clearInterval(this.poller);
    this.poller = undefined;
  }

  /** Forgets a staff URL's last text, so the next load reads it again ("Check now", a changed source). */
  forget(source: StaffSource): void {
    this.bodies.delete(source.id);
  }

  private async poll(directory: Refreshable): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const changed = (await this.opts.store.version()) !== this.loadedVersion;
      if (changed || (await this.anyUrlDue())) await directory.refreshNow();
    } catch (err) {
      this.opts.log.warn({ err: { name: (err as Error).name } }, 'could not look for console directory changes');
    } finally {
      this.polling = false;
    }
  }

  private async anyUrlDue(): Promise<boolean> {
    const now = this.now();
    const sources = await this.opts.store.sources();
    return sources.some((s) => s.kind === 'url' && this.isDue(s, now));
  }

  private isDue(source: StaffSource, now: number): boolean {
    const last = this.bodies.get(source.id);
    if (!last) return true;
    // A failing URL is tried again sooner (within 5 minutes), but never on every poll.
    const minutes = last.error !== undefined ? Math.min(source.refreshMinutes || 5, 5) : source.refreshMinutes;
    return minutes > 0 && now - last.readAt >= minutes * 60_000;
  }

  private async prepare(source: StaffSource): Promise<PreparedSource> {
    const raw = rawOf(source);
    if (source.kind === 'file') {
      const body = await this.opts.store.fileBody(source.id);
      return body === undefined ? { raw, error: 'the uploaded file is missing' } : { raw, body };
    }
    const now = this.now();
    if (!this.isDue(source, now)) {
      const last = this.bodies.get(source.id)!;
      return { raw, ...(last.body !== undefined ? { body: last.body } : { error: last.error }) };
    }
    try {
      const body = await readStaffUrl(source.location, {
        allowPrivate: this.opts.allowPrivateUrls,
        maxBytes: this.opts.maxBytes,
        timeoutMs: this.opts.timeoutMs,
      });
      this.bodies.set(source.id, { body, readAt: now });
      return { raw, body };
    } catch (err) {
      const error = (err as Error).message.replace(/^.*?: /, '');
      this.bodies.set(source.id, { error, readAt: now });
      return { raw, error };
    }
  }

  private now(): number {
    return this.opts.now?.() ?? Date.now();
  }
}

/** The source string a staff source is loaded under: its program first, as DIRECTORY_SOURCES writes it. */
export function rawOf(source: StaffSource): string {
  if (source.kind === 'url') return `program=${source.program}:${source.location}`;
  const name = source.location.replace(/[^A-Za-z0-9._-]/g, '_').slice(-80);
  return `program=${source.program}:console-upload/${source.id}-${name}`;
}

/** How a staff source appears in import reports. */
export function shownRawOf(source: StaffSource): string {
  return shownSource(rawOf(source));
}

/** The local meetings of a revision as a source the loader imports (the shape of directory/local.yaml). */
export function localMeetingsSource(revision: LocalRevision): PreparedSource {
  return { raw: LOCAL_MEETINGS_SOURCE, body: JSON.stringify({ meetings: revision.meetings }) };
}

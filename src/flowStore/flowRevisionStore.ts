/**
 * Where staff-edited flows live: immutable numbered revisions (flow files and their tests), a pointer
 * to the published one, and one draft per author. Redis in production, a local folder for trying.
 */

/** A revision's files by path relative to the flows folder: `recovery.yaml`, `tests/spanish.yaml`. */
export type FlowFiles = Record<string, string>;

/** What the checker said of a revision when it was made (counts and a few lines, for the list page). */
export interface RevisionCheck {
  errors: number;
  warnings: number;
  /** Up to a handful of `file:line:col rule` lines. */
  summary: string[];
}

/** One immutable revision. */
export interface FlowRevision {
  /** 1, 2, 3...: never reused. */
  number: number;
  files: FlowFiles;
  /** Staff account id, or `system` for the seed. */
  author: string;
  /** ISO time. */
  createdAt: string;
  note: string;
  check: RevisionCheck;
}

/** A revision without its files, for lists. */
export type RevisionSummary = Omit<FlowRevision, 'files'>;

/** One author's work in progress: never served to texters. */
export interface FlowDraft {
  author: string;
  files: FlowFiles;
  /** The revision the draft started from. */
  baseRevision: number;
  savedAt: string;
}

/** What a new revision is made of. */
export interface NewRevision {
  files: FlowFiles;
  author: string;
  note: string;
  check: RevisionCheck;
}

/** The store both implementations satisfy (the contract suite runs on both). */
export interface FlowRevisionStore {
  /** Where it keeps things, for logs and the console (`redis` or `folder .console/flows`). */
  readonly kind: 'redis' | 'folder';
  /**
   * Makes `files` revision 1, published, author `system`, when the store has no revision yet. Safe when
   * several processes start at once: exactly one seeds. True when this call seeded.
   */
  seed(files: FlowFiles, check: RevisionCheck): Promise<boolean>;
  /** The published revision's number; undefined before seeding. One cheap read (the poll uses it). */
  publishedNumber(): Promise<number | undefined>;
  /** The published revision, files included. */
  published(): Promise<FlowRevision | undefined>;
  /** A revision by number. */
  revision(n: number): Promise<FlowRevision | undefined>;
  /** Every revision without files, newest first. */
  revisions(): Promise<RevisionSummary[]>;
  /** Stores a new revision and makes it the published one, whatever was published before (a rollback); returns it. */
  publish(revision: NewRevision): Promise<FlowRevision>;
  /**
   * Publishes `revision` only while `expectedLive` is still the published number, then forgets `draft` if it is still
   * its author's saved draft (a save made meanwhile is kept): one atomic step, so two publishes made on the same live
   * revision by different processes cannot both win. Undefined, with nothing written, when the pointer moved.
   */
  publishIf(revision: NewRevision, expectedLive: number, draft?: FlowDraft): Promise<FlowRevision | undefined>;
  /** An author's draft, if any. */
  draft(author: string): Promise<FlowDraft | undefined>;
  /** Saves (replaces) an author's draft. */
  saveDraft(draft: FlowDraft): Promise<void>;
  /**
   * Saves `draft` only while the author's stored draft is still `expected` (as `draft()` returned it; undefined: no
   * draft), in one atomic step, so two processes saving on the same read cannot both win. False when it changed.
   */
  saveDraftIf(draft: FlowDraft, expected: FlowDraft | undefined): Promise<boolean>;
  /** Forgets an author's draft (after it was published). */
  deleteDraft(author: string): Promise<void>;
  /**
   * Forgets an author's draft only while it is still `expected` (as `draft()` returned it), in one atomic step, so a
   * save another web process made since is kept ("Throw my draft away" on a page shown an older draft). False when
   * it changed.
   */
  deleteDraftIf(author: string, expected: FlowDraft): Promise<boolean>;
  /**
   * Calls `listener` soon after any process publishes (Redis pub/sub); the folder store never calls it,
   * so followers also poll. Returns how to stop listening.
   */
  onPublish(listener: (n: number) => void): Promise<() => Promise<void>>;
}

/** A revision's list entry: everything but the files. */
export function summaryOf(revision: FlowRevision): RevisionSummary {
  const { files: _files, ...rest } = revision;
  return rest;
}

import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  summaryOf,
  type FlowDraft,
  type FlowFiles,
  type FlowRevision,
  type FlowRevisionStore,
  type NewRevision,
  type RevisionCheck,
  type RevisionSummary,
} from './flowRevisionStore';

/**
 * FlowRevisionStore in a local folder, for trying the console without Redis (one machine only): `revisions/N.json`
 * (created exclusively, so two processes never write the same number), `published` (N, replaced by rename) and
 * `drafts/<staff id>.json`. `npm run staff` and the server share it.
 */
export class FolderFlowRevisionStore implements FlowRevisionStore {
  readonly kind = 'folder' as const;

  constructor(private readonly dir: string) {
    mkdirSync(join(dir, 'revisions'), { recursive: true });
    mkdirSync(join(dir, 'drafts'), { recursive: true });
  }

  /** Seeds revision 1 unless one exists; the exclusive create decides between racing processes. */
  async seed(files: FlowFiles, check: RevisionCheck): Promise<boolean> {
    const revision: FlowRevision = {
      number: 1,
      files,
      author: 'system',
      createdAt: new Date().toISOString(),
      note: 'Seeded from the flows folder',
      check,
    };
    if (this.numbers().length > 0) return false;
    if (!this.createRevision(revision)) return false;
    this.writePointer(1);
    return true;
  }

  /** The number in `published`. */
  async publishedNumber(): Promise<number | undefined> {
    return this.pointer();
  }

  /** The published revision. */
  async published(): Promise<FlowRevision | undefined> {
    const n = await this.publishedNumber();
    return n === undefined ? undefined : this.revision(n);
  }

  /** A revision by number. */
  async revision(n: number): Promise<FlowRevision | undefined> {
    if (!Number.isSafeInteger(n) || n < 1) return undefined;
    return readJson<FlowRevision>(join(this.dir, 'revisions', `${n}.json`));
  }

  /** Every revision without files, newest first. */
  async revisions(): Promise<RevisionSummary[]> {
    const out: RevisionSummary[] = [];
    for (const n of this.numbers().sort((a, b) => b - a)) {
      const r = await this.revision(n);
      if (r) out.push(summaryOf(r));
    }
    return out;
  }

  /** Writes the next free number (retrying when another process took it) and moves the pointer. */
  async publish(input: NewRevision): Promise<FlowRevision> {
    for (;;) {
      const revision = newRevision(Math.max(0, ...this.numbers()) + 1, input);
      if (!this.createRevision(revision)) continue;
      if (revision.number > (this.pointer() ?? 0)) this.writePointer(revision.number);
      return revision;
    }
  }

  /**
   * Publishes as revision `expectedLive + 1` while `expectedLive` is the pointer, and forgets `draft` if unchanged.
   * Synchronous from the check to the last write, so nothing else in this process comes between (the folder store
   * is for one process, for trying); the exclusive create of that one number also lets only one of two such
   * publishes through (a revision file that a crash left without its pointer makes these refuse until a plain
   * publish, a rollback, moves past it).
   */
  async publishIf(input: NewRevision, expectedLive: number, draft?: FlowDraft): Promise<FlowRevision | undefined> {
    if (this.pointer() !== expectedLive) return undefined;
    const revision = newRevision(expectedLive + 1, input);
    if (!this.createRevision(revision)) return undefined;
    // Never backwards: a rollback in another process may have moved the pointer past this number meanwhile.
    if (revision.number > (this.pointer() ?? 0)) this.writePointer(revision.number);
    if (draft && readText(this.draftFile(draft.author)) === JSON.stringify(draft)) {
      rmSync(this.draftFile(draft.author), { force: true });
    }
    return revision;
  }

  /** An author's draft. */
  async draft(author: string): Promise<FlowDraft | undefined> {
    return readJson<FlowDraft>(this.draftFile(author));
  }

  /** Replaces an author's draft (write then rename, so a reader never sees half a file). */
  async saveDraft(draft: FlowDraft): Promise<void> {
    this.writeDraft(draft);
  }

  /**
   * Replaces an author's draft only while its file still holds `expected` as this store wrote it (JSON.stringify of
   * what `draft()` parsed gives the same text back). Synchronous from the read to the rename, so no other save in this
   * process comes between; a folder store serves one process (without Redis there is no shared session store).
   */
  async saveDraftIf(draft: FlowDraft, expected: FlowDraft | undefined): Promise<boolean> {
    if (readText(this.draftFile(draft.author)) !== (expected && JSON.stringify(expected))) return false;
    this.writeDraft(draft);
    return true;
  }

  /** Forgets an author's draft. */
  async deleteDraft(author: string): Promise<void> {
    rmSync(this.draftFile(author), { force: true });
  }

  /** Forgets an author's draft only while its file still holds `expected` (synchronous, read to removal). */
  async deleteDraftIf(author: string, expected: FlowDraft): Promise<boolean> {
    if (readText(this.draftFile(author)) !== JSON.stringify(expected)) return false;
    rmSync(this.draftFile(author), { force: true });
    return true;
  }

  /** A folder has no messages: followers find publishes by polling `published`. */
  async onPublish(): Promise<() => Promise<void>> {
    return async () => undefined;
  }

  private writeDraft(draft: FlowDraft): void {
    const file = this.draftFile(draft.author);
    writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(draft));
    renameSync(`${file}.${process.pid}.tmp`, file);
  }

  private pointer(): number | undefined {
    try {
      const n = Number(readFileSync(join(this.dir, 'published'), 'utf8').trim());
      return Number.isSafeInteger(n) && n > 0 ? n : undefined;
    } catch {
      return undefined;
    }
  }

  private draftFile(author: string): string {
    // Staff ids are opaque tokens; anything else is made safe for a file name.
    return join(this.dir, 'drafts', `${author.replace(/[^A-Za-z0-9_-]/g, '_')}.json`);
  }

  private numbers(): number[] {
    return readdirSync(join(this.dir, 'revisions'))
      .map((f) => /^(\d+)\.json$/.exec(f))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => Number(m[1]));
  }

  /** Creates `revisions/N.json` only if absent; false when another process has it. */
  private createRevision(revision: FlowRevision): boolean {
    try {
      writeFileSync(join(this.dir, 'revisions', `${revision.number}.json`), JSON.stringify(revision), { flag: 'wx' });
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw err;
    }
  }

  private writePointer(n: number): void {
    const file = join(this.dir, 'published');
    writeFileSync(`${file}.${process.pid}.tmp`, String(n));
    renameSync(`${file}.${process.pid}.tmp`, file);
  }
}

/** A revision made now, its fields written one by one so a caller's object carrying other fields adds nothing. */
function newRevision(number: number, { files, author, note, check }: NewRevision): FlowRevision {
  return { number, createdAt: new Date().toISOString(), files, author, note, check };
}

/** A file's text; undefined when it is missing. */
function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

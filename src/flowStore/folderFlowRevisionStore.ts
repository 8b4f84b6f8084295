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
    try {
      const n = Number(readFileSync(join(this.dir, 'published'), 'utf8').trim());
      return Number.isSafeInteger(n) && n > 0 ? n : undefined;
    } catch {
      return undefined;
    }
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
      const number = Math.max(0, ...this.numbers()) + 1;
      const revision: FlowRevision = { number, createdAt: new Date().toISOString(), ...input };
      if (!this.createRevision(revision)) continue;
      const current = (await this.publishedNumber()) ?? 0;
      if (number > current) this.writePointer(number);
      return revision;
    }
  }

  /** An author's draft. */
  async draft(author: string): Promise<FlowDraft | undefined> {
    return readJson<FlowDraft>(this.draftFile(author));
  }

  /** Replaces an author's draft (write then rename, so a reader never sees half a file). */
  async saveDraft(draft: FlowDraft): Promise<void> {
    const file = this.draftFile(draft.author);
    writeFileSync(`${file}.tmp`, JSON.stringify(draft));
    renameSync(`${file}.tmp`, file);
  }

  /** Forgets an author's draft. */
  async deleteDraft(author: string): Promise<void> {
    rmSync(this.draftFile(author), { force: true });
  }

  /** A folder has no messages: followers find publishes by polling `published`. */
  async onPublish(): Promise<() => Promise<void>> {
    return async () => undefined;
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

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

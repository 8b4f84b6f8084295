import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cluster, Redis } from 'ioredis';
import { LuaScript } from '../../../redis/luaScript';

/** A meeting source staff added in the console: a feed URL, or a file they uploaded. */
export interface StaffSource {
  /** Opaque id, e.g. `src_3f9a1c2b`. */
  id: string;
  kind: 'url' | 'file';
  /** The URL, or the uploaded file's name. */
  location: string;
  /** The program its meetings belong to (an id from programs.yaml). */
  program: string;
  /** How often a URL is read again, in minutes (files never change). */
  refreshMinutes: number;
  /** Staff account id, never an e-mail. */
  addedBy: string;
  /** ISO time. */
  addedAt: string;
}

/** One local meeting, in the Meeting Guide shape directory/local.yaml uses. */
export interface LocalMeeting {
  program: string;
  slug: string;
  name: string;
  day: number | number[];
  time: string;
  timezone?: string;
  address?: string;
  city?: string;
  state?: string;
  postal_code?: string;
  conference_url?: string;
  conference_phone?: string;
  attendance_option?: 'in_person' | 'online' | 'hybrid';
  notes?: string;
  /** Marks directory/local.yaml's made-up examples: never offered. */
  example?: boolean;
}

/** An immutable revision of the local meetings list: the whole list, who saved it, when and why. */
export interface LocalRevision {
  revision: number;
  /** Staff account id. */
  author: string;
  /** ISO time. */
  at: string;
  note: string;
  meetings: LocalMeeting[];
}

/** An immutable revision of the program list (directory/programs.yaml as staff saved it): its whole text. */
export interface ProgramsRevision {
  revision: number;
  /** Staff account id. */
  author: string;
  /** ISO time. */
  at: string;
  note: string;
  /** The whole programs.yaml, checked when saved. */
  text: string;
}

/**
 * Where the console keeps the directory's staff data: sources added in the console (and uploaded files), and
 * the revisions of the local meetings list. Redis when REDIS_URL is set, so every web process sees the same;
 * otherwise a git-ignored folder (CONSOLE_DATA_DIR). `version()` changes on every write, so processes poll it.
 */
export interface DirectoryConsoleStore {
  sources(): Promise<StaffSource[]>;
  /** Adds a source; `body` is an uploaded file's text. */
  addSource(source: StaffSource, body?: string): Promise<void>;
  removeSource(id: string): Promise<void>;
  /** An uploaded file's text. */
  fileBody(id: string): Promise<string | undefined>;
  /** Every revision of the local meetings, oldest first. */
  revisions(): Promise<LocalRevision[]>;
  /** Saves a new revision of the whole list; its number is one more than the newest. */
  appendRevision(revision: Omit<LocalRevision, 'revision'>): Promise<LocalRevision>;
  /** Every revision of the program list, oldest first, without their texts (the list shown on the page). */
  programRevisions(): Promise<Array<Omit<ProgramsRevision, 'text'>>>;
  /** One revision of the program list, text and all; the newest when `revision` is not given. */
  programRevision(revision?: number): Promise<ProgramsRevision | undefined>;
  /**
   * Saves a new revision of the program list, numbered one more than the newest, if the newest is still `basedOn`
   * (0: none yet); undefined when someone saved another meanwhile, so one staff member never undoes another's.
   */
  appendProgramRevision(
    revision: Omit<ProgramsRevision, 'revision'>,
    basedOn: number,
  ): Promise<ProgramsRevision | undefined>;
  /** Changes whenever anything above is written. */
  version(): Promise<string>;
}

/** A new opaque source id. */
export function newSourceId(): string {
  return `src_${randomBytes(4).toString('hex')}`;
}

/** The console's directory data in Redis, under `<prefix>console:directory:`. */
export class RedisDirectoryConsoleStore implements DirectoryConsoleStore {
  private readonly base: string;

  constructor(
    private readonly redis: Redis | Cluster,
    keyPrefix: string,
  ) {
    // One hash tag, so a Redis Cluster keeps these keys together.
    this.base = `${keyPrefix}{console:directory}:`;
  }

  async sources(): Promise<StaffSource[]> {
    const all = await this.redis.hgetall(`${this.base}sources`);
    return Object.values(all)
      .map((v) => JSON.parse(v) as StaffSource)
      .sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  }

  async addSource(source: StaffSource, body?: string): Promise<void> {
    const multi = this.redis.multi().hset(`${this.base}sources`, source.id, JSON.stringify(source));
    if (body !== undefined) multi.set(`${this.base}file:${source.id}`, body);
    await multi.incr(`${this.base}version`).exec();
  }

  async removeSource(id: string): Promise<void> {
    await this.redis
      .multi()
      .hdel(`${this.base}sources`, id)
      .del(`${this.base}file:${id}`)
      .incr(`${this.base}version`)
      .exec();
  }

  async fileBody(id: string): Promise<string | undefined> {
    return (await this.redis.get(`${this.base}file:${id}`)) ?? undefined;
  }

  async revisions(): Promise<LocalRevision[]> {
    const all = await this.redis.lrange(`${this.base}local`, 0, -1);
    return all.map((v) => JSON.parse(v) as LocalRevision).sort((a, b) => a.revision - b.revision);
  }

  async appendRevision(revision: Omit<LocalRevision, 'revision'>): Promise<LocalRevision> {
    const number = await this.redis.incr(`${this.base}local:seq`);
    const saved = { ...revision, revision: number };
    await this.redis.multi().rpush(`${this.base}local`, JSON.stringify(saved)).incr(`${this.base}version`).exec();
    return saved;
  }

  async programRevisions(): Promise<Array<Omit<ProgramsRevision, 'text'>>> {
    // The notes beside the texts: the page lists every revision, a load reads only the newest text.
    const all = await this.redis.lrange(`${this.base}programs:notes`, 0, -1);
    return all.map((v) => JSON.parse(v) as Omit<ProgramsRevision, 'text'>).sort((a, b) => a.revision - b.revision);
  }

  async programRevision(revision?: number): Promise<ProgramsRevision | undefined> {
    const wanted = revision ?? Number(await this.redis.get(`${this.base}programs:seq`));
    if (!Number.isInteger(wanted) || wanted < 1) return undefined;
    const raw = await this.redis.hget(`${this.base}programs`, String(wanted));
    return raw === null ? undefined : (JSON.parse(raw) as ProgramsRevision);
  }

  async appendProgramRevision(
    revision: Omit<ProgramsRevision, 'revision'>,
    basedOn: number,
  ): Promise<ProgramsRevision | undefined> {
    const keys = ['programs:seq', 'programs', 'programs:notes', 'version'].map((k) => `${this.base}${k}`);
    const number = await APPEND_PROGRAMS.run(this.redis, [
      ...keys,
      basedOn,
      JSON.stringify({ author: revision.author, at: revision.at, note: revision.note }),
      revision.text,
    ]);
    return typeof number === 'number' && number > 0 ? { ...revision, revision: number } : undefined;
  }

  async version(): Promise<string> {
    return (await this.redis.get(`${this.base}version`)) ?? '0';
  }
}

/**
 * A program list revision appended only if the newest is still the one the staff member started from, in one step
 * (two web processes saving at once cannot both win): the number, the revision with its text, its notes for the
 * list, and the version every process polls. Returns the new number, or 0 when the newest had moved.
 */
const APPEND_PROGRAMS = new LuaScript(
  `local seq = tonumber(redis.call('GET', KEYS[1]) or '0')
if seq ~= tonumber(ARGV[1]) then return 0 end
local n = redis.call('INCR', KEYS[1])
local notes = cjson.decode(ARGV[2])
notes.revision = n
redis.call('RPUSH', KEYS[3], cjson.encode(notes))
notes.text = ARGV[3]
redis.call('HSET', KEYS[2], tostring(n), cjson.encode(notes))
redis.call('INCR', KEYS[4])
return n`,
  4,
);

/** What the folder store keeps in `<dir>/directory.json` (uploaded files beside it). */
interface FolderState {
  version: number;
  sources: StaffSource[];
  revisions: LocalRevision[];
  /** Absent in a folder written before the program list could be edited. */
  programs?: ProgramsRevision[];
}

/**
 * The console's directory data in a local folder (no REDIS_URL: one process, for trying the line). Each
 * write replaces `directory.json` whole (write, then rename), so a crash never leaves half a file.
 */
export class FolderDirectoryConsoleStore implements DirectoryConsoleStore {
  private readonly file: string;
  private readonly filesDir: string;

  constructor(dir: string) {
    this.file = join(dir, 'directory.json');
    this.filesDir = join(dir, 'directory-files');
  }

  async sources(): Promise<StaffSource[]> {
    return this.read().sources;
  }

  async addSource(source: StaffSource, body?: string): Promise<void> {
    if (body !== undefined) {
      mkdirSync(this.filesDir, { recursive: true });
      writeFileSync(join(this.filesDir, source.id), body);
    }
    this.update((s) => s.sources.push(source));
  }

  async removeSource(id: string): Promise<void> {
    rmSync(join(this.filesDir, id.replace(/[^a-z0-9_]/gi, '')), { force: true });
    this.update((s) => (s.sources = s.sources.filter((x) => x.id !== id)));
  }

  async fileBody(id: string): Promise<string | undefined> {
    const path = join(this.filesDir, id.replace(/[^a-z0-9_]/gi, ''));
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  }

  async revisions(): Promise<LocalRevision[]> {
    return this.read().revisions;
  }

  async appendRevision(revision: Omit<LocalRevision, 'revision'>): Promise<LocalRevision> {
    let saved: LocalRevision | undefined;
    this.update((s) => {
      saved = { ...revision, revision: (s.revisions.at(-1)?.revision ?? 0) + 1 };
      s.revisions.push(saved);
    });
    return saved!;
  }

  async programRevisions(): Promise<Array<Omit<ProgramsRevision, 'text'>>> {
    return (this.read().programs ?? []).map(({ text: _text, ...notes }) => notes);
  }

  async programRevision(revision?: number): Promise<ProgramsRevision | undefined> {
    const all = this.read().programs ?? [];
    return revision === undefined ? all.at(-1) : all.find((r) => r.revision === revision);
  }

  async appendProgramRevision(
    revision: Omit<ProgramsRevision, 'revision'>,
    basedOn: number,
  ): Promise<ProgramsRevision | undefined> {
    let saved: ProgramsRevision | undefined;
    this.update((s) => {
      s.programs ??= [];
      const newest = s.programs.at(-1)?.revision ?? 0;
      if (newest !== basedOn) return;
      saved = { ...revision, revision: newest + 1 };
      s.programs.push(saved);
    });
    return saved;
  }

  async version(): Promise<string> {
    return String(this.read().version);
  }

  private read(): FolderState {
    if (!existsSync(this.file)) return { version: 0, sources: [], revisions: [] };
    return JSON.parse(readFileSync(this.file, 'utf8')) as FolderState;
  }

  private update(change: (state: FolderState) => void): void {
    const state = this.read();
    change(state);
    state.version++;
    mkdirSync(join(this.file, '..'), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(state, null, 2));
    renameSync(tmp, this.file);
  }
}

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsoleStorage } from './consoleStorage';

interface FolderData {
  values: Record<string, { v: string; exp?: number }>;
  maps: Record<string, Record<string, string>>;
  lists: Record<string, string[]>;
}

/**
 * ConsoleStorage in one JSON file (`<dir>/staff.json`) for a line without Redis, so `npm run staff` and the
 * server share accounts. The file is read on every call (the other process may have written it) and replaced
 * whole by a rename, so a reader never sees half a file. For trying only: two processes writing at the same
 * moment can lose one write.
 */
export class FolderConsoleStorage implements ConsoleStorage {
  readonly local = true;
  private readonly file: string;

  constructor(
    private readonly dir: string,
    private readonly now: () => number = Date.now,
  ) {
    this.file = join(dir, 'staff.json');
  }

  private read(): FolderData {
    let data: FolderData;
    try {
      data = JSON.parse(readFileSync(this.file, 'utf8')) as FolderData;
    } catch {
      data = { values: {}, maps: {}, lists: {} };
    }
    const now = this.now();
    for (const [k, entry] of Object.entries(data.values))
      if (entry.exp !== undefined && entry.exp <= now) delete data.values[k];
    return data;
  }

  private write(data: FolderData): void {
    // Made on first write, so a server that never signs anyone in leaves no folder behind.
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(data), { mode: 0o600 });
    renameSync(tmp, this.file);
  }

  private change<T>(fn: (data: FolderData) => T): T {
    const data = this.read();
    const result = fn(data);
    this.write(data);
    return result;
  }

  async get(key: string): Promise<string | undefined> {
    return this.read().values[key]?.v;
  }

  async set(key: string, value: string, ttlSeconds?: number): Promise<void> {
    this.change(
      (d) => void (d.values[key] = { v: value, exp: ttlSeconds ? this.now() + ttlSeconds * 1000 : undefined }),
    );
  }

  async take(key: string): Promise<string | undefined> {
    return this.change((d) => {
      const value = d.values[key]?.v;
      delete d.values[key];
      return value;
    });
  }

  async del(key: string): Promise<void> {
    this.change((d) => void delete d.values[key]);
  }

  async incr(key: string, ttlSeconds: number): Promise<number> {
    return this.change((d) => {
      const entry = d.values[key] ?? { v: '0', exp: this.now() + ttlSeconds * 1000 };
      entry.v = String(Number(entry.v) + 1);
      d.values[key] = entry;
      return Number(entry.v);
    });
  }

  async ttl(key: string): Promise<number> {
    const exp = this.read().values[key]?.exp;
    return exp === undefined ? 0 : Math.max(0, Math.ceil((exp - this.now()) / 1000));
  }

  async mapGet(key: string, field: string): Promise<string | undefined> {
    return this.read().maps[key]?.[field];
  }

  async mapSet(key: string, field: string, value: string): Promise<void> {
    this.change((d) => void ((d.maps[key] ??= {})[field] = value));
  }

  async mapDel(key: string, field: string): Promise<void> {
    this.change((d) => void delete d.maps[key]?.[field]);
  }

  async mapAll(key: string): Promise<Record<string, string>> {
    return { ...this.read().maps[key] };
  }

  async push(key: string, value: string, cap: number): Promise<void> {
    this.change((d) => void (d.lists[key] = [value, ...(d.lists[key] ?? [])].slice(0, cap)));
  }

  async list(key: string, count: number): Promise<string[]> {
    return (this.read().lists[key] ?? []).slice(0, count);
  }
}

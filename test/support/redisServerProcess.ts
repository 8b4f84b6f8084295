import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import IORedis from 'ioredis';

/** A free TCP port on 127.0.0.1 (bound once, then released). */
export async function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Waits until a redis-server on 127.0.0.1:`port` answers PING (up to ~5 s), else throws. */
export async function waitForRedis(port: number): Promise<void> {
  const probe = new IORedis({
    port,
    host: '127.0.0.1',
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        await probe.connect();
        await probe.ping();
        return;
      } catch {
        probe.disconnect();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    throw new Error(`redis-server on port ${port} did not start`);
  } finally {
    probe.disconnect();
  }
}

/**
 * A private redis-server for chaos tests: `redis-server --port N --save "" --appendonly no` (or
 * with AOF, as in production) in a temporary folder. `stop({ save: true })` shuts down with SHUTDOWN SAVE
 * so a restart keeps the data (a Redis that comes back), `pause`/`resume` freeze it (a Redis that hangs).
 */
export class RedisServerProcess {
  private child: ChildProcess | undefined;
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'rtl-chaos-'));

  /** `persistent` runs it as the README asks production to: AOF, fsync every second, no eviction. */
  constructor(
    readonly port: number,
    private readonly options: { persistent?: boolean } = {},
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const persistence = this.options.persistent
      ? ['--appendonly', 'yes', '--appendfsync', 'everysec', '--maxmemory-policy', 'noeviction']
      : ['--appendonly', 'no'];
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', ...persistence, '--dir', this.dir];
    this.child = spawn('redis-server', args, { stdio: 'ignore' });
    await waitForRedis(this.port);
  }

  /** Stops the server; with `save`, writes its data first so the next start has it back. */
  async stop(options: { save?: boolean } = {}): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (options.save) {
      const admin = new IORedis(this.url, { maxRetriesPerRequest: 0, retryStrategy: () => null });
      await admin.call('SHUTDOWN', 'SAVE').catch(() => undefined); // the connection drops as it exits
      admin.disconnect();
    } else {
      child.kill('SIGKILL');
    }
    await exited;
    this.child = undefined;
  }

  pause(): void {
    this.child?.kill('SIGSTOP');
  }

  resume(): void {
    this.child?.kill('SIGCONT');
  }

  /** Stops the server and removes its folder. */
  async destroy(): Promise<void> {
    this.resume();
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

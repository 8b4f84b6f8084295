import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sparePort, waitForRedis } from './redisServerProcess';

const run = promisify(execFile);

/** A private three-master Redis Cluster on spare ports, for proving the scripts work on Cluster. */
export class RedisClusterProcess {
  private readonly children: ChildProcess[] = [];
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'rtl-cluster-'));
  ports: number[] = [];

  async start(): Promise<void> {
    this.ports = [await sparePort(), await sparePort(), await sparePort()];
    for (const port of this.ports) {
      this.children.push(
        spawn(
          'redis-server',
          [
            '--port',
            String(port),
            '--bind',
            '127.0.0.1',
            '--save',
            '',
            '--appendonly',
            'no',
            '--cluster-enabled',
            'yes',
            '--cluster-config-file',
            `nodes-${port}.conf`,
            '--dir',
            this.dir,
          ],
          { stdio: 'ignore' },
        ),
      );
    }
    for (const port of this.ports) await waitForRedis(port);
    await run('redis-cli', [
      '--cluster',
      'create',
      ...this.ports.map((p) => `127.0.0.1:${p}`),
      '--cluster-replicas',
      '0',
      '--cluster-yes',
    ]);
    for (let i = 0; i < 100; i++) {
      const { stdout } = await run('redis-cli', ['-p', String(this.ports[0]), 'cluster', 'info']);
      if (/cluster_state:ok/.test(stdout)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('cluster did not become ok');
  }

  async destroy(): Promise<void> {
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null) return resolve(undefined);
            child.once('exit', resolve);
            child.kill('SIGKILL');
          }),
      ),
    );
    rmSync(this.dir, { recursive: true, force: true });
  }
}

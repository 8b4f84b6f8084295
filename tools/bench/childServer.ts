import { spawn, type ChildProcess } from 'node:child_process';
import { childEnvironment } from '../toolSettings';

/** A server started as a child process for the bench, and how to stop it. */
export interface ChildServer {
  port: number;
  /** The process id, to read its CPU time (undefined if the spawn gave none). */
  pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * Starts `node [flags] <script> [args]` and waits for it to print `listening <port>` (the echo server) or
 * for `readyUrl(port)` to answer 200 (the real server, which logs JSON instead).
 */
export async function startChildServer(opts: {
  script: string;
  args?: string[];
  /** Node's own flags, placed before the script (e.g. from the Procfile). */
  nodeFlags?: string[];
  env?: Record<string, string>;
  port?: number;
  readyPath?: string;
  timeoutMs?: number;
}): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, [...(opts.nodeFlags ?? []), opts.script, ...(opts.args ?? [])], {
    env: childEnvironment(opts.env),
    // A server polled for readiness logs JSON we do not read: send it to /dev/null, so draining a
    // pipe does not steal CPU from the load generator in this process.
    stdio: ['ignore', opts.readyPath ? 'ignore' : 'pipe', 'inherit'],
  });
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  let port = opts.port ?? 0;
  if (!opts.readyPath) {
    port = await new Promise<number>((resolve, reject) => {
      let seen = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /listening (\d+)/.exec(seen);
        if (match) resolve(Number(match[1]));
      });
      child.once('exit', (code) => reject(new Error(`${opts.script} exited with ${code} before listening`)));
    });
  }
  // Drain stdout so a chatty server never blocks on a full pipe.
  child.stdout?.resume();
  if (opts.readyPath) {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${opts.script} exited with ${child.exitCode} before ready`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}${opts.readyPath}`);
        if (res.status === 200) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`${opts.script} was not ready within the timeout`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    port,
    pid: child.pid,
    stop: () =>
      new Promise<void>((resolve) => {
        // Already gone (exited, or killed by a signal): nothing to wait for.
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

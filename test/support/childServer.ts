import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** A server process started for a test, with what it printed. */
export interface ChildServer {
  child: ChildProcess;
  url: string;
  stdout: string[];
  /** Resolves with the exit code (or signal name) when the process ends. */
  exited: Promise<number | string>;
}

/**
 * Starts `entry` (a .ts file, run through tsx in-process so signals reach it directly) with the
 * given environment, and waits until it prints `LISTENING <url>` or logs that it is listening.
 */
export async function startChildServer(entry: string, env: Record<string, string>): Promise<ChildServer> {
  const root = path.resolve(__dirname, '../..');
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(root, entry)], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 20_000);
    child.stdout!.on('data', (d) => {
      for (const line of String(d).split('\n').filter(Boolean)) {
        stdout.push(line);
        // The fake-engine entry prints LISTENING <url>; the real server logs {"port":N,"msg":"listening"}.
        const m = /^LISTENING (\S+)/.exec(line);
        const logged = /"port":(\d+),"msg":"listening"/.exec(line);
        if (m || logged) {
          clearTimeout(timer);
          resolve(m ? m[1] : `http://127.0.0.1:${logged![1]}`);
        }
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening: ${stderr}`));
    });
  });
  return { child, url, stdout, exited };
}

import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { profileOutput } from '../toolSettings';

/**
 * Preloaded into a bench server (`node -r .bench-build/tools/bench/profileOnSignal.js ...`) by
 * `npm run bench:profile`: the first SIGUSR2 starts V8's CPU profiler, the next writes the profile
 * to BENCH_PROFILE_OUT and stops it. `--cpu-prof` would profile the whole process, start-up
 * included (about a second of module loading and town tables); this profiles the load alone.
 */
const session = new Session();
session.connect();
let profiling = false;

/** Starts or stops (and writes) the profile; SIGUSR1 is Node's inspector signal, so USR2. */
function toggle(): void {
  if (!profiling) {
    profiling = true;
    session.post('Profiler.enable', () =>
      session.post('Profiler.setSamplingInterval', { interval: 100 }, () => session.post('Profiler.start')),
    );
    return;
  }
  profiling = false;
  session.post('Profiler.stop', (err, result) => {
    const out = profileOutput();
    if (!err && out) writeFileSync(out, JSON.stringify(result.profile));
    // The parent waits for this line (on stderr: stdout may be a log pipe nobody reads).
    process.stderr.write(`profile written ${err ? 'failed' : 'ok'}\n`);
  });
}

process.on('SIGUSR2', toggle);

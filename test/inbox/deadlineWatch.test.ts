import { DeadlineWatch } from '../../src/inbox/deadlineWatch';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const late = () => new Error('late');

describe('DeadlineWatch', () => {
  it('settles with the work when it finishes in time, and stops watching it', async () => {
    const watch = new DeadlineWatch(200, 5);
    await expect(
      watch.within(
        sleep(10).then(() => 'done'),
        late,
      ),
    ).resolves.toBe('done');
    await expect(watch.within(Promise.reject(new Error('store down')), late)).rejects.toThrow('store down');
    expect(watch.watching).toBe(0);
  });

  it('gives up on work past its budget, telling it first, and ignores its later answer', async () => {
    const watch = new DeadlineWatch(30, 5);
    let told = false;
    const started = Date.now();
    // Far past the budget, so a busy machine's late timers cannot make the work finish first.
    const slow = sleep(1000).then(() => 'too late');
    await expect(watch.within(slow, late, () => (told = true))).rejects.toThrow('late');
    const waited = Date.now() - started;
    expect(told).toBe(true);
    expect(waited).toBeGreaterThanOrEqual(29);
    expect(waited).toBeLessThan(990);
    await slow;
    expect(watch.watching).toBe(0);
  });

  it('gives up on each late piece in turn while quick ones behind it finish', async () => {
    // A budget wide enough that the quick piece finishes inside it even on a busy machine (CI shares its cores):
    // the order, not the milliseconds, is what is checked.
    const watch = new DeadlineWatch(250, 5);
    const outcomes: string[] = [];
    const note = (name: string, p: Promise<unknown>) =>
      p.then(
        () => outcomes.push(`${name} done`),
        () => outcomes.push(`${name} late`),
      );
    const first = note('slow1', watch.within(sleep(1500), late));
    await Promise.resolve();
    const second = note('quick', watch.within(sleep(5), late));
    const third = note('slow2', watch.within(sleep(1500), late));
    await Promise.all([first, second, third]);
    expect(outcomes).toEqual(['quick done', 'slow1 late', 'slow2 late']);
  });

  it('lets go of its timer when nothing is watched, so a quiet process can exit', async () => {
    const watch = new DeadlineWatch(20, 5);
    await watch.within(Promise.resolve(1), late);
    await sleep(15);
    expect((watch as unknown as { timer?: unknown }).timer).toBeUndefined();
  });
});

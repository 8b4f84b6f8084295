/**
 * The seed fast-check's property tests draw their cases from. Run by hand, each run draws a fresh seed, so the suites
 * keep exploring; under CI (CI=true) every run uses one fixed seed, so whether a commit lands does not depend on the
 * draw (a property that fails there fails the same way on every machine, and `FC_SEED` reproduces it anywhere).
 * A failing run prints its seed; `FC_SEED=<seed> npx jest <file>` replays it.
 */
import fc from 'fast-check';

/** The seed CI uses when FC_SEED is not set: any fixed number does; this one is the day it was chosen. */
const CI_SEED = 20261207;

const fromEnv = process.env.FC_SEED;
const seed = fromEnv !== undefined && fromEnv !== '' ? Number(fromEnv) : process.env.CI ? CI_SEED : undefined;
if (seed !== undefined && Number.isInteger(seed)) fc.configureGlobal({ seed });

// Vitest config: unit tests live next to the code as *.test.ts under app/ and scripts/.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['app/**/*.test.ts', 'app/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Speed (measured on the 2-core CI machine: 166 s → 84 s for the whole unit step):
    // - one worker per core: Vitest's default leaves one core to its own idle main process, so on 2 cores it ran one file
    //   at a time;
    // - threads without per-file isolation: each file no longer re-imports zod, Graphology, React and the model in a
    //   fresh module graph (that import time was ~50 s of the step). No test mocks modules or stubs globals; the one
    //   that fakes timers restores them in afterEach.
    pool: 'threads',
    maxWorkers: Math.max(1, availableParallelism()),
    isolate: false,
  },
});

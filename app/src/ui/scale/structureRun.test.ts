// Starting an import's communities early is only an optimisation: where no worker can start, the import is not affected.
import { describe, expect, it } from 'vitest';
import { startEarlyStructure, takeEarlyStructure } from './structureRun';

describe('startEarlyStructure', () => {
  it('does not throw and leaves nothing to take where no Worker exists (the overview then runs its own)', () => {
    expect(typeof globalThis.Worker).toBe('undefined');
    const topology = { ids: ['a', 'b'], a: Uint32Array.of(0), b: Uint32Array.of(1), weight: Uint32Array.of(1) };
    const cancel = startEarlyStructure(topology);
    expect(() => cancel()).not.toThrow();
    expect(takeEarlyStructure(topology)).toBeUndefined();
  });
});

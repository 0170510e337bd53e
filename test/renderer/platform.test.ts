/** The Monte Carlo worker protocol (the browser adapter's save is prepareSave: test/models/history). */
import { describe, expect, it } from 'vitest';
import { isWorkerReply, isWorkerRequest } from '../../renderer/results/mcProtocol.ts';

describe('the Monte Carlo worker protocol', () => {
  it('accepts well-formed messages only', () => {
    expect(isWorkerRequest({ type: 'start', id: 1, doc: {}, scenarioId: 's', samples: 100, seed: 1, batch: 10 })).toBe(
      true,
    );
    expect(isWorkerRequest({ type: 'start', id: 1, doc: {}, scenarioId: 's', samples: 1, seed: 1, batch: 10 })).toBe(
      false,
    );
    expect(isWorkerRequest({ type: 'cancel', id: 'x' })).toBe(false);
    expect(isWorkerReply({ type: 'progress', id: 1, done: 5, total: 10 })).toBe(true);
    expect(isWorkerReply({ type: 'done', id: 1 })).toBe(false);
  });
});

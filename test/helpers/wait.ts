/**
 * How tests wait for something asynchronous: poll the thing itself (vi.waitFor) until it holds, never
 * sleep a fixed time. The bound is generous because it only matters when the test is failing; a
 * passing test returns as soon as the condition holds.
 */
export const UNTIL = { timeout: 10_000, interval: 5 } as const;

/** Resolves once every promise job queued so far has run (one turn of the event loop). */
export function settleMicrotasks(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

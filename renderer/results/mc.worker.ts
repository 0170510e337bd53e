/**
 * Monte Carlo off the main thread. Draws run in batches; between batches the worker yields so a
 * cancel message can arrive, and posts progress. Messages are checked at runtime: a worker must not
 * trust its inbox any more than IPC does.
 */
import { createMonteCarloRun, type ScenarioDocument } from '../engine.ts';
import type { WorkerReply, WorkerRequest } from './mcProtocol.ts';
import { isWorkerRequest } from './mcProtocol.ts';

const cancelled = new Set<number>();
const post = (message: WorkerReply) => (self as unknown as Worker).postMessage(message);

async function run(
  id: number,
  doc: ScenarioDocument,
  scenarioId: string,
  samples: number,
  seed: number,
  batch: number,
): Promise<void> {
  const created = createMonteCarloRun(doc, scenarioId, { samples, seed });
  if (!created.ok)
    return post({
      type: 'error',
      id,
      message: created.diagnostics.map((d) => d.message).join(' ') || 'The Monte Carlo run could not start.',
    });
  const mc = created.value;
  while (mc.done < mc.total) {
    if (cancelled.has(id)) return post({ type: 'cancelled', id });
    mc.step(batch);
    post({ type: 'progress', id, done: mc.done, total: mc.total });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  post({ type: 'done', id, result: mc.result() });
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (!isWorkerRequest(message))
    return post({
      type: 'error',
      id: -1,
      message: 'The Monte Carlo worker received a message it does not understand.',
    });
  const request: WorkerRequest = message;
  if (request.type === 'cancel') cancelled.add(request.id);
  else
    run(request.id, request.doc, request.scenarioId, request.samples, request.seed, request.batch).catch((e: unknown) =>
      post({ type: 'error', id: request.id, message: (e as Error).message ?? String(e) }),
    );
});

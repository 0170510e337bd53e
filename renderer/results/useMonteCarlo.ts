/** Runs Monte Carlo in the worker with progress and cancel; keeps the result in the store. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useCauswayStore } from '../store/context.tsx';
import { isWorkerReply, type WorkerRequest } from './mcProtocol.ts';

export interface McProgress {
  running: boolean;
  done: number;
  total: number;
  error: string | null;
}

let nextId = 1;

export function useMonteCarlo() {
  const store = useCauswayStore();
  const worker = useRef<Worker | null>(null);
  const current = useRef<number | null>(null);
  const [progress, setProgress] = useState<McProgress>({ running: false, done: 0, total: 0, error: null });

  useEffect(() => () => worker.current?.terminate(), []);

  const start = useCallback(
    (samples: number, seed: number) => {
      const { doc, scenarioId } = store.getState();
      if (!worker.current) {
        worker.current = new Worker(new URL('./mc.worker.ts', import.meta.url), { type: 'module' });
        worker.current.onmessage = (event: MessageEvent<unknown>) => {
          const reply = event.data;
          if (!isWorkerReply(reply) || reply.id !== current.current) return;
          if (reply.type === 'progress')
            setProgress({ running: true, done: reply.done, total: reply.total, error: null });
          else if (reply.type === 'done') {
            current.current = null;
            setProgress((p) => ({ ...p, running: false, done: p.total }));
            store.getState().setUncertainty({
              doc: pending.current!.doc,
              scenarioId: pending.current!.scenarioId,
              result: reply.result,
            });
          } else if (reply.type === 'cancelled') {
            current.current = null;
            setProgress({ running: false, done: 0, total: 0, error: null });
          } else {
            current.current = null;
            setProgress({ running: false, done: 0, total: 0, error: reply.message });
          }
        };
        worker.current.onerror = (e) =>
          setProgress({ running: false, done: 0, total: 0, error: e.message || 'The Monte Carlo worker failed.' });
      }
      const id = nextId++;
      current.current = id;
      pending.current = { doc, scenarioId };
      setProgress({ running: true, done: 0, total: samples, error: null });
      const message: WorkerRequest = {
        type: 'start',
        id,
        doc,
        scenarioId,
        samples,
        seed,
        batch: Math.max(50, Math.round(samples / 40)),
      };
      worker.current.postMessage(message);
    },
    [store],
  );
  const pending = useRef<{ doc: ReturnType<typeof store.getState>['doc']; scenarioId: string } | null>(null);

  const cancel = useCallback(() => {
    if (current.current === null || !worker.current) return;
    const message: WorkerRequest = { type: 'cancel', id: current.current };
    worker.current.postMessage(message);
  }, []);

  return { progress, start, cancel };
}

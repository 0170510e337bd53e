/** The typed message protocol between the app and the Monte Carlo worker, with runtime checks. */
import type { ScenarioDocument, UncertaintyResult } from '../engine.ts';

export type WorkerRequest =
  | {
      type: 'start';
      id: number;
      doc: ScenarioDocument;
      scenarioId: string;
      samples: number;
      seed: number;
      batch: number;
    }
  | { type: 'cancel'; id: number };

export type WorkerReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; result: UncertaintyResult }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

export function isWorkerRequest(x: unknown): x is WorkerRequest {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  if (m['type'] === 'cancel') return isInt(m['id']);
  return (
    m['type'] === 'start' &&
    isInt(m['id']) &&
    typeof m['scenarioId'] === 'string' &&
    isInt(m['samples']) &&
    (m['samples'] as number) >= 2 &&
    (m['samples'] as number) <= 1_000_000 &&
    isInt(m['seed']) &&
    isInt(m['batch']) &&
    (m['batch'] as number) > 0 &&
    typeof m['doc'] === 'object' &&
    m['doc'] !== null
  );
}

export function isWorkerReply(x: unknown): x is WorkerReply {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  if (!isInt(m['id'])) return false;
  switch (m['type']) {
    case 'progress':
      return isInt(m['done']) && isInt(m['total']);
    case 'done':
      return typeof m['result'] === 'object' && m['result'] !== null;
    case 'cancelled':
      return true;
    case 'error':
      return typeof m['message'] === 'string';
    default:
      return false;
  }
}

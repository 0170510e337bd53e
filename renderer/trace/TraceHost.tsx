/**
 * "Why this number?" from anywhere: a box's inspector, a headline figure or a chart point asks the
 * host to open the trace panel (renderer/trace/TracePanel.tsx) for a box or a net total in a year.
 */
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import type { ExplainTarget } from '../engine.ts';
import { TracePanel } from './TracePanel.tsx';

export interface TraceRequest {
  target: ExplainTarget;
  /** Calendar year; the last year of the horizon when absent. */
  year?: number;
  /** The year the target's series peaks, named in the panel's year choice ("2030 (peak)"). */
  peakYear?: number;
}

const OpenTrace = createContext<((request: TraceRequest) => void) | null>(null);

/** Opens the trace panel; null outside a TraceHost (a component shown on its own offers no trace). */
export function useOpenTrace(): ((request: TraceRequest) => void) | null {
  return useContext(OpenTrace);
}

export function TraceHost({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<TraceRequest | null>(null);
  const close = useCallback(() => setRequest(null), []);
  return (
    <OpenTrace.Provider value={setRequest}>
      {children}
      {request ? <TracePanel key={JSON.stringify(request)} request={request} onClose={close} /> : null}
    </OpenTrace.Provider>
  );
}

/** A button that opens the trace for a target, e.g. in a box's inspector. */
export function TraceButton({ request, label = 'Why this number?' }: { request: TraceRequest; label?: string }) {
  const open = useOpenTrace();
  if (!open) return null;
  return (
    <button type="button" className="btn btn--small" onClick={() => open(request)}>
      {label}
    </button>
  );
}

/**
 * "Logic & monitoring": the logic model's need and evaluation plan, the live logic checks, and the
 * indicators register with actuals against the projection (issue 14).
 */
import { ContextPanel } from './ContextPanel.tsx';
import { LogframePanel } from './LogframePanel.tsx';
import { LogicChecksList } from './LogicChecksList.tsx';

export function MonitoringView() {
  return (
    <div className="monitoring-view">
      <div className="monitoring-view__column">
        <ContextPanel />
        <LogicChecksList />
      </div>
      <div className="monitoring-view__column monitoring-view__column--wide">
        <LogframePanel />
      </div>
    </div>
  );
}

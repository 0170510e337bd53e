/**
 * Why a box is greyed out: its intervention is off in the scenario shown. Says which, in which
 * scenario, and offers to switch it on there or to make a scenario that has it.
 */
import {
  addScenario,
  resolveScenario,
  toggleScenarioIntervention,
  type LogicNode,
  type ScenarioDocument,
} from '../engine.ts';
import { selectEdit, selectScenarioId, useCauseway, useCauswayStore } from '../store/context.tsx';

export function InactiveNote({ doc, node }: { doc: ScenarioDocument; node: LogicNode }) {
  const edit = useCauseway(selectEdit);
  const store = useCauswayStore();
  const scenarioId = useCauseway(selectScenarioId);
  const scenario = doc.scenarios.find((s) => s.id === scenarioId);
  const intervention = doc.interventions.find((i) => i.id === node.intervention);
  // A scenario may inherit its interventions (basedOn): what counts is what it resolves to.
  if (!scenario || !intervention || resolveScenario(doc, scenario).interventions.value.includes(intervention.id)) {
    if (node.role && !node.intervention)
      return (
        <p className="diag diag--warning" role="note">
          A {node.role === 'cost' ? 'cost' : node.role === 'gva' ? 'GVA' : 'jobs'} box counts only for an intervention:
          choose one below, or create one with “New intervention…”.
        </p>
      );
    return null;
  }
  const on = () =>
    edit((d) => toggleScenarioIntervention(d, scenario.id, intervention.id, true), {
      log: `${scenario.name}: ${intervention.name} switched on`,
    });
  const newScenario = () => {
    let id = '';
    edit(
      (d) => {
        const out = addScenario(d, intervention.name, [intervention.id]);
        id = out.id;
        return out.doc;
      },
      { log: `Added the scenario ${intervention.name}` },
    );
    if (id) store.getState().selectScenario(id);
  };
  return (
    <div className="inactive-note" role="note">
      <p>
        <strong>Greyed out:</strong> “{intervention.name}” is off in the scenario shown, “{scenario.name}”, so this box
        is not evaluated there and adds nothing to its results.
      </p>
      <div className="inactive-note__actions">
        <button type="button" className="btn btn--small" onClick={on}>
          Switch “{intervention.name}” on in “{scenario.name}”
        </button>
        <button type="button" className="btn btn--small" onClick={newScenario}>
          New scenario with “{intervention.name}”
        </button>
      </div>
    </div>
  );
}

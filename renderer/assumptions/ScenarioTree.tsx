/**
 * The scenarios as a tree (issue 14): each under the scenario it is based on, with the packages it also
 * inherits from listed in words. Choosing one shows it everywhere (the app's scenario) and opens its
 * settings beside the tree (ScenarioDetail). Nested lists, so a screen reader hears each level.
 */
import { flattenScenarioTree, scenarioTree, type ScenarioTreeNode } from '../engine.ts';
import { selectDoc, selectScenarioId, useCauseway, useCauswayStore } from '../store/context.tsx';

function names(doc: { scenarios: { id: string; name: string }[] }, ids: readonly string[]): string {
  return ids.map((id) => `“${doc.scenarios.find((s) => s.id === id)?.name ?? id}”`).join(', ');
}

function Branch({ nodes }: { nodes: ScenarioTreeNode[] }) {
  const doc = useCauseway(selectDoc);
  const shown = useCauseway(selectScenarioId);
  const store = useCauswayStore();
  return (
    <ul className="scenario-tree__list">
      {nodes.map((node) => {
        const s = node.scenario;
        const own = Object.keys(s.overrides ?? {}).length;
        return (
          <li key={s.id} data-scenario-node={s.id}>
            <button
              type="button"
              className={`scenario-tree__item ${s.id === shown ? 'is-current' : ''}`}
              aria-current={s.id === shown ? 'true' : undefined}
              onClick={() => store.getState().selectScenario(s.id)}
            >
              <span className="scenario-tree__name">{s.name}</span>
              <span className="scenario-tree__meta">
                {own === 0 ? 'no values of its own' : `${own} value${own === 1 ? '' : 's'} of its own`}
                {s.interventions ? ' · own interventions' : ''}
              </span>
              {node.packages.length > 0 ? (
                <span className="scenario-tree__packages">also inherits from {names(doc, node.packages)}</span>
              ) : null}
              {node.broken ? (
                <span className="scenario-tree__broken">
                  {node.broken === 'cycle'
                    ? 'on an inheritance circle (see Problems)'
                    : `based on “${s.basedOn}”, which is not a scenario`}
                </span>
              ) : null}
            </button>
            {node.children.length > 0 ? <Branch nodes={node.children} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

export function ScenarioTree() {
  const doc = useCauseway(selectDoc);
  const tree = scenarioTree(doc);
  const count = flattenScenarioTree(tree).length;
  return (
    <div
      className="scenario-tree"
      role="group"
      aria-label={`Scenario tree, ${count} scenario${count === 1 ? '' : 's'}`}
    >
      <Branch nodes={tree} />
    </div>
  );
}

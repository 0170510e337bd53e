/** The file's scenarios: which interventions each switches on, plus rename, copy and delete. */
import {
  deleteScenario,
  duplicateScenario,
  resolveScenario,
  toggleScenarioIntervention,
  updateScenario,
} from '../engine.ts';
import {
  selectDoc,
  selectEdit,
  selectInterventions,
  selectScenarioId,
  selectScenarios,
  useCauseway,
  useCauswayStore,
} from '../store/context.tsx';

export function ScenarioTable() {
  const scenarios = useCauseway(selectScenarios);
  const doc = useCauseway(selectDoc);
  const interventions = useCauseway(selectInterventions);
  const selected = useCauseway(selectScenarioId);
  const edit = useCauseway(selectEdit);
  const store = useCauswayStore();
  return (
    <table className="grid grid--scenarios">
      <thead>
        <tr>
          <th scope="col">Scenario</th>
          {interventions.map((i) => (
            <th scope="col" key={i.id} className="center">
              {i.name}
            </th>
          ))}
          <th scope="col" className="num">
            Overrides
          </th>
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {scenarios.map((s) => (
          <tr key={s.id} className={s.id === selected ? 'is-current' : ''}>
            <th scope="row">
              <input
                aria-label={`Name of scenario ${s.id}`}
                className="input-name"
                value={s.name}
                onChange={(e) =>
                  edit((d) => updateScenario(d, s.id, { name: e.target.value }), { coalesce: `sname:${s.id}` })
                }
              />
            </th>
            {interventions.map((i) => (
              <td key={i.id} className="center">
                <input
                  type="checkbox"
                  aria-label={`${i.name} in ${s.name}`}
                  checked={resolveScenario(doc, s).interventions.value.includes(i.id)}
                  onChange={(e) =>
                    edit((d) => toggleScenarioIntervention(d, s.id, i.id, e.target.checked), {
                      log: `${s.name}: ${i.name} switched ${e.target.checked ? 'on' : 'off'}`,
                    })
                  }
                />
              </td>
            ))}
            <td className="num">{Object.keys(s.overrides ?? {}).length}</td>
            <td className="actions">
              <button
                type="button"
                className="btn btn--small"
                onClick={() => store.getState().selectScenario(s.id)}
                disabled={s.id === selected}
              >
                Show
              </button>
              <button
                type="button"
                className="btn btn--small"
                onClick={() => {
                  let id = '';
                  edit(
                    (d) => {
                      const out = duplicateScenario(d, s.id);
                      id = out.id;
                      return out.doc;
                    },
                    { log: `Copied ${s.name}` },
                  );
                  store.getState().selectScenario(id);
                }}
              >
                Copy
              </button>
              <button
                type="button"
                className="btn btn--small btn--danger"
                disabled={scenarios.length <= 1}
                onClick={() => edit((d) => deleteScenario(d, s.id), { log: `Deleted ${s.name}` })}
              >
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

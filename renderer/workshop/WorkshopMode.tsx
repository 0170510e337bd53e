/**
 * Workshop mode for a projector: large type, the parameters that matter most (by tornado swing) as
 * big sliders, instant results. Slider moves are a what-if layered on the scenario (nothing in the
 * file changes) until the room decides to keep them as a new scenario. Every change is logged.
 */
import { useEffect, useMemo, useState } from 'react';
import type { CausewayState } from '../store/createStore.ts';
import { addScenarioFromOverrides, projectScenario, runTornado } from '../engine.ts';
import { selectDoc, selectEdit, selectScenarioId, useCauseway, useCauswayStore } from '../store/context.tsx';
import { WorkshopSlider } from './WorkshopSlider.tsx';
import { WorkshopResults } from './WorkshopResults.tsx';
import { WorkshopLog } from './WorkshopLog.tsx';
import { confirmDropWhatIf, leaveWorkshop } from './leaveWorkshop.ts';
import { projectionFor } from '../store/derived.ts';

const KEY_PARAMETERS = 6;
const selectWhatIf = (s: CausewayState) => s.whatIf;

export function WorkshopMode() {
  const store = useCauswayStore();
  const doc = useCauseway(selectDoc);
  const edit = useCauseway(selectEdit);
  const scenarioId = useCauseway(selectScenarioId);
  const whatIf = useCauseway(selectWhatIf);
  const setWhatIf = (change: (w: Record<string, number>) => Record<string, number>) =>
    store.getState().setWhatIf(change(store.getState().whatIf));
  const [name, setName] = useState('');
  const scenario = doc.scenarios.find((s) => s.id === scenarioId);

  // Full screen when the browser allows it; Esc (handled globally) or the button leaves.
  useEffect(() => {
    const el = document.documentElement;
    if (!document.fullscreenElement && el.requestFullscreen) el.requestFullscreen().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const keyParameters = useMemo(() => {
    const tornado = runTornado(doc, scenarioId, { metric: 'npv' });
    const ranked = tornado.ok ? tornado.value.parameters.filter((p) => p.swing > 0).map((p) => p.id) : [];
    const ranged = Object.entries(doc.parameters)
      .filter(([, p]) => p.low !== undefined && p.high !== undefined)
      .map(([id]) => id);
    return [...new Set([...ranked, ...ranged])].slice(0, KEY_PARAMETERS);
    // Ranked once per scenario and structure, not on every slider move.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scenarioId, doc.logicModel, doc.interventions]);

  // The scenario as it stands is the app's own memoised projection, not a second run of it.
  const base = projectionFor(doc, scenarioId);
  const current = useMemo(
    () => (Object.keys(whatIf).length ? projectScenario(doc, scenarioId, { set: whatIf }) : base),
    [doc, scenarioId, whatIf, base],
  );

  const keep = () => {
    const label =
      name.trim() || `Workshop ${new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
    let id = '';
    edit(
      (d) => {
        const out = addScenarioFromOverrides(
          d,
          scenarioId,
          label,
          whatIf,
          `Kept in a workshop from “${scenario?.name}”.`,
        );
        id = out.id;
        return out.doc;
      },
      { log: `Kept as a new scenario “${label}”` },
    );
    store.getState().selectScenario(id);
    setWhatIf(() => ({}));
    setName('');
    store.getState().notify('success', `Kept as the scenario “${label}”. Save to write it to the file.`);
  };

  return (
    <div className="workshop" role="dialog" aria-modal="true" aria-label="Workshop mode">
      <header className="workshop__top">
        <span className="workshop__brand">Causeway · Workshop</span>
        <label className="workshop__scenario">
          Scenario
          <select
            value={scenarioId}
            onChange={(e) => {
              if (!confirmDropWhatIf(store)) return;
              setWhatIf(() => ({}));
              store.getState().selectScenario(e.target.value);
            }}
          >
            {doc.scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <span className="spacer" />
        <button type="button" className="btn btn--large" onClick={() => leaveWorkshop(store)}>
          Leave workshop (Esc)
        </button>
      </header>
      <div className="workshop__body">
        <section className="workshop__sliders" aria-label="Key assumptions">
          <h2>What if…</h2>
          {keyParameters.map((id) => (
            <WorkshopSlider
              key={`${scenarioId}:${id}`}
              id={id}
              value={whatIf[id]}
              onChange={(v) => setWhatIf((w) => ({ ...w, [id]: v }))}
              onReset={() => setWhatIf(({ [id]: _gone, ...rest }) => rest)}
            />
          ))}
          <div className="workshop__keep">
            <label className="sr-only" htmlFor="keep-name">
              Name of the new scenario
            </label>
            <input
              id="keep-name"
              value={name}
              placeholder="Name, e.g. “200 more firms”"
              onChange={(e) => setName(e.target.value)}
            />
            <button
              type="button"
              className="btn btn--primary btn--large"
              disabled={Object.keys(whatIf).length === 0}
              onClick={keep}
            >
              Keep this as a new scenario
            </button>
            <button
              type="button"
              className="btn btn--large"
              disabled={Object.keys(whatIf).length === 0}
              onClick={() => setWhatIf(() => ({}))}
            >
              Reset all
            </button>
          </div>
        </section>
        <WorkshopResults doc={doc} base={base} current={current} />
      </div>
      <WorkshopLog />
    </div>
  );
}

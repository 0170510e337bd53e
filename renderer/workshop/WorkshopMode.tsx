/**
 * Workshop mode for a projector: large type, the assumptions the facilitator chose as big sliders
 * (or, until they choose, the budget and the parameters that move NPV most), instant results. Slider
 * moves are a what-if layered on the scenario (nothing in the file changes) until the room keeps
 * them as a new scenario; "Keep" stays on screen whatever the window size. Every change is logged
 * with the figures it led to.
 */
import { useEffect, useMemo, useState } from 'react';
import type { CausewayState } from '../store/createStore.ts';
import { addScenarioBasedOn, projectScenario } from '../engine.ts';
import { selectDoc, selectEdit, selectScenarioId, useCauseway, useCauswayStore } from '../store/context.tsx';
import { WorkshopSlider } from './WorkshopSlider.tsx';
import { WorkshopResults } from './WorkshopResults.tsx';
import { WorkshopLog } from './WorkshopLog.tsx';
import { SliderChooser } from './SliderChooser.tsx';
import { confirmDropWhatIf, leaveWorkshop } from './leaveWorkshop.ts';
import { projectionFor } from '../store/derived.ts';
import { workshopParameters } from './workshopSliders.ts';
import { workshopFigures } from './figures.ts';

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
  const [choosing, setChoosing] = useState(false);
  const scenario = doc.scenarios.find((s) => s.id === scenarioId);
  const log = (text: string) => store.getState().appendLog(text, workshopFigures(store.getState()));

  // Full screen when the browser allows it; Esc (handled globally) or the button leaves.
  useEffect(() => {
    const el = document.documentElement;
    if (!document.fullscreenElement && el.requestFullscreen) el.requestFullscreen().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const sliders = useMemo(
    () => workshopParameters(doc, scenarioId),
    // Ranked once per scenario and structure, not on every slider move.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scenarioId, doc.logicModel, doc.interventions, doc.meta.workshop],
  );

  // The scenario as it stands is the app's own memoised projection, not a second run of it.
  const base = projectionFor(doc, scenarioId);
  const current = useMemo(
    () => (Object.keys(whatIf).length ? projectScenario(doc, scenarioId, { set: whatIf }) : base),
    [doc, scenarioId, whatIf, base],
  );

  const keep = () => {
    const label =
      name.trim() || `Workshop ${new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
    const figures = workshopFigures(store.getState());
    let id = '';
    // Based on the scenario shown, with the what-ifs as its own values: it keeps everything that
    // scenario inherits, and ranges the values had.
    edit((d) => {
      const out = addScenarioBasedOn(d, scenarioId, label, whatIf, `Kept in a workshop from “${scenario?.name}”.`);
      if (!out.ok) return d;
      id = out.value.id;
      return out.value.doc;
    });
    if (!id) return store.getState().notify('error', `Could not keep “${label}” as a scenario.`);
    store.getState().appendLog(`Kept as a new scenario “${label}”`, figures);
    store.getState().selectScenario(id);
    setWhatIf(() => ({}));
    setName('');
    store.getState().notify('success', `Kept as the scenario “${label}”. Save to write it to the file.`);
  };

  return (
    <div className="workshop" role="dialog" aria-modal="true" aria-label="Workshop mode">
      <header className="workshop__top">
        <h1 className="workshop__brand">Causeway · Workshop</h1>
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
        <button type="button" className="btn btn--large" aria-pressed={choosing} onClick={() => setChoosing(!choosing)}>
          Choose sliders
        </button>
        <button type="button" className="btn btn--large" onClick={() => leaveWorkshop(store)}>
          Leave workshop (Esc)
        </button>
      </header>
      <div className="workshop__body">
        <section className="workshop__sliders" aria-label="Key assumptions">
          {choosing ? (
            <SliderChooser shown={sliders.ids} onDone={() => setChoosing(false)} />
          ) : (
            <>
              <h2>
                What if…{' '}
                {sliders.chosen ? null : <span className="muted ws-hint">(budget and largest effects on NPV)</span>}
              </h2>
              <div className="workshop__slider-list">
                {sliders.ids.map((id) => (
                  <WorkshopSlider
                    key={`${scenarioId}:${id}`}
                    id={id}
                    value={whatIf[id]}
                    onChange={(v) => setWhatIf((w) => ({ ...w, [id]: v }))}
                    onReset={() => setWhatIf(({ [id]: _gone, ...rest }) => rest)}
                    onSettled={log}
                  />
                ))}
              </div>
            </>
          )}
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

/** Above the canvas: add a box to a stage, tidy the layout, and find a box by name (Ctrl+F). */
import { forwardRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { STAGES, addNode, autoLayout, fillMissingLayout, setLayout, type Stage } from '../engine.ts';
import { selectDoc, selectEdit, useCauseway, useCauswayStore } from '../store/context.tsx';
import { STAGE_SINGULAR } from '../format.ts';
import { YearScrubber } from '../common/YearScrubber.tsx';
import { CanvasViewMenu } from './CanvasViewMenu.tsx';
import { fitClearOfMinimap } from './fitClearOfMinimap.ts';

/** Fit every box on screen, however large the model (the default minimum zoom would stop short). */
const FIT = { duration: 200, minZoom: 0.02 };
import { SaveImageMenu } from '../report/SaveImageMenu.tsx';
import { diagramPicture } from '../report/screenCharts.ts';

export const CanvasToolbar = forwardRef<HTMLInputElement, { search: string; onSearch(text: string): void }>(
  function CanvasToolbar({ search, onSearch }, searchRef) {
    const doc = useCauseway(selectDoc);
    const edit = useCauseway(selectEdit);
    const store = useCauswayStore();
    const flow = useReactFlow();
    const [stage, setStage] = useState<Stage>('activity');

    const add = () => {
      let id = '';
      edit(
        (d) => {
          const layout = fillMissingLayout(d);
          const stageIndex = STAGES.indexOf(stage);
          const ys = d.logicModel.nodes.filter((n) => n.stage === stage).map((n) => layout[n.id]?.y ?? 0);
          const position = { x: 20 + stageIndex * 300, y: ys.length ? Math.max(...ys) + 96 : 70 };
          const out = addNode(d, { stage, label: `New ${STAGE_SINGULAR[stage]!.toLowerCase()}`, position });
          id = out.id;
          return out.doc;
        },
        { log: `Added a ${STAGE_SINGULAR[stage]!.toLowerCase()} box` },
      );
      store.getState().select({ kind: 'node', id }, true);
    };

    const jump = () => {
      const needle = search.trim().toLowerCase();
      const hit = doc.logicModel.nodes.find((n) => n.label.toLowerCase().includes(needle) || n.id.includes(needle));
      if (hit) store.getState().select({ kind: 'node', id: hit.id }, true);
    };

    return (
      <div className="canvas-toolbar" role="toolbar" aria-label="Logic model tools">
        <label className="sr-only" htmlFor="add-stage">
          Stage of the new box
        </label>
        <select id="add-stage" value={stage} onChange={(e) => setStage(e.target.value as Stage)}>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_SINGULAR[s]}
            </option>
          ))}
        </select>
        <button type="button" className="btn" onClick={add}>
          + Add box
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            edit((d) => setLayout(d, autoLayout(d)), { log: 'Tidied the layout' });
            requestAnimationFrame(() => fitClearOfMinimap(flow, FIT));
          }}
        >
          Tidy layout
        </button>
        <button type="button" className="btn" onClick={() => fitClearOfMinimap(flow, FIT)}>
          Fit to window
        </button>
        <CanvasViewMenu />
        <YearScrubber />
        <span className="spacer" />
        <label className="sr-only" htmlFor="canvas-search">
          Find a box
        </label>
        <input
          id="canvas-search"
          ref={searchRef}
          type="search"
          className="search"
          placeholder="Find a box (Ctrl+F)"
          value={search}
          onChange={(e) => onSearch(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') jump();
            if (e.key === 'Escape') onSearch('');
          }}
        />
        <SaveImageMenu name="logic-model" picture={diagramPicture(doc)} />
        <span className="legend" aria-hidden="true">
          <span className="legend__item">
            <i className="legend__line legend__line--quant" />
            quantified
          </span>
          <span className="legend__item">
            <i className="legend__line legend__line--qual" />
            qualitative
          </span>
          <span className="legend__item">
            <i className="legend__line legend__line--weak" />
            weak evidence
          </span>
        </span>
      </div>
    );
  },
);

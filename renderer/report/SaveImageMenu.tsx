/**
 * "Save image" on a chart or the logic-model canvas: a small menu offering PNG (drawn at twice the
 * size, so it stays sharp in a document) or SVG. The picture is the report's own SVG of the chart
 * (models/report), with its title and legend, a fixed size and fonts every system has, so a saved
 * chart and the same chart in a Word or PDF report are one drawing.
 */
import { useRef, useState } from 'react';
import { chartSvg, type ChartSpec } from '../engine.ts';
import { useCauswayStore, usePlatform } from '../store/context.tsx';
import { svgSize, svgToPng } from './rasterise.ts';
import './report.css';

/** What to draw: a chart specification, or an SVG document made elsewhere (the diagram). */
export type Picture = { spec: ChartSpec } | { svg: string };

const safeName = (name: string) => name.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '') || 'chart';

export function SaveImageMenu({ name, picture }: { name: string; picture: () => Picture | null }) {
  const platform = usePlatform();
  const store = useCauswayStore();
  const menu = useRef<HTMLDetailsElement>(null);
  const [busy, setBusy] = useState(false);

  const save = async (type: 'png' | 'svg') => {
    menu.current?.removeAttribute('open');
    const chosen = picture();
    if (!chosen) return;
    const svg = 'spec' in chosen ? chartSvg(chosen.spec) : chosen.svg;
    setBusy(true);
    try {
      const file = `${safeName(name)}.${type}`;
      const bytes =
        type === 'svg'
          ? new TextEncoder().encode(svg)
          : await svgToPng(svg, svgSize(svg).width, svgSize(svg).height, 2);
      const result = await platform.saveBinary(file, type, bytes);
      if (result.ok) store.getState().notify('success', `Saved ${result.value.name}.`);
      else if (result.error.kind !== 'cancelled') store.getState().notify('error', result.error.message);
    } catch (e) {
      store.getState().notify('error', `The image could not be made: ${(e as Error).message}.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="save-image" ref={menu} data-save-image={name}>
      <summary className="btn btn--small" aria-label={`Save image of ${name}`}>
        {busy ? 'Saving…' : 'Save image'}
      </summary>
      <div className="save-image__menu" role="menu">
        <button type="button" role="menuitem" className="btn btn--small" onClick={() => void save('png')}>
          PNG (2×)
        </button>
        <button type="button" role="menuitem" className="btn btn--small" onClick={() => void save('svg')}>
          SVG
        </button>
      </div>
    </details>
  );
}

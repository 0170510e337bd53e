/**
 * One large slider on a round scale (sliderScale.ts); logs the change, with the resulting figures,
 * once the hand stops moving, not at every pixel.
 */
import { useEffect, useRef } from 'react';
import { overrideValue } from '../engine.ts';
import { selectDoc, selectScenarioId, useCauseway } from '../store/context.tsx';
import { formatOnScale, onScale, sliderScale } from './sliderScale.ts';
import { sliderLabel } from './workshopSliders.ts';

export function WorkshopSlider({
  id,
  value,
  onChange,
  onReset,
  onSettled,
}: {
  id: string;
  value: number | undefined;
  onChange(v: number): void;
  onReset(): void;
  /** Called once the value has stopped moving, with a line for the session log. */
  onSettled(text: string): void;
}) {
  const doc = useCauseway(selectDoc);
  const scenarioId = useCauseway(selectScenarioId);
  const p = doc.parameters[id]!;
  const scenarioValue = overrideValue(doc.scenarios.find((s) => s.id === scenarioId)?.overrides?.[id]) ?? p.value;
  const scale = sliderScale(p, scenarioValue);
  const shown = value ?? scenarioValue;
  const label = sliderLabel(doc, id);
  const unit = p.unit ? ` ${p.unit}` : '';
  const lastLogged = useRef(scenarioValue);
  // The latest callback, read when the timer fires (so a new callback does not restart the timer).
  const settled = useRef(onSettled);
  useEffect(() => {
    settled.current = onSettled;
  }, [onSettled]);

  useEffect(() => {
    if (value === undefined || value === lastLogged.current) return;
    const timer = setTimeout(() => {
      settled.current(`${label}: ${formatOnScale(lastLogged.current, scale)} → ${formatOnScale(value, scale)}${unit}`);
      lastLogged.current = value;
    }, 700);
    return () => clearTimeout(timer);
  }, [value, label, unit, scale]);

  return (
    <div className={`ws-slider ${value !== undefined ? 'is-changed' : ''}`} data-parameter={id}>
      <div className="ws-slider__head">
        <label htmlFor={`ws-${id}`}>{label}</label>
        <output htmlFor={`ws-${id}`}>
          {formatOnScale(shown, scale)}
          {p.unit ? <small> {p.unit}</small> : null}
        </output>
      </div>
      <input
        id={`ws-${id}`}
        type="range"
        min={scale.min}
        max={scale.max}
        step={scale.step}
        value={shown}
        onChange={(e) => onChange(onScale(Number(e.target.value), scale))}
        aria-valuetext={`${formatOnScale(shown, scale)}${unit}`}
      />
      <div className="ws-slider__foot">
        <span>{formatOnScale(scale.min, scale)}</span>
        {value !== undefined ? (
          <button type="button" className="btn-link" onClick={onReset}>
            back to {formatOnScale(scenarioValue, scale)}
          </button>
        ) : (
          <span className="muted">scenario value</span>
        )}
        <span>{formatOnScale(scale.max, scale)}</span>
      </div>
    </div>
  );
}

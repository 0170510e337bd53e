/** One large slider; logs the change once the hand stops moving, not at every pixel. */
import { useEffect, useRef } from 'react';
import { overrideValue } from '../engine.ts';
import { sliderRange } from '../assumptions/ParameterTable.tsx';
import { selectDoc, selectScenarioId, useCauseway } from '../store/context.tsx';
import { formatNumber } from '../format.ts';

export function WorkshopSlider({
  id,
  value,
  onChange,
  onReset,
}: {
  id: string;
  value: number | undefined;
  onChange(v: number): void;
  onReset(): void;
}) {
  const doc = useCauseway(selectDoc);
  const scenarioId = useCauseway(selectScenarioId);
  const appendLog = useCauseway((s) => s.appendLog);
  const p = doc.parameters[id]!;
  const scenarioValue = overrideValue(doc.scenarios.find((s) => s.id === scenarioId)?.overrides?.[id]) ?? p.value;
  const shown = value ?? scenarioValue;
  const { min, max, step } = sliderRange(p, scenarioValue);
  const label = p.label ?? id;
  const lastLogged = useRef(scenarioValue);

  useEffect(() => {
    if (value === undefined || value === lastLogged.current) return;
    const timer = setTimeout(() => {
      appendLog(`${label}: ${formatNumber(lastLogged.current)} → ${formatNumber(value)}${p.unit ? ` ${p.unit}` : ''}`);
      lastLogged.current = value;
    }, 700);
    return () => clearTimeout(timer);
  }, [value, label, p.unit, appendLog]);

  return (
    <div className={`ws-slider ${value !== undefined ? 'is-changed' : ''}`}>
      <div className="ws-slider__head">
        <label htmlFor={`ws-${id}`}>{label}</label>
        <output htmlFor={`ws-${id}`}>
          {formatNumber(Number(shown.toPrecision(4)))}
          {p.unit ? <small> {p.unit}</small> : null}
        </output>
      </div>
      <input
        id={`ws-${id}`}
        type="range"
        min={min}
        max={max}
        step={step}
        value={shown}
        onChange={(e) => onChange(Number(e.target.value))}
        aria-label={`${label} (workshop)`}
      />
      <div className="ws-slider__foot">
        <span>{formatNumber(min)}</span>
        {value !== undefined ? (
          <button type="button" className="btn-link" onClick={onReset}>
            back to {formatNumber(scenarioValue)}
          </button>
        ) : (
          <span className="muted">scenario value</span>
        )}
        <span>{formatNumber(max)}</span>
      </div>
    </div>
  );
}

/**
 * The scale of a workshop slider: a range from the parameter's low and high (or around its value),
 * a step that is a round number (1, 2 or 5 times a power of ten, some fifty steps end to end: a
 * room moves a slider by hand, it does not need finer),
 * and values shown to that step's decimals, so the room reads "0.065", never "0.06465".
 */
import type { Parameter } from '../engine.ts';

export interface SliderScale {
  min: number;
  max: number;
  step: number;
  /** Decimals a value on this scale is shown with. */
  decimals: number;
}

/** The round step nearest to `raw` from below among 1, 2 and 5 times a power of ten. */
export function roundStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const mantissa = raw / power;
  const nice = mantissa >= 5 ? 5 : mantissa >= 2 ? 2 : 1;
  return Number((nice * power).toPrecision(12));
}

export function sliderScale(p: Parameter, current: number): SliderScale {
  let low = p.low ?? (current === 0 ? 0 : Math.min(current * 0.5, current * 1.5));
  let high = p.high ?? (current === 0 ? 1 : Math.max(current * 0.5, current * 1.5));
  low = Math.min(low, current);
  high = Math.max(high, current);
  if (high === low) high = low + 1;
  const step = roundStep((high - low) / 50);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  // Ends on the step's grid, so every position of the slider is a round value.
  const min = Number((Math.floor(low / step) * step).toFixed(decimals));
  const max = Number((Math.ceil(high / step) * step).toFixed(decimals));
  return { min, max, step, decimals };
}

/** A value rounded to the scale's step, as a number. */
export function onScale(value: number, scale: SliderScale): number {
  return Number((Math.round(value / scale.step) * scale.step).toFixed(scale.decimals));
}

const formats = new Map<number, Intl.NumberFormat>();
/** A value as shown on the scale: thousands separators, at most the scale's decimals. */
export function formatOnScale(value: number, scale: Pick<SliderScale, 'decimals'>): string {
  let format = formats.get(scale.decimals);
  if (!format)
    formats.set(scale.decimals, (format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: scale.decimals })));
  return format.format(value);
}

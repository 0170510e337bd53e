/**
 * Report charts as pure SVG text: lines, areas (a band between two series, or a series down to zero),
 * grouped or stacked bars, and horizontal range bars (the tornado), each with a title, axes, grid and
 * a legend, at a fixed size and in a font stack every system has. The app (for "Save image" and the
 * Word report) and the CLI draw the same charts from the same specification.
 */
import { UNITS, type UnitId } from '../units.ts';
import { FONT_FAMILY, fitText, r2, svgDocument, svgText, textWidth, wrapText } from './svg.ts';

export interface ChartSeries {
  id: string;
  label: string;
  kind: 'line' | 'area' | 'bar';
  colour: string;
  /** One value per category; null leaves a gap. */
  values: readonly (number | null)[];
  /** For an area: the lower edge (a p10-p90 band); without it the area runs down to zero. For a bar: where it starts (a waterfall's floating step). */
  lower?: readonly (number | null)[];
  dashed?: boolean;
}

export interface ChartSpec {
  id: string;
  title: string;
  /** Categories along the x axis (years), or down the y axis for horizontal bars. */
  categories: readonly (string | number)[];
  series: ChartSeries[];
  /** Unit of the values: decides the axis labels. */
  unit: UnitId;
  /** Bars side by side (grouped, default), stacked, drawn over each other (a waterfall's steps), or horizontal from `base` (a tornado). */
  bars?: 'grouped' | 'stacked' | 'overlap' | 'horizontal';
  /** Horizontal bars start here (the tornado's base case); 0 otherwise. */
  base?: number;
  /** A note under the chart: the price base, the draws behind a band. */
  note?: string;
  width?: number;
  height?: number;
}

export const CHART_WIDTH = 720;
export const CHART_HEIGHT = 380;
const AXIS = '#4a5565';
const GRID = '#e3e7ec';

/** Round tick steps (1, 2, 2.5, 5 x 10^n) giving about `count` ticks over [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) {
    const pad = Math.abs(max) * 0.1 || 1;
    return niceTicks(min - pad, max + pad, count);
  }
  const raw = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let t = start; t <= max + step * 1e-9; t += step) ticks.push(Math.round(t / step) * step);
  if (ticks[ticks.length - 1]! < max) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks;
}

function tickDecimals(ticks: number[]): number {
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  return Math.max(0, Math.min(4, -Math.floor(Math.log10(step) + 1e-9)));
}

function axisLabel(unit: UnitId, value: number, decimals: number): string {
  if (unit === 'percent') return UNITS.percent.format(value, Math.max(0, decimals - 2));
  if (unit === 'year' || unit === 'text') return String(value);
  return UNITS[unit].format(value, decimals);
}

interface Frame {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The value range every series needs (stacked bars add up; horizontal bars include the base). */
function valueRange(spec: ChartSpec): [number, number] {
  const values: number[] = [];
  spec.series.forEach((s) => s.values.forEach((v) => v !== null && values.push(v)));
  spec.series.forEach((s) => s.lower?.forEach((v) => v !== null && values.push(v)));
  if (spec.bars === 'stacked') {
    spec.categories.forEach((_, k) => {
      let up = 0;
      let down = 0;
      for (const s of spec.series.filter((x) => x.kind === 'bar')) {
        const v = s.values[k] ?? 0;
        if (v >= 0) up += v;
        else down += v;
      }
      values.push(up, down);
    });
  }
  const hasBarsOrArea = spec.series.some((s) => s.kind === 'bar' || (s.kind === 'area' && !s.lower));
  if (hasBarsOrArea) values.push(spec.base ?? 0);
  if (values.length === 0) return [0, 1];
  let min = Math.min(...values);
  let max = Math.max(...values);
  // Lines alone: leave air above and below instead of starting at zero.
  if (!hasBarsOrArea) {
    const pad = (max - min) * 0.08 || Math.abs(max) * 0.05 || 1;
    min = min >= 0 && min - pad < 0 ? 0 : min - pad;
    max += pad;
  }
  return [min, max];
}

function legend(spec: ChartSpec, width: number, y: number): { svg: string[]; height: number } {
  const size = 12;
  const items = spec.series.map((s) => ({ s, w: 22 + textWidth(s.label, size) + 18 }));
  const rows: (typeof items)[] = [[]];
  let used = 0;
  for (const item of items) {
    if (used + item.w > width - 40 && rows[rows.length - 1]!.length) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1]!.push(item);
    used += item.w;
  }
  const svg: string[] = [];
  rows.forEach((row, r) => {
    const total = row.reduce((a, b) => a + b.w, 0);
    let x = (width - total) / 2;
    const cy = y + r * 20 + 8;
    for (const { s, w } of row) {
      if (s.kind === 'line')
        svg.push(
          `<line x1="${r2(x)}" y1="${r2(cy)}" x2="${r2(x + 16)}" y2="${r2(cy)}" stroke="${s.colour}" stroke-width="2.5"${s.dashed ? ' stroke-dasharray="5 3"' : ''}/>`,
        );
      else
        svg.push(
          `<rect x="${r2(x)}" y="${r2(cy - 6)}" width="16" height="12" fill="${s.colour}"${s.kind === 'area' ? ' fill-opacity="0.5"' : ''}/>`,
        );
      svg.push(svgText(x + 22, cy + 4, s.label, { size }));
      x += w;
    }
  });
  return { svg, height: rows.length * 20 + 4 };
}

/** The chart as an SVG document. */
export function chartSvg(spec: ChartSpec): string {
  const width = spec.width ?? CHART_WIDTH;
  const height = spec.height ?? CHART_HEIGHT;
  const body: string[] = [];
  const titleLines = wrapText(spec.title, 15, width - 32).slice(0, 2);
  titleLines.forEach((line, k) => body.push(svgText(16, 24 + k * 19, line, { size: 15, weight: 'bold' })));
  const top = 24 + titleLines.length * 19;
  const legendBlock = legend(spec, width, 0);
  const noteHeight = spec.note ? 18 : 0;
  const bottomSpace = legendBlock.height + noteHeight + 30;
  const horizontal = spec.bars === 'horizontal';
  const [min, max] = valueRange(spec);
  const ticks = niceTicks(min, max);
  const decimals = tickDecimals(ticks);
  const tickLabels = ticks.map((t) => axisLabel(spec.unit, t, decimals));
  const categoryLabels = spec.categories.map(String);
  const leftSpace = horizontal
    ? Math.min(width * 0.38, Math.max(...categoryLabels.map((l) => textWidth(l, 11))) + 14)
    : Math.max(...tickLabels.map((l) => textWidth(l, 11))) + 14;
  const frame: Frame = { left: 16 + leftSpace, top: top + 8, width: 0, height: 0 };
  // Room at the right for the last axis label, centred on its tick.
  frame.width = width - frame.left - (horizontal ? 36 : 24);
  frame.height = height - frame.top - bottomSpace;
  const lo = ticks[0]!;
  const hi = ticks[ticks.length - 1]!;
  const scale = (v: number) => (hi === lo ? 0 : (v - lo) / (hi - lo));

  // Value axis: grid lines and labels.
  ticks.forEach((t, k) => {
    if (horizontal) {
      const x = frame.left + scale(t) * frame.width;
      body.push(
        `<line x1="${r2(x)}" y1="${r2(frame.top)}" x2="${r2(x)}" y2="${r2(frame.top + frame.height)}" stroke="${GRID}"/>`,
      );
      body.push(svgText(x, frame.top + frame.height + 16, tickLabels[k]!, { size: 11, anchor: 'middle', fill: AXIS }));
    } else {
      const y = frame.top + frame.height - scale(t) * frame.height;
      body.push(
        `<line x1="${r2(frame.left)}" y1="${r2(y)}" x2="${r2(frame.left + frame.width)}" y2="${r2(y)}" stroke="${GRID}"/>`,
      );
      body.push(svgText(frame.left - 8, y + 4, tickLabels[k]!, { size: 11, anchor: 'end', fill: AXIS }));
    }
  });

  const n = spec.categories.length;
  if (horizontal) drawHorizontalBars(spec, frame, scale, body, categoryLabels, leftSpace);
  else drawVertical(spec, frame, scale, body, categoryLabels, n);

  const legendTop = frame.top + frame.height + 30;
  body.push(...legend(spec, width, legendTop).svg);
  if (spec.note) body.push(svgText(16, height - 8, fitText(spec.note, 11, width - 32), { size: 11, fill: AXIS }));
  return svgDocument(width, height, body, spec.title);
}

function drawVertical(
  spec: ChartSpec,
  frame: Frame,
  scale: (v: number) => number,
  body: string[],
  labels: string[],
  n: number,
): void {
  const slot = frame.width / Math.max(1, n);
  const xAt = (k: number) => frame.left + slot * (k + 0.5);
  const yAt = (v: number) => frame.top + frame.height - scale(v) * frame.height;
  // Category labels, thinned so they do not collide.
  const widest = Math.max(...labels.map((l) => textWidth(l, 11))) + 8;
  const every = Math.max(1, Math.ceil(widest / slot));
  labels.forEach((label, k) => {
    if (k % every === 0)
      body.push(svgText(xAt(k), frame.top + frame.height + 16, label, { size: 11, anchor: 'middle', fill: AXIS }));
  });
  // The zero line, where zero is on the axis.
  if (scale(0) >= 0 && scale(0) <= 1)
    body.push(
      `<line x1="${r2(frame.left)}" y1="${r2(yAt(0))}" x2="${r2(frame.left + frame.width)}" y2="${r2(yAt(0))}" stroke="${AXIS}"/>`,
    );
  const bars = spec.series.filter((s) => s.kind === 'bar');
  const groupWidth = slot * 0.72;
  const stacked = spec.bars === 'stacked';
  const whole = stacked || spec.bars === 'overlap';
  const up = new Array<number>(n).fill(0);
  const down = new Array<number>(n).fill(0);
  bars.forEach((s, b) => {
    const w = whole ? groupWidth : groupWidth / bars.length;
    s.values.forEach((v, k) => {
      if (v === null || v === 0) return;
      let from = s.lower?.[k] ?? 0;
      if (stacked) {
        from = v >= 0 ? up[k]! : down[k]!;
        if (v >= 0) up[k]! += v;
        else down[k]! += v;
      }
      const x = xAt(k) - groupWidth / 2 + (whole ? 0 : b * w);
      const y1 = yAt(s.lower ? v : from + v);
      const y0 = yAt(from);
      body.push(
        `<rect x="${r2(x)}" y="${r2(Math.min(y0, y1))}" width="${r2(Math.max(1, w - 1))}" height="${r2(Math.abs(y0 - y1))}" fill="${s.colour}"/>`,
      );
    });
  });
  for (const s of spec.series.filter((x) => x.kind === 'area')) {
    const points: string[] = [];
    const back: string[] = [];
    s.values.forEach((v, k) => {
      const lower = s.lower ? s.lower[k] : 0;
      if (v === null || lower === null || lower === undefined) return;
      points.push(`${r2(xAt(k))},${r2(yAt(v))}`);
      back.unshift(`${r2(xAt(k))},${r2(yAt(lower))}`);
    });
    if (points.length)
      body.push(
        `<polygon points="${[...points, ...back].join(' ')}" fill="${s.colour}" fill-opacity="0.5" stroke="none"/>`,
      );
  }
  for (const s of spec.series.filter((x) => x.kind === 'line')) {
    // Gaps (null) split the line into runs.
    const runs: string[][] = [[]];
    s.values.forEach((v, k) => {
      if (v === null) runs.push([]);
      else runs[runs.length - 1]!.push(`${r2(xAt(k))},${r2(yAt(v))}`);
    });
    for (const run of runs.filter((r) => r.length)) {
      if (run.length === 1) {
        const [cx, cy] = run[0]!.split(',');
        body.push(`<circle cx="${cx}" cy="${cy}" r="3" fill="${s.colour}"/>`);
      } else
        body.push(
          `<polyline points="${run.join(' ')}" fill="none" stroke="${s.colour}" stroke-width="2.5" stroke-linejoin="round"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
        );
    }
  }
}

function drawHorizontalBars(
  spec: ChartSpec,
  frame: Frame,
  scale: (v: number) => number,
  body: string[],
  labels: string[],
  leftSpace: number,
): void {
  const n = Math.max(1, labels.length);
  const slot = frame.height / n;
  const base = spec.base ?? 0;
  const xAt = (v: number) => frame.left + scale(v) * frame.width;
  labels.forEach((label, k) => {
    const cy = frame.top + slot * (k + 0.5);
    body.push(svgText(frame.left - 8, cy + 4, fitText(label, 11, leftSpace - 10), { size: 11, anchor: 'end' }));
    for (const s of spec.series.filter((x) => x.kind === 'bar')) {
      const v = s.values[k];
      if (v === null || v === undefined) continue;
      const [a, b] = [xAt(base), xAt(v)];
      body.push(
        `<rect x="${r2(Math.min(a, b))}" y="${r2(cy - slot * 0.32)}" width="${r2(Math.max(1, Math.abs(b - a)))}" height="${r2(slot * 0.64)}" fill="${s.colour}"/>`,
      );
    }
  });
  const x = xAt(base);
  body.push(
    `<line x1="${r2(x)}" y1="${r2(frame.top)}" x2="${r2(x)}" y2="${r2(frame.top + frame.height)}" stroke="${AXIS}" stroke-width="1.5"/>`,
  );
}

export { FONT_FAMILY };

/**
 * Colours with meaning, for the app's charts and canvas as well as report charts and the logic-model
 * diagram (the renderer takes them through models/index.ts), so a chart saved from the app and one
 * drawn by the CLI look alike; hex only, no CSS variables. Stage colours are muted so five lanes side
 * by side stay calm; intervention colours are distinct hues for the stripe on each box and the stacked
 * charts. All text colours on these fills meet WCAG AA (4.5:1) against white or the pale tints used
 * behind them.
 */
export const CHART_COLOURS = {
  baseline: '#8a94a3',
  projected: '#1f5fa8',
  band: '#9dbde3',
  net: '#2f8450',
  cost: '#c2561a',
  low: '#c2561a',
  high: '#1f5fa8',
};

const INTERVENTION_PALETTE = ['#2563a6', '#c2561a', '#2f8450', '#8a3fa0', '#b3336b', '#0f7f8a', '#7a6a1c', '#5b5bb3'];

/** The colour of the k-th intervention or scenario. */
export function paletteColour(index: number): string {
  return index < 0 ? '#8a94a3' : INTERVENTION_PALETTE[index % INTERVENTION_PALETTE.length]!;
}

export const STAGE_PALETTE: Record<string, { fill: string; tint: string; text: string }> = {
  input: { fill: '#4a5a6e', tint: '#eef1f5', text: '#2f3b4a' },
  activity: { fill: '#245f8f', tint: '#eaf2f9', text: '#1c4a70' },
  output: { fill: '#1f6e5f', tint: '#e8f4f1', text: '#175448' },
  outcome: { fill: '#86611a', tint: '#f8f2e4', text: '#6a4c12' },
  impact: { fill: '#7a3466', tint: '#f6ecf3', text: '#5f274f' },
};

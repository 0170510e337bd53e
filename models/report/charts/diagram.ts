/**
 * The logic model as an SVG diagram: one column per Magenta Book stage, each box where the canvas
 * has it (its lane from its stage, its height from the saved layout), with its intervention's colour
 * stripe, its label and role, and links drawn by the strength of their evidence. The report embeds
 * it and the canvas's "Save image" writes it, so both show the same picture.
 */
import { fillMissingLayout, laneX, LANE_WIDTH } from '../../edit/layout.ts';
import { STAGES, type ScenarioDocument } from '../../types.ts';
import { STAGE_PALETTE, paletteColour } from './palette.ts';
import { r2, svgDocument, svgText, wrapText } from './svg.ts';

/** Above this many boxes a diagram is unreadable on a page: reports list the boxes instead. */
export const DIAGRAM_LIMIT = 150;

const BOX_WIDTH = 200;
const BOX_HEIGHT = 72;
const MARGIN = 20;
const HEADER = 50;

export const STAGE_HEADINGS: Record<string, string> = {
  input: 'Inputs',
  activity: 'Activities',
  output: 'Outputs',
  outcome: 'Outcomes',
  impact: 'Impacts',
};

const EVIDENCE: Record<string, { width: number; dash?: string }> = {
  strong: { width: 2.6 },
  moderate: { width: 1.8 },
  weak: { width: 1.4, dash: '6 4' },
  none: { width: 1.2, dash: '2 4' },
};

export interface DiagramOptions {
  /** Interventions switched on: boxes of the others are drawn faded. All are shown at full strength when absent. */
  active?: ReadonlySet<string>;
  title?: string;
  /** Most boxes drawn (DIAGRAM_LIMIT by default); the canvas's "Save image" draws any number. */
  limit?: number;
}

/** The diagram as an SVG document, or null when the model has more boxes than the limit. */
export function logicModelSvg(doc: ScenarioDocument, options: DiagramOptions = {}): string | null {
  const { nodes, links } = doc.logicModel;
  if (nodes.length > (options.limit ?? DIAGRAM_LIMIT)) return null;
  const layout = fillMissingLayout(doc);
  const place = new Map(
    nodes.map((n) => [n.id, { x: laneX(STAGES.indexOf(n.stage)), y: layout[n.id]?.y ?? 0 }] as const),
  );
  const ys = [...place.values()].map((p) => p.y);
  const minY = ys.length ? Math.min(...ys) : 0;
  const maxY = ys.length ? Math.max(...ys) : 0;
  const shiftY = HEADER + MARGIN - minY;
  const width = laneX(STAGES.length - 1) + LANE_WIDTH + MARGIN;
  const height = Math.max(200, maxY - minY + BOX_HEIGHT + HEADER + 2 * MARGIN);
  const at = (id: string) => {
    const p = place.get(id)!;
    return { x: p.x + MARGIN, y: p.y + shiftY };
  };
  const colourOf = new Map(doc.interventions.map((i, k) => [i.id, paletteColour(k)]));
  const body: string[] = [];
  STAGES.forEach((stage, k) => {
    const x = laneX(k) + MARGIN - 10;
    const palette = STAGE_PALETTE[stage]!;
    body.push(
      `<rect x="${r2(x)}" y="${MARGIN}" width="${LANE_WIDTH - 40}" height="${r2(height - 2 * MARGIN)}" rx="8" fill="${palette.tint}"/>`,
      svgText(x + 12, MARGIN + 24, STAGE_HEADINGS[stage]!, { size: 15, weight: 'bold', fill: palette.text }),
    );
  });
  const known = new Set(nodes.map((n) => n.id));
  for (const link of links) {
    if (!known.has(link.from) || !known.has(link.to)) continue;
    const a = at(link.from);
    const b = at(link.to);
    const style = EVIDENCE[link.evidence ?? 'none'] ?? EVIDENCE['none']!;
    let path: string;
    if (a.x === b.x) {
      // Same stage: an arc out to the right and back.
      const x = a.x + BOX_WIDTH;
      path = `M ${r2(x)} ${r2(a.y + BOX_HEIGHT / 2)} C ${r2(x + 40)} ${r2(a.y + BOX_HEIGHT / 2)}, ${r2(x + 40)} ${r2(b.y + BOX_HEIGHT / 2)}, ${r2(x + 4)} ${r2(b.y + BOX_HEIGHT / 2)}`;
    } else {
      const [x1, y1] = [a.x + BOX_WIDTH, a.y + BOX_HEIGHT / 2];
      const [x2, y2] = [b.x - 4, b.y + BOX_HEIGHT / 2];
      const mid = (x1 + x2) / 2;
      path = `M ${r2(x1)} ${r2(y1)} C ${r2(mid)} ${r2(y1)}, ${r2(mid)} ${r2(y2)}, ${r2(x2)} ${r2(y2)}`;
    }
    body.push(
      `<path d="${path}" fill="none" stroke="#6b7684" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} marker-end="url(#arrow)"/>`,
    );
  }
  for (const node of nodes) {
    const { x, y } = at(node.id);
    const palette = STAGE_PALETTE[node.stage]!;
    const faded = options.active && node.intervention !== undefined && !options.active.has(node.intervention);
    const stripe = node.intervention ? (colourOf.get(node.intervention) ?? '#8a94a3') : '#8a94a3';
    body.push(`<g${faded ? ' opacity="0.4"' : ''}>`);
    body.push(
      `<rect x="${r2(x)}" y="${r2(y)}" width="${BOX_WIDTH}" height="${BOX_HEIGHT}" rx="6" fill="#ffffff" stroke="${palette.fill}" stroke-width="1.5"/>`,
      `<rect x="${r2(x)}" y="${r2(y)}" width="6" height="${BOX_HEIGHT}" rx="3" fill="${stripe}"/>`,
    );
    const lines = wrapText(node.label, 12, BOX_WIDTH - 24).slice(0, 3);
    lines.forEach((line, k) => body.push(svgText(x + 14, y + 18 + k * 15, line, { size: 12, weight: 'bold' })));
    const detail = [node.role ? roleText(node.role) : null, node.unit ?? null].filter(Boolean).join(' · ');
    if (detail) body.push(svgText(x + 14, y + BOX_HEIGHT - 9, detail, { size: 10, fill: '#4a5565' }));
    body.push('</g>');
  }
  const defs =
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#6b7684"/></marker></defs>';
  const title = options.title ?? `Logic model: ${doc.meta.title}`;
  return svgDocument(width, height, [defs, ...body], title);
}

function roleText(role: string): string {
  return role === 'cost' ? 'public cost' : role === 'gva' ? 'GVA impact' : role === 'jobs' ? 'jobs impact' : role;
}

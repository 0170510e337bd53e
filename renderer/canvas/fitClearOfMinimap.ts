/**
 * "Fit to window" that keeps the boxes out from under the minimap. The minimap covers the canvas's
 * bottom-right corner, so a fit over the whole canvas can put the Impacts column beneath it. The fit
 * leaves the minimap's room on the right or below, whichever lets the model be drawn larger: a wide
 * model gives up height it does not need, a tall one width.
 */
import type { FitViewOptions, ReactFlowInstance } from '@xyflow/react';

/** Pixels between the boxes and the canvas's edges, and between the boxes and the minimap. */
const MARGIN = 16;

interface Size {
  width: number;
  height: number;
}

/**
 * Per-side padding (pixels) for fitting `bounds` (flow units) into `area` while keeping clear of a
 * `corner` (pixels, measured from the bottom-right).
 */
export function paddingClearOfCorner(
  area: Size,
  bounds: Size,
  corner: Size,
): Required<Record<'top' | 'right' | 'bottom' | 'left', `${number}px`>> {
  const zoom = (w: number, h: number) => Math.min(w / Math.max(bounds.width, 1), h / Math.max(bounds.height, 1));
  const inner = { width: area.width - 2 * MARGIN, height: area.height - 2 * MARGIN };
  const besideIt = zoom(inner.width - corner.width, inner.height);
  const aboveIt = zoom(inner.width, inner.height - corner.height);
  const px = (n: number) => `${Math.max(0, Math.round(n))}px` as const;
  return {
    top: px(MARGIN),
    left: px(MARGIN),
    right: px(MARGIN + (besideIt >= aboveIt ? corner.width : 0)),
    bottom: px(MARGIN + (besideIt >= aboveIt ? 0 : corner.height)),
  };
}

/** Fits every box on screen clear of the minimap (the plain fit when there is no minimap to avoid). */
export function fitClearOfMinimap(flow: ReactFlowInstance, options: Omit<FitViewOptions, 'padding'>): void {
  const minimap = document.querySelector('.react-flow__minimap');
  const pane = minimap?.closest('.react-flow');
  if (!minimap || !pane) {
    void flow.fitView({ ...options, padding: 0.08 });
    return;
  }
  const area = pane.getBoundingClientRect();
  const map = minimap.getBoundingClientRect();
  const corner = { width: area.right - map.left, height: area.bottom - map.top };
  const bounds = flow.getNodesBounds(flow.getNodes());
  void flow.fitView({ ...options, padding: paddingClearOfCorner(area, bounds, corner) });
}

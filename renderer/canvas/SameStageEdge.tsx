/**
 * An arrow between two boxes of the same stage (one column): out of the source's right edge, round
 * in a bracket beside the column, and into the target's right edge. The bracket widens a little
 * with the distance so that nested links between the same boxes do not sit on top of each other.
 */
import { memo } from 'react';
import { BaseEdge, type EdgeProps } from '@xyflow/react';

export function bracketPath(
  sx: number,
  sy: number,
  tx: number,
  ty: number,
): { path: string; labelX: number; labelY: number } {
  const reach = 28 + Math.min(60, Math.abs(ty - sy) * 0.18);
  const x = Math.max(sx, tx) + reach;
  return {
    path: `M ${sx},${sy} C ${x},${sy} ${x},${ty} ${tx},${ty}`,
    // The curve's furthest point: three quarters of the way out, half way down.
    labelX: Math.max(sx, tx) + reach * 0.75,
    labelY: (sy + ty) / 2,
  };
}

function SameStageEdgeImpl({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  style,
  markerEnd,
  label,
  labelStyle,
  labelBgStyle,
  labelBgPadding,
  interactionWidth,
}: EdgeProps) {
  const { path, labelX, labelY } = bracketPath(sourceX, sourceY, targetX, targetY);
  return (
    <BaseEdge
      id={id}
      path={path}
      style={style}
      markerEnd={markerEnd}
      label={label}
      labelX={labelX}
      labelY={labelY}
      labelStyle={labelStyle}
      labelShowBg
      labelBgStyle={labelBgStyle}
      labelBgPadding={labelBgPadding}
      interactionWidth={interactionWidth}
    />
  );
}

export const SameStageEdge = memo(SameStageEdgeImpl);

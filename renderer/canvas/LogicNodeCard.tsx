/** One box of the logic model: stage colour on top, intervention stripe on the left, problems badge. */
import { memo } from 'react';
import { Handle, Position, useStore, type Node, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { SAME_STAGE_TARGET, type LogicNodeData } from './buildFlow.ts';
import { STAGE_PALETTE, type Role } from '../engine.ts';
import { STAGE_SINGULAR, formatNumber } from '../format.ts';
import { useCauseway } from '../store/context.tsx';
import { shownYear, type CausewayState } from '../store/createStore.ts';
import { projectionFor } from '../store/derived.ts';
import { Sparkline } from './Sparkline.tsx';

const NO_SERIES: readonly number[] = [];

/** The node's yearly values in the scenario shown (the memoised projection's own array). */
function nodeSeries(s: CausewayState, id: string): readonly number[] {
  const p = projectionFor(s.doc, s.scenarioId);
  return (p.ok ? p.value.nodes[id] : undefined) ?? NO_SERIES;
}

/** The role's tag on a box; a record over Role, so a new role cannot go without one. */
export const ROLE_LABEL: Record<Role, string> = {
  cost: 'Cost',
  privateCost: 'Private cost',
  gva: 'GVA',
  jobs: 'Jobs',
};

/** Below this zoom a box's small print cannot be read: it is drawn as its label alone. */
const DETAIL_ZOOM = 0.35;
const zoomedOut = (s: ReactFlowState) => s.transform[2] < DETAIL_ZOOM;

function classesOf(data: LogicNodeData, selected: boolean): string {
  const errors = data.problems.filter((p) => p.severity === 'error').length;
  return [
    'logic-node',
    selected ? 'is-selected' : '',
    data.problems.length ? (errors ? 'has-error' : 'has-warning') : '',
    data.active ? '' : 'is-inactive',
    data.dimmed ? 'is-dimmed' : '',
  ].join(' ');
}

/**
 * Where arrows join a compact box. React Flow measures a box once it is on screen and then takes its
 * arrows' ends from the handle elements it finds inside (the `source`/`target` classes and their
 * data attributes), replacing the handles buildFlow declares; a box with none loses every arrow.
 * Full <Handle> components subscribe to the store, which thousands of boxes at overview zoom cannot
 * afford, so a compact box carries three inert anchors in the same places (invisible, not drag
 * targets). The large-model end-to-end test counts the arrows drawn at overview zoom.
 */
function CompactAnchors() {
  return (
    <>
      <div className="react-flow__handle react-flow__handle-left target handle--anchor" data-handlepos="left" />
      <div className="react-flow__handle react-flow__handle-right source handle--anchor" data-handlepos="right" />
      <div
        className="react-flow__handle react-flow__handle-right target handle--anchor"
        data-handlepos="right"
        data-handleid={SAME_STAGE_TARGET}
      />
    </>
  );
}

/**
 * Zoomed out on a large model, every box is on screen at once: each is then only its label (no
 * values, no handle components, no subscription to the projection), so fitting 2,000 boxes stays
 * quick; its arrows join at inert anchors (CompactAnchors).
 */
function LogicNodeCardImpl(props: NodeProps<Node<LogicNodeData>>) {
  const compact = useStore(zoomedOut);
  if (!compact) return <DetailedCard {...props} />;
  const { data, selected } = props;
  return (
    <div
      className={`${classesOf(data, !!selected)} is-compact`}
      style={{ borderLeftColor: data.colour }}
      data-node-id={data.node.id}
      title={data.node.label}
    >
      <div className="logic-node__label">{data.node.label}</div>
      <CompactAnchors />
    </div>
  );
}

function DetailedCard({ data, selected }: NodeProps<Node<LogicNodeData>>) {
  const { node, colour, problems, interventionName } = data;
  // Read from the memoised projection here rather than carried in React Flow's node data, so a
  // parameter change re-renders only the boxes on screen whose value moved.
  const series = useCauseway((s) => nodeSeries(s, node.id));
  const year = useCauseway(shownYear);
  const startYear = useCauseway((s) => s.doc.horizon.startYear);
  const index = year - startYear;
  const value = series.length > index ? series[index]! : null;
  const stage = STAGE_PALETTE[node.stage] ?? STAGE_PALETTE['input']!;
  const classes = classesOf(data, !!selected);
  return (
    <div
      className={classes}
      style={{ borderLeftColor: colour }}
      title={
        problems.map((p) => p.message).join('\n') ||
        (data.active ? undefined : `Greyed out: ${interventionName ?? 'its intervention'} is off in the scenario shown`)
      }
      data-node-id={node.id}
    >
      {/* Handles are for the mouse (drag a link); the formula field links boxes from the keyboard. */}
      <Handle type="target" position={Position.Left} />
      <div className="logic-node__stage" style={{ color: stage.text }}>
        <span>{STAGE_SINGULAR[node.stage]}</span>
        {node.role ? <span className="logic-node__role">{ROLE_LABEL[node.role]}</span> : null}
        {series.length > 1 ? <Sparkline values={series} marked={index} /> : null}
        {node.expr ? (
          <span className="logic-node__f" title="Has a formula">
            ƒ
          </span>
        ) : null}
      </div>
      <div className="logic-node__label">{node.label}</div>
      <div className="logic-node__meta">
        <span className="logic-node__intervention">{interventionName ?? 'Shared context'}</span>
        {node.indicators?.length ? (
          <span className="logic-node__indicators" title="Monitoring indicators">
            {node.indicators.length} indicator{node.indicators.length === 1 ? '' : 's'}
          </span>
        ) : null}
        {value !== null ? (
          <span className="logic-node__value" title={`Value in ${year}; the small line shows every year`}>
            {year}: {formatNumber(Number(value.toPrecision(4)))}
            {node.unit ? ` ${node.unit}` : ''}
          </span>
        ) : null}
      </div>
      {problems.length > 0 ? (
        <span
          className="logic-node__badge"
          role="img"
          aria-label={`${problems.length} problem${problems.length === 1 ? '' : 's'}`}
        >
          {problems.length}
        </span>
      ) : null}
      <Handle type="source" position={Position.Right} />
      {/* Where arrows from a box in the same stage come in. buildFlow declares it too, but React Flow
          replaces declared handles with the ones it finds in the box once it has measured the box,
          so without this element those arrows vanish. */}
      <Handle
        type="target"
        id={SAME_STAGE_TARGET}
        position={Position.Right}
        isConnectable={false}
        className="handle--anchor"
      />
    </div>
  );
}

export const LogicNodeCard = memo(LogicNodeCardImpl);

function LaneImpl({ data }: NodeProps<Node<{ label: string; stage: string; height: number }>>) {
  const stage = STAGE_PALETTE[data.stage] ?? STAGE_PALETTE['input']!;
  return (
    <div className="lane" style={{ background: stage.tint, height: data.height }}>
      <div className="lane__title" style={{ color: stage.text, borderBottomColor: stage.fill }}>
        {data.label}
      </div>
    </div>
  );
}

export const LaneNode = memo(LaneImpl);

/**
 * A collapsed group: every box of one intervention in one stage, drawn as one box that says how
 * many it stands for and how many problems they have, with a button to show them again.
 */
import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { GroupNodeData } from './buildFlow.ts';
import { STAGE_PALETTE } from '../engine.ts';
import { STAGE_LABELS } from '../format.ts';
import { useCauswayStore } from '../store/context.tsx';
import { toggled } from './canvasView.ts';

function GroupBoxImpl({ data }: NodeProps<Node<GroupNodeData>>) {
  const store = useCauswayStore();
  const stage = STAGE_PALETTE[data.stage] ?? STAGE_PALETTE['input']!;
  const expand = () => {
    const view = store.getState().canvasView;
    store.getState().setCanvasView({
      ...view,
      collapsedInterventions: toggled(view.collapsedInterventions, data.intervention, false),
      collapsedStages: toggled(view.collapsedStages, data.stage, false),
    });
  };
  const what = (STAGE_LABELS[data.stage] ?? data.stage).toLowerCase();
  return (
    <div
      className={`logic-node group-box ${data.problems ? 'has-error' : ''} ${data.active ? '' : 'is-inactive'}`}
      style={{ borderLeftColor: data.colour }}
      data-group={`${data.intervention}:${data.stage}`}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="logic-node__stage" style={{ color: stage.text }}>
        <span>
          {data.count.toLocaleString('en-GB')} {what}
        </span>
        {data.problems ? <span className="group-box__problems">{data.problems} problems</span> : null}
      </div>
      <div className="logic-node__label">{data.interventionName}</div>
      <button type="button" className="btn-link group-box__expand nodrag" onClick={expand}>
        Show the {data.count.toLocaleString('en-GB')} boxes
      </button>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

export const GroupBox = memo(GroupBoxImpl);

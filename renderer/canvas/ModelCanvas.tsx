/**
 * The logic-model canvas. React Flow renders a view built from the document (buildFlow); dragging is
 * kept locally while the pointer moves and written to `logicModel.layout` once, on drop, so a drag is
 * one undo step and the store is not flooded with intermediate positions. Selection is part of the
 * build, so selecting a box hands React Flow the same objects for every other box (it compares them
 * by identity) and costs one box, not the whole model.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  applyNodeChanges,
  useReactFlow,
  type Connection,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import {
  COLUMN_PITCH,
  STAGES,
  addLink,
  deleteLinks,
  deleteNodes,
  fillMissingLayout,
  laneAt,
  laneColumn,
  resolveScenario,
  setLayout,
  updateNode,
  STAGE_PALETTE,
} from '../engine.ts';
import {
  selectDoc,
  selectEdit,
  selectScenarioId,
  selectSelection,
  useCauseway,
  useCauswayStore,
} from '../store/context.tsx';
import { diagnosticsByTarget, useProblems } from '../store/derived.ts';
import {
  LARGE_MODEL,
  NODE_WIDTH,
  buildFlow,
  createFlowCache,
  type GroupNodeData,
  type LogicNodeData,
} from './buildFlow.ts';
import { LaneNode, LogicNodeCard } from './LogicNodeCard.tsx';
import { GroupBox } from './GroupBox.tsx';
import { isGroupId } from './canvasView.ts';
import { SameStageEdge } from './SameStageEdge.tsx';
import type { CausewayState } from '../store/createStore.ts';
import { deleteLinksSaying } from './linkActions.ts';
import { fitClearOfMinimap } from './fitClearOfMinimap.ts';

const nodeTypes = { logic: LogicNodeCard, lane: LaneNode, groupBox: GroupBox };
const edgeTypes = { stage: SameStageEdge };
const selectFocus = (s: { focusRequest: number }) => s.focusRequest;
const selectView = (s: CausewayState) => s.canvasView;

function miniMapColour(node: Node): string {
  if (node.type === 'lane') return 'transparent';
  const stage = node.type === 'groupBox' ? (node.data as GroupNodeData).stage : (node.data as LogicNodeData).node.stage;
  return STAGE_PALETTE[stage]?.fill ?? '#8a94a3';
}

/** The boxes with `selected` set on the one selected box only, reusing every unchanged object. */
function withSelection(nodes: Node[], selectedId: string | null): Node[] {
  return nodes.map((n) => ((n.id === selectedId) === !!n.selected ? n : { ...n, selected: n.id === selectedId }));
}

export function ModelCanvas({ search }: { search: string }) {
  const doc = useCauseway(selectDoc);
  const edit = useCauseway(selectEdit);
  const scenarioId = useCauseway(selectScenarioId);
  const selection = useCauseway(selectSelection);
  const focusRequest = useCauseway(selectFocus);
  const store = useCauswayStore();
  const diagnostics = useProblems();
  const view = useCauseway(selectView);
  const flow = useReactFlow();

  const layout = useMemo(() => fillMissingLayout(doc), [doc]);
  const problems = useMemo(() => diagnosticsByTarget(doc, diagnostics), [doc, diagnostics]);
  const activeInterventions = useMemo(() => {
    const scenario = doc.scenarios.find((s) => s.id === scenarioId);
    return new Set(scenario ? resolveScenario(doc, scenario).interventions.value : []);
  }, [doc, scenarioId]);
  const cache = useMemo(() => createFlowCache(), []);
  const selectedNode = selection?.kind === 'node' ? selection.id : null;
  const built = useMemo(
    () => buildFlow({ doc, layout, problems, activeInterventions, search, view }, cache),
    [doc, layout, problems, activeInterventions, search, view, cache],
  );
  // Selection touches two boxes: every other object (and the edge list) stays the same.
  const synced = useMemo(() => withSelection(built.nodes, selectedNode), [built, selectedNode]);

  // Local copy so that dragging is smooth; replaced whenever the document (or the view of it) changes.
  const [nodes, setNodes] = useState<Node[]>(synced);
  const [syncedFrom, setSyncedFrom] = useState(synced);
  if (syncedFrom !== synced) {
    setSyncedFrom(synced);
    setNodes(synced);
  }
  const selectedLink = selection?.kind === 'link' ? selection.id : null;
  const edges = useMemo<Edge[]>(
    () => (selectedLink ? built.edges.map((e) => (e.id === selectedLink ? { ...e, selected: true } : e)) : built.edges),
    [built, selectedLink],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      // Selection (a click, or Enter on a focused box) goes straight to the store, whose selection
      // the next build carries: one render per click, not one for React Flow's copy and another
      // for the store's. Removal goes through onDelete (one undoable edit). Boxes have a fixed,
      // declared size, so React Flow's dimension reports are dropped rather than copied into new
      // objects for every box on screen.
      const picked = changes.find((c) => c.type === 'select' && c.selected);
      if (picked && 'id' in picked && !isGroupId(picked.id)) store.getState().select({ kind: 'node', id: picked.id });
      const kept = changes.filter((c) => c.type === 'position' || c.type === 'add' || c.type === 'replace');
      if (kept.length > 0) setNodes((current) => applyNodeChanges(kept, current));
    },
    [store],
  );

  // Dropping a box in another lane moves it to that stage; positions snap to the lane.
  const onNodeDragStop = useCallback(
    (_: unknown, _node: Node, dragged: Node[]) => {
      const moved = dragged
        .filter((n) => n.type === 'logic')
        .map((n) => {
          const k = laneAt(built.lanes, n.position.x + NODE_WIDTH / 2);
          const lane = built.lanes[k]!;
          const x = lane.left + laneColumn(lane, n.position.x) * COLUMN_PITCH;
          return { id: n.id, stage: STAGES[k]!, x, y: Math.round(n.position.y) };
        });
      if (moved.length === 0) return;
      edit(
        (d) => {
          let next = setLayout(d, Object.fromEntries(moved.map((m) => [m.id, { x: m.x, y: m.y }])));
          for (const m of moved)
            if (next.logicModel.nodes.find((n) => n.id === m.id)?.stage !== m.stage)
              next = updateNode(next, m.id, { stage: m.stage });
          return next;
        },
        { log: moved.length === 1 ? `Moved ${moved[0]!.id}` : `Moved ${moved.length} boxes` },
      );
    },
    [edit, built.lanes],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      let linkId: string | null = null;
      edit(
        (d) => {
          const out = addLink(d, c.source, c.target, { evidence: 'none' });
          linkId = out.id;
          return out.doc;
        },
        { log: `Linked ${c.source} to ${c.target}` },
      );
      if (linkId) store.getState().select({ kind: 'link', id: linkId });
    },
    [edit, store],
  );

  const onDelete = useCallback(
    ({ nodes: gone, edges: goneEdges }: { nodes: Node[]; edges: Edge[] }) => {
      const nodeIds = gone.filter((n) => n.type === 'logic').map((n) => n.id);
      const linkIds = goneEdges.map((e) => e.id).filter((id) => !id.startsWith('grouped:'));
      if (nodeIds.length === 0) {
        // Arrows alone (Delete on a selected arrow): say so when a formula needs one.
        deleteLinksSaying(store, linkIds);
        return;
      }
      edit((d) => deleteNodes(deleteLinks(d, linkIds), nodeIds), { log: `Deleted ${nodeIds.join(', ')}` });
      store.getState().select(null);
    },
    [edit, store],
  );

  // Enter or Space on a focused arrow (React Flow's keyboard selection) selects it in the store, as a
  // click does; Escape on it clears the selection.
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const picked = changes.find((c) => c.type === 'select' && c.selected);
      if (picked && 'id' in picked && !picked.id.startsWith('grouped:')) {
        store.getState().select({ kind: 'link', id: picked.id });
        return;
      }
      const sel = store.getState().selection;
      if (sel?.kind === 'link' && changes.some((c) => c.type === 'select' && !c.selected && c.id === sel.id)) {
        // Selecting a box deselects the arrow in the same batch; only a lone deselection clears.
        if (!changes.some((c) => c.type === 'select' && c.selected)) store.getState().select(null);
      }
    },
    [store],
  );

  const onEdgeClick = useCallback(
    (_: unknown, edge: Edge) => {
      if (!edge.id.startsWith('grouped:')) store.getState().select({ kind: 'link', id: edge.id });
    },
    [store],
  );

  // Jump to the selection when asked (problems list, search).
  useEffect(() => {
    if (focusRequest === 0) return;
    const sel = store.getState().selection;
    if (!sel) return;
    const nodeId = sel.kind === 'node' ? sel.id : doc.logicModel.links.find((l) => l.id === sel.id)?.to;
    const at = nodeId ? flow.getNode(nodeId)?.position : undefined;
    if (at) void flow.setCenter(at.x + 100, at.y + 30, { zoom: Math.max(flow.getZoom(), 1), duration: 250 });
    // Only a new request should move the view, not every edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onNodeDragStop={onNodeDragStop}
      onConnect={onConnect}
      onDelete={onDelete}
      onEdgesChange={onEdgesChange}
      onEdgeClick={onEdgeClick}
      onPaneClick={() => store.getState().select(null)}
      deleteKeyCode={['Delete', 'Backspace']}
      fitView={doc.logicModel.nodes.length <= LARGE_MODEL}
      fitViewOptions={{ padding: 0.08, minZoom: 0.02 }}
      // Once the minimap is on screen, fit again clear of it (the built-in fit uses the whole pane).
      onInit={(instance) => {
        if (doc.logicModel.nodes.length <= LARGE_MODEL)
          requestAnimationFrame(() => fitClearOfMinimap(instance, { minZoom: 0.02 }));
      }}
      defaultViewport={{ x: 20, y: 10, zoom: 0.8 }}
      minZoom={0.02}
      maxZoom={2}
      onlyRenderVisibleElements={doc.logicModel.nodes.length > 200}
      elevateEdgesOnSelect={false}
      proOptions={{ hideAttribution: true }}
      aria-label="Logic model canvas"
    >
      <Background gap={20} size={1} color="#e3e7ec" />
      <MiniMap
        pannable
        zoomable
        nodeColor={miniMapColour}
        nodeStrokeWidth={0}
        ariaLabel="Overview of the logic model"
      />
      <Controls showInteractive={false} onFitView={() => fitClearOfMinimap(flow, { minZoom: 0.02 })} />
    </ReactFlow>
  );
}

/**
 * The logic-model canvas. React Flow renders a view built from the document (buildFlow); dragging is
 * kept locally while the pointer moves and written to `logicModel.layout` once, on drop, so a drag is
 * one undo step and the store is not flooded with intermediate positions.
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
  type Node,
  type NodeChange,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import {
  STAGES,
  addLink,
  deleteLinks,
  deleteNodes,
  fillMissingLayout,
  laneX,
  setLayout,
  updateNode,
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
import { LARGE_MODEL, buildFlow, createFlowCache, rememberMeasured, type LogicNodeData } from './buildFlow.ts';
import { LaneNode, LogicNodeCard } from './LogicNodeCard.tsx';
import { STAGE_COLOURS } from '../colours.ts';
import { SameStageEdge } from './SameStageEdge.tsx';

const nodeTypes = { logic: LogicNodeCard, lane: LaneNode };
const edgeTypes = { stage: SameStageEdge };
const selectFocus = (s: { focusRequest: number }) => s.focusRequest;

function miniMapColour(node: Node): string {
  if (node.type === 'lane') return 'transparent';
  const stage = (node.data as LogicNodeData).node.stage;
  return STAGE_COLOURS[stage]?.fill ?? '#8a94a3';
}

export function ModelCanvas({ search }: { search: string }) {
  const doc = useCauseway(selectDoc);
  const edit = useCauseway(selectEdit);
  const scenarioId = useCauseway(selectScenarioId);
  const selection = useCauseway(selectSelection);
  const focusRequest = useCauseway(selectFocus);
  const store = useCauswayStore();
  const diagnostics = useProblems();
  const flow = useReactFlow();

  const layout = useMemo(() => fillMissingLayout(doc), [doc]);
  const problems = useMemo(() => diagnosticsByTarget(doc, diagnostics), [doc, diagnostics]);
  const activeInterventions = useMemo(
    () => new Set(doc.scenarios.find((s) => s.id === scenarioId)?.interventions ?? []),
    [doc, scenarioId],
  );
  const cache = useMemo(() => createFlowCache(), []);
  const built = useMemo(
    () => buildFlow({ doc, layout, problems, activeInterventions, search }, cache),
    [doc, layout, problems, activeInterventions, search, cache],
  );

  // Local copy so that dragging is smooth; rebuilt whenever the document (or the view of it) changes.
  const synced = useMemo(
    () => built.nodes.map((n) => (selection?.kind === 'node' && n.id === selection.id ? { ...n, selected: true } : n)),
    [built, selection],
  );
  const [nodes, setNodes] = useState<Node[]>(synced);
  const [syncedFrom, setSyncedFrom] = useState(synced);
  if (syncedFrom !== synced) {
    setSyncedFrom(synced);
    setNodes(synced);
  }
  const edges = useMemo<Edge[]>(
    () => built.edges.map((e) => (selection?.kind === 'link' && e.id === selection.id ? { ...e, selected: true } : e)),
    [built, selection],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      // Removal goes through onDelete (one undoable edit); selection through onSelectionChange.
      setNodes((current) => {
        const next = applyNodeChanges(
          changes.filter((c) => c.type !== 'remove'),
          current,
        );
        // Remember the copies React Flow measured, so the next build hands them back unchanged and
        // React Flow does not re-measure every box after each edit.
        rememberMeasured(cache, next);
        return next;
      });
    },
    [cache],
  );

  // Dropping a box in another lane moves it to that stage; positions snap to the lane.
  const onNodeDragStop = useCallback(
    (_: unknown, _node: Node, dragged: Node[]) => {
      const moved = dragged
        .filter((n) => n.type === 'logic')
        .map((n) => {
          const lane = Math.min(
            STAGES.length - 1,
            Math.max(0, Math.round((n.position.x - laneX(0)) / (laneX(1) - laneX(0)))),
          );
          return { id: n.id, stage: STAGES[lane]!, x: laneX(lane), y: Math.round(n.position.y) };
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
    [edit],
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
      const linkIds = goneEdges.map((e) => e.id);
      if (nodeIds.length === 0 && linkIds.length === 0) return;
      edit((d) => deleteNodes(deleteLinks(d, linkIds), nodeIds), {
        log: nodeIds.length ? `Deleted ${nodeIds.join(', ')}` : `Deleted ${linkIds.length} link(s)`,
      });
      store.getState().select(null);
    },
    [edit, store],
  );

  const onSelectionChange = useCallback(
    ({ nodes: selNodes, edges: selEdges }: OnSelectionChangeParams) => {
      const current = store.getState().selection;
      const node = selNodes.find((n) => n.type === 'logic');
      const next = node
        ? { kind: 'node' as const, id: node.id }
        : selEdges[0]
          ? { kind: 'link' as const, id: selEdges[0].id }
          : null;
      if (next?.id !== current?.id || next?.kind !== current?.kind) {
        if (next || selNodes.length + selEdges.length === 0) store.getState().select(next);
      }
    },
    [store],
  );

  // Jump to the selection when asked (problems list, search).
  useEffect(() => {
    if (focusRequest === 0) return;
    const sel = store.getState().selection;
    if (!sel) return;
    const nodeId = sel.kind === 'node' ? sel.id : doc.logicModel.links.find((l) => l.id === sel.id)?.to;
    const at = nodeId ? layout[nodeId] : undefined;
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
      onSelectionChange={onSelectionChange}
      onPaneClick={() => store.getState().select(null)}
      deleteKeyCode={['Delete', 'Backspace']}
      fitView={doc.logicModel.nodes.length <= LARGE_MODEL}
      fitViewOptions={{ padding: 0.08 }}
      defaultViewport={{ x: 20, y: 10, zoom: 0.8 }}
      minZoom={0.05}
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
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}

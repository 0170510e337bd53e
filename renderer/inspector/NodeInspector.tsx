/** Edits one logic-model box: every field of the node, with its formula and its problems. */
import { useState } from 'react';
import {
  EVIDENCE_LEVELS,
  ROLES,
  STAGES,
  deleteNode,
  duplicateNode,
  changeNodeStage,
  renameNodeId,
  updateNode,
  type Diagnostic,
  type LogicNode,
  type Role,
  type ScenarioDocument,
} from '../engine.ts';
import { selectEdit, useCauseway, useCauswayStore } from '../store/context.tsx';
import { Field, Select } from '../common/fields.tsx';
import { FormulaField } from './FormulaField.tsx';
import { InterventionField } from './InterventionField.tsx';
import { InactiveNote } from './InactiveNote.tsx';
import { TimeProfileEditor } from './TimeProfileEditor.tsx';
import { STAGE_SINGULAR } from '../format.ts';
import { IndicatorsSection } from '../monitoring/IndicatorsSection.tsx';
import { TraceButton } from '../trace/TraceHost.tsx';
import { BoxLinks } from './BoxLinks.tsx';
import { EVIDENCE_LABELS } from './LinkInspector.tsx';

/** The sector list's last choice: add a sector where sectors are kept (Assumptions). */
const NEW_SECTOR = '__new-sector';

/** Every role by its own name (a record over Role, so a new role cannot go unnamed). */
const ROLE_OPTION_LABEL: Record<Role, string> = {
  cost: 'Public cost (£m)',
  privateCost: 'Private cost (£m)',
  gva: 'Gross GVA (£m)',
  jobs: 'Gross jobs',
};

function IdField({ node }: { node: LogicNode }) {
  const edit = useCauseway(selectEdit);
  const store = useCauswayStore();
  const [text, setText] = useState(node.id);
  // Reset the draft when another node's id arrives (undo, rename elsewhere), without an effect.
  const [shownId, setShownId] = useState(node.id);
  if (shownId !== node.id) {
    setShownId(node.id);
    setText(node.id);
  }
  const valid = /^[a-z][a-z0-9_]*$/.test(text);
  const commit = () => {
    if (text === node.id) return;
    const before = store.getState().doc;
    edit((d) => renameNodeId(d, node.id, text), { log: `Renamed ${node.id} to ${text}` });
    if (store.getState().doc !== before) store.getState().select({ kind: 'node', id: text });
    else setText(node.id);
  };
  return (
    <Field
      label="Formula name"
      hint="Used in other formulas; renaming updates them."
      error={valid ? undefined : 'Lower-case letters, digits and _ only, starting with a letter.'}
    >
      {(id) => (
        <input
          id={id}
          className="mono"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      )}
    </Field>
  );
}

export function NodeInspector({
  doc,
  node,
  problems,
}: {
  doc: ScenarioDocument;
  node: LogicNode;
  problems: Diagnostic[];
}) {
  const edit = useCauseway(selectEdit);
  const store = useCauswayStore();
  const set = (patch: Partial<LogicNode>, what: string) =>
    edit((d) => updateNode(d, node.id, patch), {
      coalesce: `${what}:${node.id}`,
      log: `Changed the ${what} of ${node.label}`,
    });
  const formulaProblems = problems.filter(
    (p) => /\.expr$/.test(p.path) || !/\.(label|sector|role|stage|intervention)$/.test(p.path),
  );
  const sectorProblems = problems.filter((p) => /\.(sector|role)$/.test(p.path));
  const [profiling, setProfiling] = useState(false);
  // Sectors are kept in Assumptions: go there with its "Sector to add" list in focus (once drawn).
  const addSectorElsewhere = () => {
    store.getState().setView('assumptions');
    requestAnimationFrame(() => document.querySelector<HTMLElement>('select[aria-label="Sector to add"]')?.focus());
  };
  return (
    <div className="inspector__body">
      <header className="inspector__header">
        <h2 tabIndex={-1} data-inspector-heading>
          {STAGE_SINGULAR[node.stage]}
        </h2>
        <div className="inspector__actions">
          {node.expr ? <TraceButton request={{ target: { node: node.id } }} /> : null}
          <button
            type="button"
            className="btn btn--small"
            onClick={() => {
              let newId = node.id;
              edit(
                (d) => {
                  const out = duplicateNode(d, node.id);
                  newId = out.id;
                  return out.doc;
                },
                { log: `Duplicated ${node.label}` },
              );
              store.getState().select({ kind: 'node', id: newId }, true);
            }}
          >
            Duplicate
          </button>
          <button
            type="button"
            className="btn btn--small btn--danger"
            onClick={() => {
              edit((d) => deleteNode(d, node.id), { log: `Deleted ${node.label}` });
              store.getState().select(null);
            }}
          >
            Delete
          </button>
        </div>
      </header>
      <InactiveNote doc={doc} node={node} />
      <Field label="Label">
        {(id) => <input id={id} value={node.label} onChange={(e) => set({ label: e.target.value }, 'label')} />}
      </Field>
      <IdField node={node} />
      <div className="field-row">
        <Field label="Stage">
          {(id) => (
            <Select
              id={id}
              value={node.stage}
              options={STAGES.map((s) => ({ value: s, label: STAGE_SINGULAR[s]! }))}
              onChange={(v) =>
                edit((d) => changeNodeStage(d, node.id, v), { log: `Moved ${node.label} to ${STAGE_SINGULAR[v]}` })
              }
            />
          )}
        </Field>
        <InterventionField doc={doc} node={node} />
      </div>
      <Field label="Formula (each year)">
        {(id) => <FormulaField doc={doc} nodeId={node.id} id={id} modelProblems={formulaProblems} />}
      </Field>
      {profiling ? (
        <TimeProfileEditor doc={doc} node={node} onClose={() => setProfiling(false)} />
      ) : (
        <button type="button" className="btn btn--small" onClick={() => setProfiling(true)}>
          Time profile…
        </button>
      )}
      <div className="field-row">
        <Field label="Unit">
          {(id) => (
            <input
              id={id}
              value={node.unit ?? ''}
              placeholder="e.g. £m, firms"
              onChange={(e) => set({ unit: e.target.value }, 'unit')}
            />
          )}
        </Field>
        <Field label="Role in results">
          {(id) => (
            <Select
              id={id}
              value={node.role ?? ''}
              options={[
                { value: '', label: 'Intermediate' },
                ...ROLES.map((r) => ({ value: r, label: ROLE_OPTION_LABEL[r] })),
              ]}
              onChange={(v) => set({ role: (v || undefined) as LogicNode['role'] }, 'role')}
            />
          )}
        </Field>
      </div>
      {node.role === 'gva' || node.role === 'jobs' || node.sector ? (
        <Field label="Sector" error={sectorProblems[0]?.message}>
          {(id) => (
            <Select
              id={id}
              value={node.sector ?? ''}
              options={[
                { value: '', label: doc.baseline.sectors.length ? 'Choose a sector…' : 'No sectors yet' },
                ...doc.baseline.sectors.map((s) => ({ value: s.id, label: `${s.name} (${s.id})` })),
                { value: NEW_SECTOR, label: 'New sector… (in Assumptions)' },
              ]}
              onChange={(v) => (v === NEW_SECTOR ? addSectorElsewhere() : set({ sector: v || undefined }, 'sector'))}
            />
          )}
        </Field>
      ) : null}
      <Field label="Evidence strength">
        {(id) => (
          <Select
            id={id}
            value={node.evidence ?? 'none'}
            options={EVIDENCE_LEVELS.map((e) => ({ value: e, label: EVIDENCE_LABELS[e]! }))}
            onChange={(v) => set({ evidence: v === 'none' ? undefined : v }, 'evidence')}
          />
        )}
      </Field>
      <Field label="Notes and sources">
        {(id) => (
          <textarea
            id={id}
            rows={3}
            value={node.notes ?? ''}
            onChange={(e) => set({ notes: e.target.value }, 'notes')}
          />
        )}
      </Field>
      <BoxLinks doc={doc} node={node} />
      <IndicatorsSection node={node} />
    </div>
  );
}

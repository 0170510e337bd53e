/**
 * The formula editor: live validation by the core's own analyser (the same rules the engine applies),
 * name completion for nodes, parameters and functions, and a one-click fix for missing links.
 */
import { useMemo, useRef, useState } from 'react';
import {
  FORMULA_FUNCTIONS,
  addLink,
  analyseFormula,
  updateNode,
  type Diagnostic,
  type ScenarioDocument,
} from '../engine.ts';
import { selectEdit, useCauseway } from '../store/context.tsx';
import { CreateParameterOffer, unknownName } from './CreateParameterOffer.tsx';

interface Suggestion {
  name: string;
  kind: 'node' | 'parameter' | 'function';
  detail: string;
  insert: string;
}

function currentWord(text: string, caret: number): { start: number; word: string } {
  const before = text.slice(0, caret);
  const match = /[A-Za-z_][A-Za-z0-9_]*$/.exec(before);
  return match ? { start: caret - match[0].length, word: match[0] } : { start: caret, word: '' };
}

export function FormulaField({
  doc,
  nodeId,
  id,
  modelProblems,
}: {
  doc: ScenarioDocument;
  nodeId: string;
  id: string;
  modelProblems: Diagnostic[];
}) {
  const edit = useCauseway(selectEdit);
  const node = doc.logicModel.nodes.find((n) => n.id === nodeId);
  const expr = node?.expr ?? '';
  const area = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);

  const names = useMemo(
    () => ({ nodes: doc.logicModel.nodes.map((n) => n.id), parameters: Object.keys(doc.parameters) }),
    [doc.logicModel.nodes, doc.parameters],
  );
  const analysis = useMemo(() => (expr.trim() ? analyseFormula(expr, names) : null), [expr, names]);
  const linkedIn = useMemo(
    () => new Set(doc.logicModel.links.filter((l) => l.to === nodeId).map((l) => l.from)),
    [doc.logicModel.links, nodeId],
  );
  const missingLinks = analysis?.expr ? analysis.nodeRefs.filter((r) => r !== nodeId && !linkedIn.has(r)) : [];

  const suggestions = useMemo<Suggestion[]>(() => {
    if (caret === null) return [];
    const { word } = currentWord(expr, caret);
    if (word.length < 1) return [];
    const w = word.toLowerCase();
    const all: Suggestion[] = [
      ...doc.logicModel.nodes
        .filter((n) => n.id !== nodeId)
        .map((n) => ({ name: n.id, kind: 'node' as const, detail: n.label, insert: n.id })),
      ...Object.entries(doc.parameters).map(([pid, p]) => ({
        name: pid,
        kind: 'parameter' as const,
        detail: p.label ?? '',
        insert: pid,
      })),
      ...FORMULA_FUNCTIONS.map((f) => ({
        name: f.name,
        kind: 'function' as const,
        detail: f.signature,
        insert: `${f.name}(`,
      })),
    ];
    return all.filter((s) => s.name.toLowerCase().startsWith(w) && s.name !== word).slice(0, 8);
  }, [caret, expr, doc.logicModel.nodes, doc.parameters, nodeId]);

  const setExpr = (value: string) =>
    edit((d) => updateNode(d, nodeId, { expr: value }), {
      coalesce: `expr:${nodeId}`,
      log: `Changed the formula of ${node?.label ?? nodeId}`,
    });

  const accept = (s: Suggestion) => {
    if (caret === null) return;
    const { start } = currentWord(expr, caret);
    const next = expr.slice(0, start) + s.insert + expr.slice(caret);
    setExpr(next);
    const at = start + s.insert.length;
    requestAnimationFrame(() => {
      area.current?.setSelectionRange(at, at);
      setCaret(at);
    });
  };

  const formulaErrors = analysis?.diagnostics ?? [];
  // The model check repeats a formula's own errors with the node's name; show each problem once.
  const problems = [
    ...formulaErrors,
    ...modelProblems.filter(
      (m) => !formulaErrors.some((f) => m.message === f.message || m.message.endsWith(f.message)),
    ),
  ];
  const listId = `${id}-suggestions`;
  return (
    <div className="formula">
      <textarea
        id={id}
        ref={area}
        className={`formula__input ${problems.some((p) => p.severity === 'error') ? 'is-invalid' : ''}`}
        value={expr}
        rows={3}
        spellCheck={false}
        placeholder="e.g. grant / cost_per_firm"
        aria-describedby={`${id}-status`}
        aria-autocomplete="list"
        aria-controls={suggestions.length ? listId : undefined}
        onChange={(e) => {
          setExpr(e.target.value);
          setCaret(e.target.selectionStart);
          setActive(0);
        }}
        onSelect={(e) => setCaret((e.target as HTMLTextAreaElement).selectionStart)}
        onBlur={() => setTimeout(() => setCaret(null), 150)}
        onKeyDown={(e) => {
          if (suggestions.length === 0) return;
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => (a + 1) % suggestions.length);
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => (a - 1 + suggestions.length) % suggestions.length);
          } else if (e.key === 'Enter' || e.key === 'Tab') {
            e.preventDefault();
            accept(suggestions[active] ?? suggestions[0]!);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            setCaret(null);
          }
        }}
      />
      {suggestions.length > 0 ? (
        <ul className="formula__suggestions" role="listbox" id={listId} aria-label="Name suggestions">
          {suggestions.map((s, k) => (
            <li
              key={`${s.kind}:${s.name}`}
              role="option"
              aria-selected={k === active}
              className={k === active ? 'is-active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                accept(s);
              }}
            >
              <span className={`chip chip--${s.kind}`}>
                {s.kind === 'parameter' ? 'param' : s.kind === 'function' ? 'fn' : 'node'}
              </span>
              <code>{s.name}</code>
              <span className="formula__detail">{s.detail}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <div id={`${id}-status`} className="formula__status" aria-live="polite">
        {!expr.trim() ? (
          <span className="muted">No formula: a qualitative box.</span>
        ) : problems.length === 0 ? (
          <span className="ok">✓ Formula is valid</span>
        ) : (
          <ul className="diag-list">
            {problems.map((p, k) => (
              <li key={k} className={`diag diag--${p.severity}`}>
                {p.message}
              </li>
            ))}
          </ul>
        )}
        {[...new Set(problems.map((p) => unknownName(p.message)).filter((n): n is string => n !== null))].map(
          (name) => (
            <CreateParameterOffer key={name} name={name} />
          ),
        )}
        {missingLinks.length > 0 ? (
          <button
            type="button"
            className="btn btn--small"
            onClick={() =>
              edit((d) => missingLinks.reduce((acc, from) => addLink(acc, from, nodeId, { evidence: 'none' }).doc, d), {
                log: `Linked ${missingLinks.join(', ')} into ${nodeId}`,
              })
            }
          >
            Add missing link{missingLinks.length > 1 ? 's' : ''} from {missingLinks.join(', ')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

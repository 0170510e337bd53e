/** Edits one arrow of the logic model: why A leads to B and how strong the evidence is. */
import {
  EVIDENCE_LEVELS,
  deleteLink,
  updateLink,
  type Diagnostic,
  type Link,
  type ScenarioDocument,
} from '../engine.ts';
import { selectEdit, useCauseway, useCauswayStore } from '../store/context.tsx';
import { Field, Select } from '../common/fields.tsx';
import { formulaReferences } from '../canvas/buildFlow.ts';

const EVIDENCE_LABELS: Record<string, string> = {
  strong: 'Strong',
  moderate: 'Moderate',
  weak: 'Weak',
  none: 'None stated',
};

export function LinkInspector({ doc, link, problems }: { doc: ScenarioDocument; link: Link; problems: Diagnostic[] }) {
  const edit = useCauseway(selectEdit);
  const store = useCauswayStore();
  const from = doc.logicModel.nodes.find((n) => n.id === link.from);
  const to = doc.logicModel.nodes.find((n) => n.id === link.to);
  const quantified =
    !!to?.expr &&
    formulaReferences(
      to.expr,
      doc.logicModel.nodes.map((n) => n.id),
      Object.keys(doc.parameters),
    ).has(link.from);
  const set = (patch: Partial<Link>, what: string) =>
    edit((d) => updateLink(d, link.id, patch), {
      coalesce: `${what}:${link.id}`,
      log: `Changed the ${what} of the link ${link.from} → ${link.to}`,
    });
  return (
    <div className="inspector__body">
      <header className="inspector__header">
        <h2>Link</h2>
        <div className="inspector__actions">
          <button
            type="button"
            className="btn btn--small btn--danger"
            onClick={() => {
              edit((d) => deleteLink(d, link.id), { log: `Deleted the link ${link.from} → ${link.to}` });
              store.getState().select(null);
            }}
          >
            Delete
          </button>
        </div>
      </header>
      <p className="link-summary">
        <strong>{from?.label ?? link.from}</strong> → <strong>{to?.label ?? link.to}</strong>
      </p>
      <p className={`pill ${quantified ? 'pill--quant' : 'pill--qual'}`}>
        {quantified
          ? `Quantified: the formula of “${to?.label}” uses ${link.from}`
          : 'Qualitative: the target’s formula does not use this box'}
      </p>
      {problems.length > 0 ? (
        <ul className="diag-list">
          {problems.map((p, k) => (
            <li key={k} className={`diag diag--${p.severity}`}>
              {p.message}
            </li>
          ))}
        </ul>
      ) : null}
      <Field label="Evidence strength">
        {(id) => (
          <Select
            id={id}
            value={link.evidence ?? 'none'}
            options={EVIDENCE_LEVELS.map((e) => ({ value: e, label: EVIDENCE_LABELS[e]! }))}
            onChange={(v) => set({ evidence: v }, 'evidence')}
          />
        )}
      </Field>
      <Field label="Rationale" hint="Why does this lead to that? Cite the evidence.">
        {(id) => (
          <textarea
            id={id}
            rows={5}
            value={link.rationale ?? ''}
            onChange={(e) => set({ rationale: e.target.value }, 'rationale')}
          />
        )}
      </Field>
    </div>
  );
}

/**
 * Edits one arrow of the logic model: why A leads to B and how strong the evidence is, and deletes it
 * (saying first when the target's formula uses the source, since deleting it then leaves a problem).
 * The boxes at either end are buttons, so a keyboard user can go from an arrow to its boxes and, from
 * a box's own list of arrows (BoxLinks), back to any arrow.
 */
import {
  EVIDENCE_LEVELS,
  isQuantifiedLink,
  updateLink,
  type Diagnostic,
  type Link,
  type ScenarioDocument,
} from '../engine.ts';
import { selectEdit, useCauseway, useCauswayStore } from '../store/context.tsx';
import { Field, Select } from '../common/fields.tsx';
import { deleteLinksSaying } from '../canvas/linkActions.ts';

export const EVIDENCE_LABELS: Record<string, string> = {
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
  const fromLabel = from?.label ?? link.from;
  const toLabel = to?.label ?? link.to;
  const quantified = isQuantifiedLink(doc, link);
  const set = (patch: Partial<Link>, what: string) =>
    edit((d) => updateLink(d, link.id, patch), {
      coalesce: `${what}:${link.id}`,
      log: `Changed the ${what} of the link ${link.from} → ${link.to}`,
    });
  const goTo = (id: string) => store.getState().select({ kind: 'node', id }, true);
  return (
    <div className="inspector__body" data-link-inspector={link.id}>
      <header className="inspector__header">
        <h2 tabIndex={-1} data-inspector-heading>
          Link
        </h2>
        <div className="inspector__actions">
          <button
            type="button"
            className="btn btn--small btn--danger"
            aria-label={`Delete the link from ${fromLabel} to ${toLabel}`}
            onClick={() => deleteLinksSaying(store, [link.id])}
          >
            Delete
          </button>
        </div>
      </header>
      <p className="link-summary">
        From{' '}
        <button type="button" className="btn-link link-summary__box" onClick={() => goTo(link.from)}>
          {fromLabel}
        </button>{' '}
        to{' '}
        <button type="button" className="btn-link link-summary__box" onClick={() => goTo(link.to)}>
          {toLabel}
        </button>
      </p>
      <p className={`pill ${quantified ? 'pill--quant' : 'pill--qual'}`}>
        {quantified
          ? `Quantified: the formula of “${toLabel}” uses ${link.from}`
          : 'Qualitative: the target’s formula does not use this box'}
      </p>
      {quantified ? (
        <p className="link-needed">
          Deleting this arrow leaves the formula of “{toLabel}” using a box with no arrow into it, a problem until the
          formula changes.
        </p>
      ) : null}
      {problems.length > 0 ? (
        <ul className="diag-list" aria-label="Problems with this link">
          {problems.map((p, k) => (
            <li key={k} className={`diag diag--${p.severity}`}>
              <span className="diag__severity">{p.severity === 'error' ? 'Error: ' : 'Warning: '}</span>
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

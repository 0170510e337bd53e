/**
 * A box's arrows, in and out, as a list of buttons: the keyboard way to reach any arrow of the canvas
 * (Tab to the box, Enter, then Tab through its arrows here) and what a screen reader lists. Each says
 * where it goes, whether a formula uses it and its evidence in words.
 */
import { isQuantifiedLink, type Link, type LogicNode, type ScenarioDocument } from '../engine.ts';
import { useCauswayStore } from '../store/context.tsx';
import { EVIDENCE_LABELS } from './LinkInspector.tsx';

function LinkButton({ doc, link, end }: { doc: ScenarioDocument; link: Link; end: 'from' | 'to' }) {
  const store = useCauswayStore();
  const other = doc.logicModel.nodes.find((n) => n.id === link[end]);
  const quantified = isQuantifiedLink(doc, link);
  const evidence = link.evidence ?? 'none';
  return (
    <li>
      <button
        type="button"
        className="box-links__link"
        data-link={link.id}
        onClick={() => store.getState().select({ kind: 'link', id: link.id }, true)}
      >
        <span className="box-links__end">
          {end === 'from' ? 'from' : 'to'} {other?.label ?? link[end]}
        </span>
        <span className="box-links__meta">
          {quantified ? 'quantified' : 'qualitative'} ·{' '}
          {evidence === 'none' ? 'no evidence' : EVIDENCE_LABELS[evidence]}
        </span>
      </button>
    </li>
  );
}

export function BoxLinks({ doc, node }: { doc: ScenarioDocument; node: LogicNode }) {
  const into = doc.logicModel.links.filter((l) => l.to === node.id);
  const out = doc.logicModel.links.filter((l) => l.from === node.id);
  return (
    <section className="box-links" aria-labelledby={`box-links-${node.id}`}>
      <h3 id={`box-links-${node.id}`}>Arrows</h3>
      {into.length + out.length === 0 ? (
        <p className="muted small">None yet: drag from the box’s right edge to another box to draw one.</p>
      ) : (
        <>
          {[
            { title: 'Into this box', links: into, end: 'from' as const },
            { title: 'Out of this box', links: out, end: 'to' as const },
          ]
            .filter((g) => g.links.length > 0)
            .map((g) => (
              <div key={g.end}>
                <h4 className="box-links__title">{g.title}</h4>
                <ul className="box-links__list" aria-label={`Arrows ${g.title.toLowerCase()}`}>
                  {g.links.map((l) => (
                    <LinkButton key={l.id} doc={doc} link={l} end={g.end} />
                  ))}
                </ul>
              </div>
            ))}
        </>
      )}
    </section>
  );
}

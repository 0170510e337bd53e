/**
 * The right-hand panel of the model view: whatever is selected, or a short guide when nothing is. A
 * new selection is announced to screen readers; when it came from a button inside the panel (a box's
 * list of arrows, an arrow's boxes) that button is gone with the old content, so focus moves to the
 * new content's heading rather than falling back to the page.
 */
import { useEffect, useRef } from 'react';
import { selectDoc, selectSelection, useCauseway } from '../store/context.tsx';
import { useProblems } from '../store/derived.ts';
import { NodeInspector } from './NodeInspector.tsx';
import { LinkInspector } from './LinkInspector.tsx';

/** True when `path` is `prefix` or inside it (so nodes[1] does not match nodes[10]). */
function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

export function Inspector() {
  const doc = useCauseway(selectDoc);
  const selection = useCauseway(selectSelection);
  const diagnostics = useProblems();
  const panel = useRef<HTMLElement>(null);
  const shown = useRef(selection);
  useEffect(() => {
    if (shown.current === selection) return;
    shown.current = selection;
    const lost = document.activeElement === document.body || document.activeElement === null;
    if (lost || panel.current?.contains(document.activeElement))
      panel.current?.querySelector<HTMLElement>('[data-inspector-heading]')?.focus();
  }, [selection]);
  let body;
  let announced = '';
  if (selection?.kind === 'node') {
    const index = doc.logicModel.nodes.findIndex((n) => n.id === selection.id);
    const node = doc.logicModel.nodes[index];
    if (node) {
      announced = `Selected the box ${node.label}.`;
      body = (
        <NodeInspector
          key={node.id}
          doc={doc}
          node={node}
          problems={diagnostics.filter((d) => isUnder(d.path, `logicModel.nodes[${index}]`))}
        />
      );
    }
  } else if (selection?.kind === 'link') {
    const index = doc.logicModel.links.findIndex((l) => l.id === selection.id);
    const link = doc.logicModel.links[index];
    if (link) {
      const label = (id: string) => doc.logicModel.nodes.find((n) => n.id === id)?.label ?? id;
      announced = `Selected the arrow from ${label(link.from)} to ${label(link.to)}.`;
      body = (
        <LinkInspector
          key={link.id}
          doc={doc}
          link={link}
          problems={diagnostics.filter((d) => isUnder(d.path, `logicModel.links[${index}]`))}
        />
      );
    }
  }
  return (
    <aside className="inspector" aria-label="Inspector" ref={panel}>
      <p className="sr-only" role="status" aria-live="polite">
        {announced}
      </p>
      {body ?? (
        <div className="inspector__empty">
          <h2 tabIndex={-1} data-inspector-heading>
            Inspector
          </h2>
          <p>Select a box or an arrow to edit it.</p>
          <p className="muted small">
            With the keyboard: Tab to a box or an arrow on the canvas and press Enter; a box’s inspector lists its
            arrows. Delete removes the selection.
          </p>
          <ul>
            <li>Drag from a box’s right edge to another box to link them.</li>
            <li>
              A solid dark arrow is <strong>quantified</strong>: the target’s formula uses the source. A grey arrow is
              qualitative.
            </li>
            <li>
              Line weight and dashes show evidence: strong, moderate, <em>weak</em> (dashed), none (dotted).
            </li>
          </ul>
        </div>
      )}
    </aside>
  );
}

/** The right-hand panel of the model view: whatever is selected, or a short guide when nothing is. */
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
  let body;
  if (selection?.kind === 'node') {
    const index = doc.logicModel.nodes.findIndex((n) => n.id === selection.id);
    const node = doc.logicModel.nodes[index];
    if (node)
      body = (
        <NodeInspector
          key={node.id}
          doc={doc}
          node={node}
          problems={diagnostics.filter((d) => isUnder(d.path, `logicModel.nodes[${index}]`))}
        />
      );
  } else if (selection?.kind === 'link') {
    const index = doc.logicModel.links.findIndex((l) => l.id === selection.id);
    const link = doc.logicModel.links[index];
    if (link)
      body = (
        <LinkInspector
          key={link.id}
          doc={doc}
          link={link}
          problems={diagnostics.filter((d) => isUnder(d.path, `logicModel.links[${index}]`))}
        />
      );
  }
  return (
    <aside className="inspector" aria-label="Inspector">
      {body ?? (
        <div className="inspector__empty">
          <h2>Inspector</h2>
          <p>Select a box or an arrow to edit it.</p>
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

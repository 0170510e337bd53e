/**
 * Deleting arrows, from the canvas (Delete key) or the link inspector (its button): one undoable edit,
 * and when a formula still uses the source of a deleted arrow, the app says so with the problem the
 * check now reports (formula.unlinked) and selects the box whose formula needs it, where that problem
 * shows beside the formula.
 */
import { deleteLinks, type Diagnostic, type Link, type ScenarioDocument } from '../engine.ts';
import { diagnosticsFor } from '../store/derived.ts';
import type { CausewayStore } from '../store/createStore.ts';

function describe(doc: ScenarioDocument, link: Link): string {
  const label = (id: string) => doc.logicModel.nodes.find((n) => n.id === id)?.label ?? id;
  return `the arrow from “${label(link.from)}” to “${label(link.to)}”`;
}

/** Deletes the links with these ids and tells the user what a formula now misses. */
export function deleteLinksSaying(store: CausewayStore, ids: readonly string[]): void {
  const before = store.getState().doc;
  const gone = before.logicModel.links.filter((l) => ids.includes(l.id));
  if (gone.length === 0) return;
  store.getState().edit((d) => deleteLinks(d, ids), {
    log: gone.length === 1 ? `Deleted ${describe(before, gone[0]!)}` : `Deleted ${gone.length} arrows`,
  });
  // The check's own sentences about formulas that use a deleted arrow's source in the same year:
  // each is about the target's formula and names the source.
  const after = store.getState().doc;
  const says = (d: Diagnostic, l: Link) =>
    d.code === 'formula.unlinked' &&
    d.path === `logicModel.nodes[${after.logicModel.nodes.findIndex((n) => n.id === l.to)}].expr` &&
    // The source is named by label with its id in brackets, or by its id alone when it has no label.
    (d.message.includes(`(${l.from})`) || d.message.includes(`“${l.from}”`));
  const problems = diagnosticsFor(after).filter((d) => gone.some((l) => says(d, l)));
  const needed = gone.filter((l) => problems.some((d) => says(d, l)));
  if (needed.length === 0) {
    store.getState().select(null);
    store
      .getState()
      .notify('info', `Deleted ${gone.length === 1 ? describe(before, gone[0]!) : `${gone.length} arrows`}.`);
    return;
  }
  const first = needed[0]!;
  store.getState().select({ kind: 'node', id: first.to });
  store
    .getState()
    .notify(
      'error',
      `Deleted ${describe(before, first)}${needed.length > 1 ? ` and ${needed.length - 1} more a formula uses` : ''}, which a formula needs. ${problems.map((d) => d.message).join(' ')} Undo (Ctrl+Z) brings the arrow back.`,
    );
}

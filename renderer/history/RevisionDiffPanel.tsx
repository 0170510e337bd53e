/**
 * What changed between two revisions, or a revision and now: the results of every scenario and the
 * assumptions, in the names and units people use (models/history/diff.ts describes each change).
 */
import { useMemo } from 'react';
import {
  HEADLINES,
  describeChanges,
  formatCell,
  revisionOrNow,
  headlineTable,
  projectScenarios,
  shortHeading,
  type ReportRow,
  type ReportTable,
  type ScenarioDocument,
} from '../engine.ts';

/** The catalogue's revision metrics for every scenario of one revision (none if it cannot be projected). */
function resultsOf(doc: ScenarioDocument): { table: ReportTable; rows: Map<string, ReportRow> } {
  const out = projectScenarios(doc);
  const table = headlineTable(doc, out.ok ? out.value : [], HEADLINES.revision, 'revision', 'Results');
  return { table, rows: new Map(table.rows.map((r) => [r.id, r])) };
}

export function RevisionDiffPanel({
  saved,
  working,
  modified,
  from,
  to,
}: {
  /** The file as last saved: every revision is rebuilt from it. */
  saved: ScenarioDocument;
  /** The document being edited: what "now" means. */
  working: ScenarioDocument;
  modified: boolean;
  from: number;
  to: number | 'now';
}) {
  const diff = useMemo(() => {
    const older = revisionOrNow(saved, working, from);
    const newer = revisionOrNow(saved, working, to);
    if (!older.ok || !newer.ok)
      return {
        error:
          (older.ok ? (newer as { diagnostics: { message: string }[] }).diagnostics : older.diagnostics)[0]?.message ??
          'That revision cannot be rebuilt.',
      };
    const changes = describeChanges(older.value, newer.value).filter(
      (c) => !/^meta\.(revision|updatedAt)$/.test(c.path),
    );
    return { changes, before: resultsOf(older.value), after: resultsOf(newer.value), scenarios: newer.value.scenarios };
  }, [saved, working, from, to]);
  const title = `Revision ${from} → ${to === 'now' ? `now (${modified ? 'unsaved' : 'as saved'})` : `revision ${to}`}`;
  if ('error' in diff)
    return (
      <section className="card">
        <h3>{title}</h3>
        <p className="diag diag--error">{diff.error}</p>
      </section>
    );
  const metrics = diff.after.table.columns.slice(1);
  return (
    <section className="card history__diff" aria-labelledby="diff-title">
      <h3 id="diff-title">{title}</h3>
      <h4>Results</h4>
      {/* A wide table scrolls inside its card rather than pushing the page past the window; the
          scrolling region is focusable so that keyboard users can scroll it too. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Results before and after">
        <table className="grid grid--numbers" data-table="revision-results">
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              {metrics.flatMap((c) => [
                <th scope="col" className="num" key={`${c.id}-before`}>
                  {shortHeading(c)} before
                </th>,
                <th scope="col" className="num" key={`${c.id}-after`}>
                  {shortHeading(c)} after
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {diff.scenarios.map((s) => {
              const b = diff.before.rows.get(s.id);
              const a = diff.after.rows.get(s.id);
              const changed = metrics.some((_, k) => b?.cells[k + 1] !== a?.cells[k + 1]);
              return (
                <tr key={s.id} className={changed ? 'is-different' : ''} data-scenario={s.id}>
                  <th scope="row">{s.name}</th>
                  {metrics.flatMap((c, k) => [
                    <td className="num" key={`${c.id}-before`}>
                      {b ? formatCell(c, b.cells[k + 1] ?? null) : '—'}
                    </td>,
                    <td className="num strong" key={`${c.id}-after`}>
                      {a ? formatCell(c, a.cells[k + 1] ?? null) : '—'}
                    </td>,
                  ])}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h4>
        Assumptions and model ({diff.changes.length} change{diff.changes.length === 1 ? '' : 's'})
      </h4>
      {diff.changes.length === 0 ? (
        <p className="muted">No differences.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Changes to assumptions and model">
          <table className="grid" data-table="revision-changes">
            <thead>
              <tr>
                <th scope="col">Where</th>
                <th scope="col">Change</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {diff.changes.slice(0, 300).map((c, k) => (
                <tr key={k}>
                  <td title={c.path}>{c.where}</td>
                  <td className={`change change--${c.kind}`}>{c.kind}</td>
                  <td className="mono">{c.beforeText}</td>
                  <td className="mono">{c.afterText}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** What changed between two revisions: the assumptions (paths, before and after) and the results. */
import { useMemo } from 'react';
import {
  compareScenarios,
  diffContents,
  reconstructRevision,
  type ComparisonRow,
  type ScenarioDocument,
} from '../engine.ts';
import { formatGbpM, formatRatio } from '../format.ts';

const CURRENT = -1;

function show(value: unknown): string {
  if (value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function rowsFor(doc: ScenarioDocument | null): Map<string, ComparisonRow> {
  if (!doc) return new Map();
  const out = compareScenarios(doc);
  return new Map(out.ok ? out.value.map((r) => [r.id, r]) : []);
}

export function RevisionDiffPanel({ doc, from, to }: { doc: ScenarioDocument; from: number; to: number }) {
  const diff = useMemo(() => {
    const older = reconstructRevision(doc, from);
    const newer = to === CURRENT ? { ok: true as const, value: doc } : reconstructRevision(doc, to);
    if (!older.ok || !newer.ok)
      return {
        error:
          (older.ok ? (newer as { diagnostics: { message: string }[] }).diagnostics : older.diagnostics)[0]?.message ??
          'That revision cannot be rebuilt.',
      };
    const changes = diffContents(older.value, newer.value).filter((c) => !/^meta\.(revision|updatedAt)$/.test(c.path));
    return { changes, before: rowsFor(older.value), after: rowsFor(newer.value), scenarios: newer.value.scenarios };
  }, [doc, from, to]);
  const title = `Revision ${from} → ${to === CURRENT ? 'now' : `revision ${to}`}`;
  if ('error' in diff)
    return (
      <section className="card">
        <h3>{title}</h3>
        <p className="diag diag--error">{diff.error}</p>
      </section>
    );
  return (
    <section className="card history__diff" aria-labelledby="diff-title">
      <h3 id="diff-title">{title}</h3>
      <h4>Results</h4>
      <table className="grid grid--numbers" data-table="revision-results">
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col" className="num">
              NPV before
            </th>
            <th scope="col" className="num">
              NPV after
            </th>
            <th scope="col" className="num">
              BCR before
            </th>
            <th scope="col" className="num">
              BCR after
            </th>
          </tr>
        </thead>
        <tbody>
          {diff.scenarios.map((s) => {
            const b = diff.before.get(s.id);
            const a = diff.after.get(s.id);
            const changed = b?.npv !== a?.npv;
            return (
              <tr key={s.id} className={changed ? 'is-different' : ''}>
                <th scope="row">{s.name}</th>
                <td className="num">{b ? formatGbpM(b.npv) : '—'}</td>
                <td className="num strong">{a ? formatGbpM(a.npv) : '—'}</td>
                <td className="num">{b ? formatRatio(b.bcr) : '—'}</td>
                <td className="num strong">{a ? formatRatio(a.bcr) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h4>
        Assumptions and model ({diff.changes.length} change{diff.changes.length === 1 ? '' : 's'})
      </h4>
      {diff.changes.length === 0 ? (
        <p className="muted">No differences.</p>
      ) : (
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
                <td>
                  <code>{c.path || '(whole file)'}</code>
                </td>
                <td className={`change change--${c.kind}`}>{c.kind}</td>
                <td className="mono">{c.kind === 'added' ? '—' : show(c.before)}</td>
                <td className="mono">{c.kind === 'removed' ? '—' : show(c.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * Import data: the user chooses or drops their own Nomis BRES or ONS regional GVA download(s); the
 * layout is detected, a preview shows what would change (old -> new, with the vintage), and Apply
 * makes the change as one undoable edit (the same planImport as `causeway import-baseline`).
 * Where the library has GVA but no jobs for the file's area, this panel says so and offers the import.
 */
import { useState, type DragEvent } from 'react';
import {
  findLocalArea,
  jobsMissingMessage,
  localRecord,
  planImport,
  readDownload,
  type ImportedTable,
  type ImportPlan,
} from '../engine.ts';
import { selectDoc, selectEdit, useCauseway } from '../store/context.tsx';

const show = (v: number | string | undefined) =>
  v === undefined ? '–' : typeof v === 'number' ? v.toLocaleString('en-GB', { maximumFractionDigits: 6 }) : v;

export function ImportBaseline() {
  const doc = useCauseway(selectDoc);
  const edit = useCauseway(selectEdit);
  const [open, setOpen] = useState(false);
  const [names, setNames] = useState<string[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const local = findLocalArea(doc.area.code);
  const jobsMissing =
    local !== undefined && doc.baseline.sectors.length === 0 && localRecord(local, 'total').jobs === undefined;

  const readFiles = async (files: File[]) => {
    const tables: ImportedTable[] = [];
    const messages: string[] = [];
    for (const f of files) {
      const read = readDownload(new Uint8Array(await f.arrayBuffer()), f.name);
      tables.push(...read.tables);
      messages.push(...read.refusals.map((r) => r.message));
    }
    setNames(files.map((f) => f.name));
    if (tables.length === 0) return (setPlan(null), setProblems(messages));
    const planned = planImport(doc, tables);
    if (!planned.ok) return (setPlan(null), setProblems([...messages, ...planned.diagnostics.map((d) => d.message)]));
    setProblems(messages);
    setPlan(planned.value);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    void readFiles([...e.dataTransfer.files]);
  };
  const close = () => (setOpen(false), setPlan(null), setProblems([]), setNames([]));

  return (
    <div className="import-baseline">
      {jobsMissing && local ? <p className="diag diag--warning">{jobsMissingMessage(local)}</p> : null}
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Import data…
      </button>
      {open ? (
        <div className="import-dialog" role="dialog" aria-modal="false" aria-label="Import baseline data">
          <div className="import-drop" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
            <p>
              Drop a Nomis BRES CSV or an ONS regional GVA (balanced) table (XLSX or CSV) here, or{' '}
              <label className="btn btn--small">
                choose files
                <input
                  type="file"
                  multiple
                  accept=".csv,.xlsx,text/csv"
                  className="sr-only"
                  aria-label="Choose data files to import"
                  onChange={(e) => void readFiles([...(e.target.files ?? [])])}
                />
              </label>
            </p>
            {names.length > 0 ? <p className="muted">Read: {names.join(', ')}</p> : null}
          </div>
          {problems.map((m, k) => (
            <p key={k} className="diag diag--error">
              {m}
            </p>
          ))}
          {plan ? <ImportPreview plan={plan} /> : null}
          <div className="import-dialog__actions">
            <button
              type="button"
              className="btn btn--primary"
              disabled={!plan || plan.changes.length === 0}
              onClick={() => {
                if (!plan) return;
                edit(() => plan.document, { log: `Baseline imported from ${names.join(', ')}` });
                close();
              }}
            >
              Apply
            </button>
            <button type="button" className="btn" onClick={close}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function ImportPreview({ plan }: { plan: ImportPlan }) {
  return (
    <div className="import-preview">
      <ul className="muted">
        {plan.read.map((r, k) => (
          <li key={k}>{r}</li>
        ))}
      </ul>
      {plan.refused.map((r, k) => (
        <p key={k} className="diag diag--warning">
          Not changed: {r}
        </p>
      ))}
      {plan.changes.length === 0 ? <p>Nothing would change for {plan.area.name}.</p> : null}
      <table className="grid grid--import">
        <thead>
          <tr>
            <th scope="col">Sector</th>
            <th scope="col">Field</th>
            <th scope="col" className="num">
              Now
            </th>
            <th scope="col" className="num">
              After the import
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.changes.flatMap((c) =>
            c.changes
              .filter((f) => f.field !== 'source')
              .map((f, k) => (
                <tr key={`${c.sectorId}:${f.field}`} title={c.vintage}>
                  {k === 0 ? (
                    <th scope="row" rowSpan={c.changes.filter((x) => x.field !== 'source').length}>
                      {c.name} {c.sectorId ? <code className="muted">{c.sectorId}</code> : null}
                      {c.kind === 'add' ? ' (new)' : ''}
                    </th>
                  ) : null}
                  <td>{f.field}</td>
                  <td className="num">{show(f.old)}</td>
                  <td className="num">{show(f.new)}</td>
                </tr>
              )),
          )}
        </tbody>
      </table>
      {plan.changes
        .filter((c) => c.sectorId)
        .map((c) => (
          <p key={c.sectorId} className="footnote">
            <strong>{c.name}</strong>: {c.vintage}
          </p>
        ))}
    </div>
  );
}

/**
 * "Report…" in the toolbar: a small panel to export the report of the scenario shown or of every
 * scenario as an Excel workbook, a Word report, a PDF (the print view), Markdown or CSV tables, with
 * a progress bar while it is built. The builders live in models/report; this only asks and shows.
 */
import { useEffect, useRef, useState } from 'react';
import { selectDoc, selectScenarioId, useCauseway, useCauswayStore, usePlatform } from '../store/context.tsx';
import { exportReport, gatherReport, REPORT_FORMATS, type Progress, type ReportFormat } from './exportReport.ts';
import './report.css';

const baseNameOf = (fileName: string | null, title: string) =>
  (fileName?.replace(/\.causeway\.json$|\.json$/i, '') || title)
    .replace(/[^a-z0-9-]+/gi, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'causeway-report';

export interface ReportExportProps {
  /** Whether the panel is open, when the app holds it (File > Export Report… and its shortcut open it). */
  open?: boolean;
  onOpenChange?(open: boolean): void;
}

export function ReportExport({ open: openProp, onOpenChange }: ReportExportProps = {}) {
  const store = useCauswayStore();
  const platform = usePlatform();
  const doc = useCauseway(selectDoc);
  const scenarioId = useCauseway(selectScenarioId);
  const fileName = useCauseway((s) => s.file.name);
  const [ownOpen, setOwnOpen] = useState(false);
  const open = openProp ?? ownOpen;
  const setOpen = onOpenChange ?? setOwnOpen;
  const [format, setFormat] = useState<ReportFormat>('xlsx');
  const [scope, setScope] = useState<'current' | 'all'>('current');
  const [progress, setProgress] = useState<Progress | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  // Opened, the focus goes to the format chosen, so the keyboard is where the choices are.
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, [open]);

  const run = async () => {
    const state = store.getState();
    setProgress({ step: 'Projecting the scenarios', done: 0, total: 1 });
    try {
      const chosen = scope === 'all' ? 'all' : scenarioId;
      const input = await gatherReport(
        { doc: state.doc, scope: chosen, uncertainty: state.uncertainty, fileName },
        setProgress,
      );
      const base = `${baseNameOf(fileName, doc.meta.title)}${scope === 'all' ? '' : `-${chosen}`}`;
      const result = await exportReport(platform, format, input, base, setProgress);
      if (result.ok) {
        state.notify(
          'success',
          format === 'pdf' && platform.kind === 'browser' ? 'Printed the report.' : `Exported ${result.value.name}.`,
        );
        setOpen(false);
      } else if (result.error.kind !== 'cancelled') state.notify('error', result.error.message);
    } catch (e) {
      state.notify('error', `The report could not be made: ${(e as Error).message}.`);
    } finally {
      setProgress(null);
    }
  };

  return (
    <span className="report-export">
      <button type="button" className="btn" aria-expanded={open} onClick={() => setOpen(!open)}>
        Report…
      </button>
      {open ? (
        <div ref={panel} className="report-export__panel" role="dialog" aria-label="Export a report">
          <fieldset>
            <legend>Format</legend>
            {REPORT_FORMATS.map((f) => (
              <label key={f.id}>
                <input
                  type="radio"
                  name="report-format"
                  value={f.id}
                  checked={format === f.id}
                  onChange={() => setFormat(f.id)}
                />
                {f.label}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Scenarios</legend>
            <label>
              <input
                type="radio"
                name="report-scope"
                checked={scope === 'current'}
                onChange={() => setScope('current')}
              />
              The scenario shown ({doc.scenarios.find((s) => s.id === scenarioId)?.name ?? scenarioId})
            </label>
            <label>
              <input type="radio" name="report-scope" checked={scope === 'all'} onChange={() => setScope('all')} />
              Every scenario ({doc.scenarios.length})
            </label>
          </fieldset>
          <p className="muted report-export__note">
            The summary sets every scenario side by side. A Monte Carlo run of the scenario shown is included when it is
            up to date.
          </p>
          {progress ? (
            <div role="status" aria-label="Report progress" className="report-export__progress">
              <progress value={progress.done} max={progress.total} />
              <span>{progress.step}…</span>
            </div>
          ) : null}
          <div className="report-export__actions">
            <button type="button" className="btn" onClick={() => setOpen(false)} disabled={progress !== null}>
              Close
            </button>
            <button type="button" className="btn btn--primary" onClick={() => void run()} disabled={progress !== null}>
              Export
            </button>
          </div>
        </div>
      ) : null}
    </span>
  );
}

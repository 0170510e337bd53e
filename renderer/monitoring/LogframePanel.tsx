/**
 * The indicators register: the logframe table (models/report logframeTable: box, indicator, baseline,
 * target, actuals, source) for the scenario shown, and for each indicator in its box's unit a chart of
 * the actuals against the box's projection.
 */
import { useMemo } from 'react';
import {
  boxesWithIndicators,
  formatCell,
  formatPercent,
  indicatorKind,
  indicatorTracksBox,
  logframeTable,
  shortHeading,
  type ReportCell,
  type ReportColumn,
} from '../engine.ts';
import { selectDoc, selectScenarioId, useCauseway, useCauswayStore } from '../store/context.tsx';
import { useProjection } from '../store/derived.ts';
import { ActualsChart } from './ActualsChart.tsx';

/** A cell as read: an indicator's figures in a share are percentages (0.571 -> "57.1%"). */
function figure(column: ReportColumn, value: ReportCell, unit: ReportCell | undefined): string {
  const share = column.unit === 'value' && typeof value === 'number' && typeof unit === 'string';
  return share && indicatorKind(unit) === 'share' ? formatPercent(value, 1) : formatCell(column, value);
}

export function LogframePanel() {
  const doc = useCauseway(selectDoc);
  const scenarioId = useCauseway(selectScenarioId);
  const store = useCauswayStore();
  const projection = useProjection();
  const run = projection.ok ? projection.value : undefined;
  const table = useMemo(() => logframeTable(doc, run), [doc, run]);
  const unitColumn = table.columns.findIndex((c) => c.id === 'unit');
  const scenarioName = doc.scenarios.find((s) => s.id === scenarioId)?.name ?? scenarioId;
  const charts = boxesWithIndicators(doc).flatMap((node) =>
    (node.indicators ?? [])
      .filter((i) => indicatorTracksBox(node, i) && run?.nodes[node.id] !== undefined)
      .map((indicator) => ({ node, indicator })),
  );
  return (
    <section className="panel logframe" aria-labelledby="logframe-heading">
      <h2 id="logframe-heading">Indicators register</h2>
      {table.rows.length === 0 ? (
        <p className="field__hint">
          No box has a monitoring indicator yet. Select an outcome or impact on the canvas and add one in the inspector.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="grid logframe__table">
            <caption>
              {table.title}; projection from {scenarioName}
            </caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c.id} scope="col">
                    {shortHeading(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.id} data-row={row.id}>
                  {table.columns.map((c, k) =>
                    c.id === 'box' ? (
                      <td key={c.id}>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => {
                            store.getState().select({ kind: 'node', id: row.id.split(':')[0]! }, true);
                            store.getState().setView('model');
                          }}
                        >
                          {formatCell(c, row.cells[k] ?? null)}
                        </button>
                      </td>
                    ) : (
                      <td key={c.id} className={c.unit === 'text' ? '' : 'num'}>
                        {figure(c, row.cells[k] ?? null, row.cells[unitColumn])}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {charts.length > 0 && run ? (
        <div className="actuals-charts">
          {charts.map(({ node, indicator }) => (
            <ActualsChart
              key={`${node.id}:${indicator.id}`}
              node={node}
              indicator={indicator}
              years={run.years}
              projected={run.nodes[node.id]!}
              scenarioName={scenarioName}
            />
          ))}
        </div>
      ) : null}
    </section>
  );
}

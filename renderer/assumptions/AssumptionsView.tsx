/** Everything the projection assumes, in the order a reviewer reads it. */
import { useState } from 'react';
import { centralValue, setAppraisal, setMeta, setOptimismBias, withValue } from '../engine.ts';
import { selectDoc, selectEdit, selectScenarioId, useCauseway } from '../store/context.tsx';
import { NumberInput } from '../common/fields.tsx';
import { ParameterTable } from './ParameterTable.tsx';
import { AdditionalityTable } from './AdditionalityTable.tsx';
import { AddIntervention } from './AddIntervention.tsx';
import { SectorTable } from './SectorTable.tsx';
import { AddSector } from './AddSector.tsx';
import { ScenarioTree } from './ScenarioTree.tsx';
import { ScenarioDetail } from './ScenarioDetail.tsx';
import { AddParameter } from './AddParameter.tsx';
import { SettingPanel } from './SettingPanel.tsx';
import { AddScenario } from './AddScenario.tsx';
import { AdditionalityRanges } from '../appraisal/AdditionalityRanges.tsx';
import { ImportBaseline } from '../baseline/ImportBaseline.tsx';
import { ProjectionMethods } from '../baseline/ProjectionMethods.tsx';
import { CouncilShares } from '../baseline/CouncilShares.tsx';

export function AssumptionsView() {
  const doc = useCauseway(selectDoc);
  const edit = useCauseway(selectEdit);
  const [filter, setFilter] = useState('');
  const scenarioId = useCauseway(selectScenarioId);
  const scenario = doc.scenarios.find((s) => s.id === scenarioId);
  return (
    <div className="page">
      <section className="panel">
        <div className="panel__head">
          <h2>Parameters</h2>
          <input
            type="search"
            className="search"
            aria-label="Filter parameters"
            placeholder="Filter parameters"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
        <p className="panel__note">
          The slider moves the value the scenario shown uses: its own value, an inherited value (which becomes its own)
          or, when it takes the file value, the file value shared by every scenario.
        </p>
        <div className="table-scroll">
          <ParameterTable filter={filter} />
        </div>
        <AddParameter />
      </section>
      <section className="panel" aria-labelledby="scenarios-title">
        <h2 id="scenarios-title">Scenarios</h2>
        <p className="panel__note">
          A scenario based on another sits under it and inherits every value it does not set itself; packages add values
          of other scenarios. Each value is labelled “set here”, “inherited from …” or “file value”.
        </p>
        <div className="scenarios">
          <div className="scenarios__tree">
            <ScenarioTree />
            <AddScenario />
          </div>
          {scenario ? <ScenarioDetail doc={doc} scenario={scenario} /> : null}
        </div>
      </section>
      <section className="panel">
        <h2>Additionality by intervention</h2>
        <p className="panel__note">
          Per cent from 0 to 100 (files store fractions); the multiplier is a composite (1 = none). Do not also apply an
          input-output multiplier to the same effect.
        </p>
        <div className="table-scroll">
          <AdditionalityTable />
        </div>
        <AddIntervention />
        <AdditionalityRanges />
      </section>
      <section className="panel">
        <h2>Baseline by sector</h2>
        <div className="table-scroll">
          <SectorTable />
        </div>
        <AddSector />
        <ImportBaseline />
        <ProjectionMethods />
        <CouncilShares />
      </section>
      <section className="panel panel--split">
        <div>
          <h2>File</h2>
          <label className="stack">
            Title
            <input
              value={doc.meta.title}
              onChange={(e) => edit((d) => setMeta(d, { title: e.target.value }), { coalesce: 'title' })}
            />
          </label>
          <label className="stack">
            Description
            <textarea
              rows={3}
              value={doc.meta.description ?? ''}
              onChange={(e) => edit((d) => setMeta(d, { description: e.target.value }), { coalesce: 'description' })}
            />
          </label>
          <SettingPanel />
        </div>
        <div>
          <h2>Appraisal</h2>
          <label className="stack">
            Optimism bias (added to costs)
            <NumberInput
              value={centralValue(doc.appraisal.optimismBias)}
              min={0}
              percent
              onCommit={(v) =>
                v !== undefined &&
                // A number typed over a ranged optimism bias changes its value and keeps its range.
                edit((d) => setOptimismBias(d, withValue(d.appraisal.optimismBias, v)), {
                  coalesce: 'ob',
                  log: `Optimism bias ${Number((v * 100).toPrecision(12))}%`,
                })
              }
            />
          </label>
          <label className="stack">
            Discount rate
            <NumberInput
              value={doc.appraisal.discountRate}
              allowEmpty
              percent
              min={0}
              max={0.999}
              placeholder="Green Book schedule (3.5%, falling after 30 years)"
              onCommit={(v) =>
                edit((d) => setAppraisal(d, { discountRate: v }), {
                  coalesce: 'dr',
                  log:
                    v === undefined
                      ? 'Green Book discount schedule'
                      : `Flat discount rate ${Number((v * 100).toPrecision(12))}%`,
                })
              }
            />
          </label>
        </div>
      </section>
    </div>
  );
}

/**
 * The appraisal's uncertain inputs, edited where a reviewer expects them (docs/method.md sections
 * 10-11): each intervention's additionality factors with their ranges, the scenario's own overrides
 * of them, its national factors (national displacement and the labour-supply share) and optimism
 * bias, the file's and the scenario's. A blank scenario value inherits; a blank range is a number.
 */
import { Fragment, useState } from 'react';
import {
  ADDITIONALITY_FACTORS,
  resolveScenario,
  setInterventionFactor,
  setNationalFactors,
  setOptimismBias,
  setScenarioFactor,
  setScenarioOptimismBias,
  withRange,
  withValue,
  type Intervention,
  type RangedNumber,
  type ScenarioDocument,
} from '../engine.ts';
import { selectDoc, selectEdit, selectScenarioId, useCauseway } from '../store/context.tsx';
import { NumberInput } from '../common/fields.tsx';
import './appraisal.css';

type Factor = (typeof ADDITIONALITY_FACTORS)[number];
const LABELS: Record<Factor, string> = {
  deadweight: 'Deadweight',
  leakage: 'Leakage',
  displacement: 'Displacement (local)',
  substitution: 'Substitution',
  multiplier: 'Multiplier',
};

/** The national factors, as the rows and the "set them" inputs name them. */
const NATIONAL_FIELDS = [
  { field: 'displacement', label: 'National displacement', placeholder: 'displacement' },
  { field: 'labourSupply', label: 'Labour-supply share', placeholder: 'labour supply' },
] as const;

const central = (v: RangedNumber | undefined) => (v === undefined ? undefined : typeof v === 'number' ? v : v.value);
const bound = (v: RangedNumber | undefined, which: 'low' | 'high') =>
  v === undefined || typeof v === 'number' ? undefined : v[which];

/** Value, low and high of one ranged input; `onChange(undefined)` (value blank) when blank is allowed. */
function RangeCells({
  label,
  value,
  percent,
  allowBlank,
  placeholder,
  onChange,
}: {
  label: string;
  value: RangedNumber | undefined;
  percent: boolean;
  allowBlank: boolean;
  placeholder?: string;
  onChange(next: RangedNumber | undefined): void;
}) {
  const limits = percent ? { min: 0, max: 1 } : { min: 0.000001 };
  const setBound = (which: 'low' | 'high', v: number | undefined) => {
    if (value === undefined) return;
    const range = { low: bound(value, 'low'), high: bound(value, 'high'), [which]: v };
    onChange(withRange(value, range));
  };
  return (
    <>
      <td className="num">
        <NumberInput
          ariaLabel={`${label}, value`}
          value={central(value)}
          allowEmpty={allowBlank}
          placeholder={placeholder}
          percent={percent}
          {...limits}
          onCommit={(v) => onChange(v === undefined ? undefined : value === undefined ? v : withValue(value, v))}
        />
      </td>
      {(['low', 'high'] as const).map((which) => (
        <td key={which} className="num">
          <NumberInput
            ariaLabel={`${label}, ${which}`}
            value={bound(value, which)}
            allowEmpty
            percent={percent}
            {...limits}
            onCommit={(v) => setBound(which, v)}
          />
        </td>
      ))}
    </>
  );
}

/**
 * The scenario's own value with its range (blank: inherited, the placeholder saying from where), then
 * where the value comes from, in words (not colour alone), and "Reset to inherited" when it is set in
 * the scenario itself.
 */
function ScenarioCells({
  doc,
  scenarioId,
  from,
  label,
  value,
  percent,
  onChange,
  onReset,
}: {
  doc: ScenarioDocument;
  scenarioId: string;
  from: string | null | undefined;
  label: string;
  value: RangedNumber | undefined;
  percent: boolean;
  onChange(next: RangedNumber | undefined): void;
  onReset(): void;
}) {
  const name = (id: string) => doc.scenarios.find((s) => s.id === id)?.name ?? id;
  const own = from === scenarioId;
  return (
    <>
      <RangeCells
        label={label}
        value={value}
        percent={percent}
        allowBlank
        placeholder={from && from !== scenarioId ? `from ${from}` : 'inherit'}
        onChange={onChange}
      />
      <td className="ranges__source">
        <span className={`source-label source-label--${own ? 'own' : from ? 'inherited' : 'file'}`}>
          {own ? 'set here' : from ? `inherited from ${name(from)}` : 'file value'}
        </span>
        {own ? (
          <>
            {' '}
            <button type="button" className="btn-link" aria-label={`Reset to inherited: ${label}`} onClick={onReset}>
              Reset to inherited
            </button>
          </>
        ) : null}
      </td>
    </>
  );
}

/** Sets national factors only once both are typed: nothing is defaulted. */
function AddNational({ intervention }: { intervention: Intervention }) {
  const edit = useCauseway(selectEdit);
  const [typed, setTyped] = useState<{ displacement?: number; labourSupply?: number }>({});
  const { displacement, labourSupply } = typed;
  const ready = displacement !== undefined && labourSupply !== undefined;
  return (
    <td colSpan={7}>
      <span className="muted">Not set: UK social value is not assessed. </span>
      {NATIONAL_FIELDS.map(({ field, label, placeholder }) => (
        <Fragment key={field}>
          <NumberInput
            ariaLabel={`${label} for ${intervention.name}`}
            value={typed[field]}
            allowEmpty
            percent
            min={0}
            max={1}
            placeholder={placeholder}
            onCommit={(v) => setTyped((t) => ({ ...t, [field]: v }))}
          />{' '}
        </Fragment>
      ))}
      <button
        type="button"
        className="btn btn--small"
        disabled={!ready}
        onClick={() =>
          ready &&
          edit((d) => setNationalFactors(d, intervention.id, { displacement, labourSupply }), {
            log: `${intervention.name}: national factors set`,
          })
        }
      >
        Set national factors
      </button>
    </td>
  );
}

function InterventionRows({
  doc,
  intervention,
  scenarioId,
}: {
  doc: ScenarioDocument;
  intervention: Intervention;
  scenarioId: string;
}) {
  const edit = useCauseway(selectEdit);
  const scenario = doc.scenarios.find((s) => s.id === scenarioId);
  const inherited = scenario ? resolveScenario(doc, scenario).additionality[intervention.id] : undefined;
  const own = scenario?.additionality?.[intervention.id] ?? {};
  const national = intervention.national;
  return (
    <>
      <tr>
        <th scope="colgroup" colSpan={8} className="ranges__group">
          {intervention.name}
        </th>
      </tr>
      {ADDITIONALITY_FACTORS.map((f) => {
        const label = `${LABELS[f]} for ${intervention.name}`;
        const from = inherited?.[f].from;
        return (
          <tr key={f} data-factor={`${intervention.id}.${f}`}>
            <th scope="row">{LABELS[f]}</th>
            <RangeCells
              label={label}
              value={intervention.additionality[f]}
              percent={f !== 'multiplier'}
              allowBlank={false}
              onChange={(v) =>
                v !== undefined &&
                edit((d) => setInterventionFactor(d, intervention.id, f, v), {
                  coalesce: `range:${intervention.id}:${f}`,
                })
              }
            />
            <ScenarioCells
              doc={doc}
              scenarioId={scenarioId}
              from={from}
              label={`${label} in this scenario`}
              value={own[f]}
              percent={f !== 'multiplier'}
              onChange={(v) =>
                edit((d) => setScenarioFactor(d, scenarioId, intervention.id, f, v), {
                  coalesce: `override:${scenarioId}:${intervention.id}:${f}`,
                })
              }
              onReset={() =>
                edit((d) => setScenarioFactor(d, scenarioId, intervention.id, f, undefined), {
                  log: `${LABELS[f]} for ${intervention.name}: reset to inherited`,
                })
              }
            />
          </tr>
        );
      })}
      {national ? (
        [
          ...NATIONAL_FIELDS.map(({ field, label }) => (
            <tr key={field} data-national={`${intervention.id}.${field}`}>
              <th scope="row">
                {label}
                {national.illustrative ? <span className="illustrative">Illustrative</span> : null}
              </th>
              <RangeCells
                label={`${label} for ${intervention.name}`}
                value={national[field]}
                percent
                allowBlank={false}
                onChange={(v) =>
                  v !== undefined &&
                  edit((d) => setNationalFactors(d, intervention.id, { ...national, [field]: v }), {
                    coalesce: `national:${intervention.id}:${field}`,
                  })
                }
              />
              <td colSpan={4} className="ranges__from">
                National factors belong to the intervention, in every scenario.
              </td>
            </tr>
          )),
          <tr key="source" data-national={`${intervention.id}.source`}>
            <th scope="row">Evidence for the national factors</th>
            <td colSpan={7}>
              <input
                aria-label={`Evidence for the national factors of ${intervention.name}`}
                className="input-wide"
                value={national.source ?? ''}
                placeholder="Where the displacement and labour-supply shares come from"
                onChange={(e) =>
                  edit((d) => setNationalFactors(d, intervention.id, { ...national, source: e.target.value }), {
                    coalesce: `national-source:${intervention.id}`,
                  })
                }
              />
            </td>
          </tr>,
        ]
      ) : (
        <tr data-national={`${intervention.id}.missing`}>
          <th scope="row">National factors</th>
          <AddNational intervention={intervention} />
        </tr>
      )}
    </>
  );
}

export function AdditionalityRanges() {
  const doc = useCauseway(selectDoc);
  const edit = useCauseway(selectEdit);
  const scenarioId = useCauseway(selectScenarioId);
  const scenario = doc.scenarios.find((s) => s.id === scenarioId);
  if (!scenario || doc.interventions.length === 0) return null;
  const bias = resolveScenario(doc, scenario).optimismBias;
  return (
    <div className="ranges" data-panel="additionality-ranges">
      <h3>Uncertain additionality, national factors and optimism bias</h3>
      <p className="panel__note">
        A low and a high make a value uncertain: Monte Carlo draws it (triangular around the value), and the tornado and
        switching values move it. Scenario columns override the file for “{scenario.name}” only (blank: inherited).
        National factors decide UK social value; without them it is not assessed.
      </p>
      <div className="table-scroll">
        <table className="grid">
          <thead>
            <tr>
              <th scope="col">Factor</th>
              {['Value', 'Low', 'High', 'In this scenario', 'Low', 'High'].map((heading, k) => (
                <th key={k} scope="col" className="num">
                  {heading}
                </th>
              ))}
              <th scope="col">In this scenario, from</th>
            </tr>
          </thead>
          <tbody>
            {doc.interventions.map((i) => (
              <InterventionRows key={i.id} doc={doc} intervention={i} scenarioId={scenarioId} />
            ))}
            <tr>
              <th scope="colgroup" colSpan={8} className="ranges__group">
                Appraisal
              </th>
            </tr>
            <tr data-factor="appraisal.optimismBias">
              <th scope="row">Optimism bias</th>
              <RangeCells
                label="Optimism bias"
                value={doc.appraisal.optimismBias}
                percent
                allowBlank={false}
                onChange={(v) => v !== undefined && edit((d) => setOptimismBias(d, v), { coalesce: 'ob-range' })}
              />
              <ScenarioCells
                doc={doc}
                scenarioId={scenarioId}
                from={bias.from}
                label="Optimism bias in this scenario"
                value={scenario.appraisal?.optimismBias}
                percent
                onChange={(v) =>
                  edit((d) => setScenarioOptimismBias(d, scenarioId, v), { coalesce: `ob:${scenarioId}` })
                }
                onReset={() =>
                  edit((d) => setScenarioOptimismBias(d, scenarioId, undefined), {
                    log: 'Optimism bias: reset to inherited',
                  })
                }
              />
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}

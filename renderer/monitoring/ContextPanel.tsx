/**
 * The logic model's context (docs/contracts.md section 6): the need it answers and its evidence
 * (What Works Growth, "Using logic models", step 1), the evaluation plan (step 4), and benchmarks of
 * public cost per unit of output that the sense checks compare the model with.
 */
import { setCostBenchmarks, setLogicContext, type CostBenchmark } from '../engine.ts';
import { Field, NumberInput, Select } from '../common/fields.tsx';
import { selectDoc, selectEdit, useCauseway } from '../store/context.tsx';

export function ContextPanel() {
  const doc = useCauseway(selectDoc);
  const edit = useCauseway(selectEdit);
  const context = doc.logicModel.context ?? {};
  const benchmarks = context.costPerOutput ?? [];
  const outputs = doc.logicModel.nodes.filter((n) => n.intervention !== undefined && n.expr !== undefined);
  const setBenchmark = (k: number, patch: Partial<CostBenchmark>) =>
    edit(
      (d) =>
        setCostBenchmarks(
          d,
          benchmarks.map((b, j) => (j === k ? { ...b, ...patch } : b)),
        ),
      {
        coalesce: `benchmark:${k}`,
      },
    );
  return (
    <section className="panel context-panel" aria-labelledby="context-heading">
      <h2 id="context-heading">Need and evaluation</h2>
      <Field label="The need the intervention answers" hint="The problem, who has it, and the evidence for it.">
        {(id) => (
          <textarea
            id={id}
            rows={4}
            value={context.need ?? ''}
            onChange={(e) => edit((d) => setLogicContext(d, { need: e.target.value }), { coalesce: 'context-need' })}
          />
        )}
      </Field>
      <Field label="Evaluation plan" hint="How outcomes and impacts will be measured, against what, and when.">
        {(id) => (
          <textarea
            id={id}
            rows={4}
            value={context.evaluationPlan ?? ''}
            onChange={(e) =>
              edit((d) => setLogicContext(d, { evaluationPlan: e.target.value }), { coalesce: 'context-plan' })
            }
          />
        )}
      </Field>
      <h3>Cost per output benchmarks</h3>
      <p className="field__hint">
        Public cost per unit of an output in comparable programmes (£, {doc.prices.baseYear} prices). The check adds the
        box&apos;s yearly values over the horizon, so choose a yearly flow such as firms supported a year.
      </p>
      {benchmarks.length > 0 ? (
        <table className="grid">
          <thead>
            <tr>
              <th scope="col">Output box</th>
              <th scope="col">£ per unit</th>
              <th scope="col">Tolerance</th>
              <th scope="col">Source</th>
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {benchmarks.map((b, k) => (
              <tr key={k}>
                <td>
                  <Select
                    ariaLabel={`Output box of benchmark ${k + 1}`}
                    value={b.node}
                    options={[
                      ...(outputs.some((n) => n.id === b.node) ? [] : [{ value: b.node, label: b.node || 'Choose…' }]),
                      ...outputs.map((n) => ({ value: n.id, label: n.label })),
                    ]}
                    onChange={(node) => setBenchmark(k, { node })}
                  />
                </td>
                <td>
                  <NumberInput
                    ariaLabel={`£ per unit of benchmark ${k + 1}`}
                    value={b.gbpPerUnit}
                    min={0}
                    onCommit={(v) => v !== undefined && setBenchmark(k, { gbpPerUnit: v })}
                  />
                </td>
                <td>
                  <NumberInput
                    ariaLabel={`Tolerance of benchmark ${k + 1}`}
                    percent
                    allowEmpty
                    min={0}
                    value={b.tolerance}
                    placeholder="50"
                    onCommit={(v) => setBenchmark(k, { tolerance: v })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Source of benchmark ${k + 1}`}
                    value={b.source ?? ''}
                    onChange={(e) => setBenchmark(k, { source: e.target.value || undefined })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn--small"
                    aria-label={`Remove benchmark ${k + 1}`}
                    onClick={() =>
                      edit((d) =>
                        setCostBenchmarks(
                          d,
                          benchmarks.filter((_, j) => j !== k),
                        ),
                      )
                    }
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <button
        type="button"
        className="btn btn--small"
        disabled={outputs.length === 0}
        onClick={() =>
          edit((d) => setCostBenchmarks(d, [...benchmarks, { node: outputs[0]!.id, gbpPerUnit: 0 }]), {
            log: 'Added a cost benchmark',
          })
        }
      >
        Add a benchmark
      </button>
    </section>
  );
}

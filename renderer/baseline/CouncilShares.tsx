/**
 * The rule that splits a combined authority's results between its councils (`baseline.councils`),
 * shown and editable: each council's share of each sector, with the rule's source. A share edit is one
 * undoable edit; shares that do not add up to 100% are flagged in Problems.
 */
import type { CouncilAllocation, ScenarioDocument } from '../engine.ts';
import { selectDoc, selectEdit, useCauseway } from '../store/context.tsx';
import { NumberInput } from '../common/fields.tsx';

function setShare(doc: ScenarioDocument, code: string, sectorId: string, share: number): ScenarioDocument {
  const rule = doc.baseline.councils;
  if (!rule) return doc;
  const councils: CouncilAllocation['councils'] = rule.councils.map((c) =>
    c.code === code ? { ...c, shares: { ...c.shares, [sectorId]: share } } : c,
  );
  return { ...doc, baseline: { ...doc.baseline, councils: { ...rule, councils } } };
}

export function CouncilShares() {
  const doc = useCauseway(selectDoc);
  const edit = useCauseway(selectEdit);
  const rule = doc.baseline.councils;
  if (!rule || doc.baseline.sectors.length === 0) return null;
  const sectors = doc.baseline.sectors;
  return (
    <details className="council-shares">
      <summary>Results by council: each council&apos;s share of each sector</summary>
      <p className="panel__note">{rule.source}</p>
      <div className="table-scroll">
        <table className="grid grid--shares">
          <thead>
            <tr>
              <th scope="col">Council</th>
              {sectors.map((s) => (
                <th key={s.id} scope="col" className="num">
                  {s.name} <code className="muted">{s.id}</code>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rule.councils.map((c) => (
              <tr key={c.code}>
                <th scope="row">
                  {c.name} <code className="muted">{c.code}</code>
                </th>
                {sectors.map((s) => (
                  <td key={s.id} className="num">
                    <NumberInput
                      ariaLabel={`${c.name} share of ${s.name}`}
                      value={c.shares[s.id] ?? 0}
                      percent
                      min={0}
                      max={1}
                      onCommit={(v) =>
                        v !== undefined &&
                        edit((d) => setShare(d, c.code, s.id, v), {
                          coalesce: `share:${c.code}:${s.id}`,
                          log: `${c.name}: share of ${s.name} changed`,
                        })
                      }
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** The baseline ("what happens anyway"): each sector's data-year GVA and jobs, growth and source. */
import { nodesUsingSector, removeSector, updateSector, type SectorBaseline } from '../engine.ts';
import { selectDoc, selectEdit, selectPrices, selectSectors, useCauseway } from '../store/context.tsx';
import { NumberInput } from '../common/fields.tsx';

export function SectorTable() {
  const sectors = useCauseway(selectSectors);
  const prices = useCauseway(selectPrices);
  const edit = useCauseway(selectEdit);
  const doc = useCauseway(selectDoc);
  const set = (s: SectorBaseline, patch: Partial<SectorBaseline>, what: string) =>
    edit((d) => updateSector(d, s.id, patch), {
      coalesce: `sector:${s.id}:${what}`,
      log: `${s.name}: ${what} changed`,
    });
  return (
    <table className="grid grid--sectors">
      <thead>
        <tr>
          <th scope="col">Sector</th>
          <th scope="col">SIC</th>
          <th scope="col" className="num">
            Data year
          </th>
          <th scope="col" className="num">
            GVA (£m, {prices.baseYear} prices)
          </th>
          <th scope="col" className="num">
            Jobs
          </th>
          <th scope="col" className="num">
            GVA growth a year
          </th>
          <th scope="col" className="num">
            Jobs growth a year
          </th>
          <th scope="col">Source</th>
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sectors.map((s) => (
          <tr key={s.id}>
            <th scope="row">
              <input
                aria-label={`Name of sector ${s.id}`}
                className="input-name"
                value={s.name}
                onChange={(e) => set(s, { name: e.target.value }, 'name')}
              />{' '}
              <code className="muted">{s.id}</code>
            </th>
            <td>
              <input
                aria-label={`SIC of ${s.name}`}
                className="input-unit"
                value={s.sic ?? ''}
                onChange={(e) => set(s, { sic: e.target.value || undefined }, 'SIC')}
              />
            </td>
            <td className="num">
              <NumberInput
                ariaLabel={`Data year of ${s.name}`}
                value={s.dataYear}
                onCommit={(v) => v !== undefined && set(s, { dataYear: Math.round(v) }, 'data year')}
              />
            </td>
            <td className="num">
              <NumberInput
                ariaLabel={`GVA of ${s.name}`}
                value={s.gva}
                min={0}
                onCommit={(v) => v !== undefined && set(s, { gva: v }, 'GVA')}
              />
            </td>
            <td className="num">
              <NumberInput
                ariaLabel={`Jobs in ${s.name}`}
                value={s.jobs}
                min={0}
                onCommit={(v) => v !== undefined && set(s, { jobs: v }, 'jobs')}
              />
            </td>
            <td className="num">
              <NumberInput
                ariaLabel={`GVA growth of ${s.name}`}
                value={s.gvaGrowth}
                percent
                onCommit={(v) => v !== undefined && set(s, { gvaGrowth: v }, 'GVA growth')}
              />
            </td>
            <td className="num">
              <NumberInput
                ariaLabel={`Jobs growth of ${s.name}`}
                value={s.jobsGrowth}
                percent
                onCommit={(v) => v !== undefined && set(s, { jobsGrowth: v }, 'jobs growth')}
              />
            </td>
            <td>
              <input
                aria-label={`Source for ${s.name}`}
                className="input-source"
                title={s.source}
                value={s.source ?? ''}
                onChange={(e) => set(s, { source: e.target.value || undefined }, 'source')}
              />
            </td>
            <td>
              <RemoveSector
                sector={s}
                users={nodesUsingSector(doc, s.id)}
                onRemove={() => edit((d) => removeSector(d, s.id), { log: `Sector removed: ${s.name}` })}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Removing a sector that boxes still use would leave them pointing nowhere, so the button says who. */
function RemoveSector({ sector, users, onRemove }: { sector: SectorBaseline; users: string[]; onRemove(): void }) {
  const why =
    users.length > 0
      ? `Used by ${users.join(', ')}: change those boxes first.`
      : `Remove ${sector.name} from the baseline`;
  return (
    <button
      type="button"
      className="btn btn--danger"
      disabled={users.length > 0}
      title={why}
      aria-label={`Remove sector ${sector.name}`}
      onClick={onRemove}
    >
      Remove
    </button>
  );
}

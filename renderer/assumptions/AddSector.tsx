/**
 * Add a baseline sector: one of the library's sectors for the file's area (with its ONS figures and
 * sources), or a blank row whose missing figures the problems list flags until they are filled in.
 */
import { useMemo, useState } from 'react';
import { addSector, findArea, LIBRARY_SECTOR_DEFS, sectorBaselines, type SectorBaseline } from '../engine.ts';
import { selectDoc, selectEdit, useCauseway } from '../store/context.tsx';

const BLANK = '__blank';

export function AddSector() {
  const doc = useCauseway(selectDoc);
  const edit = useCauseway(selectEdit);
  const [choice, setChoice] = useState('');
  const present = new Set(doc.baseline.sectors.map((s) => s.id));
  const area = findArea(doc.area.code);
  const available = useMemo(
    () => (area ? LIBRARY_SECTOR_DEFS.filter((d) => area.sectors.some((s) => s.id === d.id)) : []),
    [area],
  ).filter((d) => !present.has(d.id));

  const add = () => {
    let sector: SectorBaseline | undefined;
    if (choice === BLANK) {
      let n = doc.baseline.sectors.length + 1;
      while (present.has(`sector_${n}`)) n++;
      sector = {
        id: `sector_${n}`,
        name: `New sector ${n}`,
        dataYear: doc.prices.baseYear,
        gva: 0,
        jobs: 0,
        gvaGrowth: 0,
        jobsGrowth: 0,
        source: 'Enter the GVA, jobs and growth rates with their source.',
      };
    } else {
      const found = sectorBaselines(doc.area.code, [choice], { steadyVolatileGrowth: true });
      sector = found.ok ? found.value[0] : undefined;
    }
    if (!sector) return;
    const added = sector;
    edit((d) => addSector(d, added), { log: `Sector added: ${added.name}` });
    setChoice('');
  };

  return (
    <div className="row-actions">
      <label>
        Add a sector{' '}
        <select aria-label="Sector to add" value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">Choose…</option>
          {available.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name} (SIC {d.sic}) from the library for {doc.area.name}
            </option>
          ))}
          <option value={BLANK}>Blank sector (enter its figures)</option>
        </select>
      </label>{' '}
      <button type="button" className="btn" disabled={choice === ''} onClick={add}>
        Add sector
      </button>
      {available.length > 0 ? (
        <p className="muted">
          Library sectors overlap (manufacturing contains its sub-sectors, the total contains everything): area totals
          add sectors up, so add only parts that do not overlap.
        </p>
      ) : null}
    </div>
  );
}

/**
 * The file's setting: which area it is about (one of the library's, which also unlocks its sector
 * baselines, or any other named place), the years projected and the price base money is stated in.
 * A blank file starts with none of these set; every change here is one undoable edit.
 */
import { useMemo } from 'react';
import { findArea, listAreas, setArea, setHorizon } from '../engine.ts';
import { selectDoc, selectEdit, useCauseway } from '../store/context.tsx';
import { NumberInput } from '../common/fields.tsx';
import { AreaOptions } from '../common/AreaOptions.tsx';
import { PriceBaseYear } from '../appraisal/PriceBaseYear.tsx';

const OTHER = '__other';

export function SettingPanel() {
  const doc = useCauseway(selectDoc);
  const edit = useCauseway(selectEdit);
  const areas = useMemo(() => listAreas(), []);
  const libraryArea = areas.find((a) => a.code === doc.area.code.trim().toUpperCase()) ?? findArea(doc.area.code);
  const inLibrary = libraryArea !== undefined;
  const year = (v: number | undefined): v is number => v !== undefined && Number.isInteger(v) && v >= 1900 && v <= 2200;
  const pickArea = (code: string) => {
    if (code === OTHER) return edit((d) => setArea(d, { code: '', name: d.area.name }), { log: 'Area: another place' });
    const a = areas.find((x) => x.code === code);
    if (a) edit((d) => setArea(d, { code: a.code, name: a.name, level: a.level }), { log: `Area: ${a.name}` });
  };
  return (
    <div className="setting">
      <h2>Setting</h2>
      <div className="field-row">
        <div className="stack">
          <label htmlFor="setting-area">Area</label>
          <select
            id="setting-area"
            value={libraryArea ? libraryArea.code : OTHER}
            onChange={(e) => pickArea(e.target.value)}
          >
            <option value={OTHER}>Another place (enter its name)</option>
            <AreaOptions areas={areas} />
          </select>
        </div>
        {!inLibrary ? (
          <>
            <label className="stack">
              Area name
              <input
                value={doc.area.name}
                onChange={(e) =>
                  edit((d) => setArea(d, { code: d.area.code, name: e.target.value }), { coalesce: 'area-name' })
                }
              />
            </label>
            <label className="stack">
              Area code
              <input
                className="mono"
                value={doc.area.code}
                placeholder="e.g. an ONS code"
                onChange={(e) =>
                  edit((d) => setArea(d, { code: e.target.value, name: d.area.name }), { coalesce: 'area-code' })
                }
              />
            </label>
          </>
        ) : null}
      </div>
      {inLibrary ? (
        <p className="muted small">Library sectors for this area can be added under Baseline by sector.</p>
      ) : null}
      <div className="field-row">
        <label className="stack">
          First year projected
          <NumberInput
            value={doc.horizon.startYear}
            min={1900}
            max={2200}
            onCommit={(v) =>
              year(v) &&
              edit((d) => setHorizon(d, { startYear: v }), { coalesce: 'horizon-start', log: `Horizon starts in ${v}` })
            }
          />
        </label>
        <label className="stack">
          Last year projected
          <NumberInput
            value={doc.horizon.endYear}
            min={1900}
            max={2200}
            onCommit={(v) =>
              year(v) &&
              edit((d) => setHorizon(d, { endYear: v }), { coalesce: 'horizon-end', log: `Horizon ends in ${v}` })
            }
          />
        </label>
      </div>
      <PriceBaseYear />
      <p className="muted small">
        Money is in £ million at {doc.prices.baseYear} prices. Changing the price base converts every money value with
        the GDP deflator, after you confirm.
      </p>
    </div>
  );
}
